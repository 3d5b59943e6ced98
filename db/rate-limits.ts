import { type Kysely, sql } from 'kysely';
import type { Schema } from './schema.js';

/** Creates the shared rate-limit row of an origin, due now, unless it exists. */
export async function ensureRateLimitRow(db: Kysely<Schema>, origin: string): Promise<void> {
  await sql`insert into crawl_rate_limits (origin, next_at) values (${origin}, clock_timestamp())
      on conflict (origin) do nothing`.execute(db);
}

/**
 * Takes the origin's slot if it is due, pushing it `intervalMs` further from now, on the database's clock. Two
 * processes racing for one slot: the row lock makes the second re-read it, find it taken, and wait.
 *
 * @returns whether the slot was taken, and otherwise how long until it is due.
 */
export async function takeRateLimitSlot(
  db: Kysely<Schema>,
  origin: string,
  intervalMs: number,
): Promise<{ took: boolean; waitMs: number | null }> {
  const result = await sql<{ took: boolean; wait_ms: number | null }>`
        with taken as (
          update crawl_rate_limits
             set next_at = clock_timestamp() + ${intervalMs} * interval '1 millisecond'
           where origin = ${origin} and next_at <= clock_timestamp()
          returning origin)
        select true as took, 0::float8 as wait_ms from taken
        union all
        select false, extract(epoch from (next_at - clock_timestamp())) * 1000 from crawl_rate_limits
         where origin = ${origin} and not exists (select 1 from taken)`.execute(db);
  const row = result.rows[0];
  return { took: row?.took === true, waitMs: row?.wait_ms ?? null };
}
