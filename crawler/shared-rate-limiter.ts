import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { Schema } from '../db/schema.js';
import type { RateLimiter } from './http/rate-limiter.js';

/**
 * A rate limit several processes share through PostgreSQL: the GCRA's "next free time" of an origin lives in
 * one row, and each request atomically books the next slot (an upsert that pushes it one interval further).
 * The database clock is the only clock, so workers on different machines agree.
 */
export class SharedRateLimiter implements RateLimiter {
  private intervalMs: number;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly origin: string,
    rate: number,
    /** Extra spacing as a fraction of the interval (see TokenBucket). @default 0.05 */
    margin = 0.05,
  ) {
    this.intervalMs = (1000 / rate) * (1 + margin);
  }

  slowTo(intervalMs: number): void {
    if (intervalMs > this.intervalMs) this.intervalMs = intervalMs;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    const interval = sql`${this.intervalMs} * interval '1 millisecond'`;
    const result = await sql<{ wait_ms: number }>`
      insert into crawl_rate_limits as r (origin, next_at) values (${this.origin}, now() + ${interval})
      on conflict (origin) do update set next_at = greatest(r.next_at, now()) + ${interval}
      returning extract(epoch from (r.next_at - ${interval} - now())) * 1000 as wait_ms`.execute(this.db);
    const wait = Number(result.rows[0]?.wait_ms ?? 0);
    if (wait > 0) await sleep(wait, undefined, signal ? { signal } : undefined);
  }
}
