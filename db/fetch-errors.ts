import type { Kysely } from 'kysely';
import { redactText } from '../lib/logger.js';
import type { Schema } from './schema.js';

export interface FetchErrorRecord {
  offerId?: string | null;
  stage: string;
  cause: string;
  message: string;
  context?: Record<string, unknown>;
}

/** Records why something could not be fetched or read. An offer that fails is recorded, never silently dropped. */
export async function recordFetchErrors(
  db: Kysely<Schema>,
  auditId: number,
  errors: readonly FetchErrorRecord[],
): Promise<void> {
  if (errors.length === 0) return;
  await db
    .insertInto('fetch_errors')
    .values(
      errors.map((error) => ({
        audit_id: auditId,
        offer_id: error.offerId ?? null,
        stage: error.stage,
        cause: error.cause,
        message: redactText(error.message),
        context: JSON.stringify(error.context ?? {}),
      })),
    )
    .execute();
}

export async function countFetchErrorsByCause(
  db: Kysely<Schema>,
  auditId: number,
): Promise<Array<{ stage: string; cause: string; count: number }>> {
  const rows = await db
    .selectFrom('fetch_errors')
    .select(['stage', 'cause'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('audit_id', '=', auditId)
    .groupBy(['stage', 'cause'])
    .orderBy('count', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Forgets an audit's errors of one stage: an import run again records its rejects afresh. */
export async function deleteFetchErrors(db: Kysely<Schema>, auditId: number, stage: string): Promise<void> {
  await db.deleteFrom('fetch_errors').where('audit_id', '=', auditId).where('stage', '=', stage).execute();
}
