import { type Kysely, sql } from 'kysely';
import { redactText } from '../lib/logger.js';
import { storableJson, storableString } from '../lib/storable-text.js';
import type { Schema } from './schema.js';

/** What a failure's record keeps beside its message, by key (every key the crawler and the import write). */
export interface FetchErrorContext {
  /** The frontier item that failed (`ITEM_KEY`), its attempts and the last HTTP status or verdict. */
  itemKey?: string;
  attempts?: number;
  status?: number | string | null;
  /** A search page: its query, first index, the offer index asked and the totals planned and found. */
  query?: Record<string, string>;
  start?: number;
  index?: number;
  total?: number;
  planned?: number | undefined;
  /** An imported file and the offer's line or position in it. */
  file?: string;
  position?: string;
  /** Characters repaired (NUL, lone surrogates) before storing. */
  replaced?: number;
}

export interface FetchErrorRecord {
  offerId?: string | null;
  stage: string;
  cause: string;
  message: string;
  context?: FetchErrorContext;
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
        message: storableString(redactText(error.message)).text,
        context: JSON.stringify(storableJson(error.context ?? {}).value),
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

/** The context key under which a frontier item's own failure is recorded (see `recordItemFailure`). */
export const ITEM_KEY = 'itemKey';

/**
 * Drops the failures recorded for these frontier items: they are being tried again, and either succeed or record
 * a failure anew. Other records (an offer gone, a result missing) stay.
 */
export async function clearItemFailures(
  db: Kysely<Schema>,
  auditId: number,
  keys: readonly string[],
): Promise<void> {
  for (let start = 0; start < keys.length; start += 500) {
    const chunk = keys.slice(start, start + 500);
    await db
      .deleteFrom('fetch_errors')
      .where('audit_id', '=', auditId)
      .where(sql<boolean>`context->>${ITEM_KEY} in (${sql.join(chunk.map((key) => sql`${key}`))})`)
      .execute();
  }
}

export interface FailureCause {
  stage: string;
  cause: string;
  count: number;
  /** One of the messages recorded for this cause (the API's own words, when it gave some). */
  example: string;
}

/** An audit's recorded failures by stage and cause, with one message for each. */
export async function failureCauses(db: Kysely<Schema>, auditId: number): Promise<FailureCause[]> {
  const rows = await db
    .selectFrom('fetch_errors')
    .select(['stage', 'cause'])
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('message').as('example')])
    .where('audit_id', '=', auditId)
    .groupBy(['stage', 'cause'])
    .orderBy('count', 'desc')
    .orderBy('cause')
    .execute();
  return rows.map((row) => ({
    stage: row.stage,
    cause: row.cause,
    count: Number(row.count),
    example: String(row.example ?? ''),
  }));
}
