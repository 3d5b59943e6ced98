import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { RuleFigure } from './report-figures.js';

/** Every rule that fired in the audit, with how many certain and likely flags it raised. */
export async function ruleCounts(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<RuleFigure[]> {
  const { rows } = await sql<{
    category: string;
    rule: string;
    reference: string | null;
    certain: number;
    likely: number;
  }>`
    select category, rule, max(reference) as reference,
      count(*) filter (where severity = 'certain') as certain,
      count(*) filter (where severity <> 'certain') as likely
    from flags
    where audit_id = ${auditId} and classifier_version = ${version}
    group by category, rule
    order by category, rule`.execute(db);
  return rows.map((row) => ({
    category: row.category,
    rule: row.rule,
    reference: row.reference,
    certain: Number(row.certain),
    likely: Number(row.likely),
  }));
}
