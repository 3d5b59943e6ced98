import type { Kysely } from 'kysely';
import { ruleCountRows } from '../../db/queries/report-figures.js';
import type { Schema } from '../../db/schema.js';
import type { RuleFigure } from './report-figures.js';

/** Every rule that fired in the audit, with how many certain and likely flags it raised. */
export async function ruleCounts(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<RuleFigure[]> {
  return ruleCountRows(db, auditId, version);
}
