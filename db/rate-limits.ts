import { type Kysely, sql } from 'kysely';
import type { Schema } from './schema.js';

/** Creates the shared rate-limit row of an origin, due now, unless it exists. */
export async function ensureRateLimitRow(db: Kysely<Schema>, origin: string): Promise<void> {
  await sql`insert into crawl_rate_limits (origin, next_at) values (${origin}, clock_timestamp())
      on conflict (origin) do nothing`.execute(db);
}

/**
 * Books `count` consecutive slots of an origin, `intervalMs` apart, on the database's clock: from the end of the
 * last booking, or from `aheadMs` after now when that is sooner (so that the first slot is still ahead when the
 * answer reaches the caller), the row then pointing past the last slot. The row lock orders two processes booking
 * at once; neither waits for the other's slots to come.
 *
 * @returns the first slot and the database's clock, in milliseconds since the epoch.
 */
export async function bookRateLimitSlots(
  db: Kysely<Schema>,
  origin: string,
  count: number,
  intervalMs: number,
  aheadMs = 0,
): Promise<{ firstMs: number; nowMs: number }> {
  const result = await sql<{ end_ms: number; now_ms: number }>`
        update crawl_rate_limits
           set next_at = greatest(next_at, clock_timestamp() + ${aheadMs} * interval '1 millisecond')
                         + ${count * intervalMs} * interval '1 millisecond'
         where origin = ${origin}
     returning (extract(epoch from next_at) * 1000)::float8 as end_ms,
               (extract(epoch from clock_timestamp()) * 1000)::float8 as now_ms`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`no rate-limit row for ${origin}`);
  return { firstMs: row.end_ms - count * intervalMs, nowMs: row.now_ms };
}
