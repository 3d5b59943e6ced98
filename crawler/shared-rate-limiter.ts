import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { ensureRateLimitRow, takeRateLimitSlot } from '../db/rate-limits.js';
import type { Schema } from '../db/schema.js';
import type { RateLimiter } from './http/rate-limiter.js';

/**
 * A rate limit several processes share through PostgreSQL: the earliest time the next request to an origin may
 * leave lives in one row. A process takes the slot only once it is due (an update guarded by `next_at <= now`),
 * and pushes it one interval further from that instant; the others wait and try again. The database clock is
 * the only clock, so workers on different machines agree.
 */
export class SharedRateLimiter implements RateLimiter {
  private intervalMs: number;
  private ready: Promise<void> | undefined;
  private chain: Promise<void> = Promise.resolve();

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

  acquire(signal?: AbortSignal): Promise<void> {
    // One waiter per process asks the database at a time; the others queue behind it here.
    const turn = this.chain.then(() => this.take(signal));
    this.chain = turn.catch(() => {});
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    this.ready ??= ensureRateLimitRow(this.db, this.origin);
    await this.ready;
    for (;;) {
      signal?.throwIfAborted();
      // The slot is taken at the moment of sending, on the database's clock: a process that wakes late cannot
      // send right behind another one, whatever their timers did.
      const slot = await takeRateLimitSlot(this.db, this.origin, this.intervalMs);
      if (slot.took) return;
      const wait = Math.max(1, Number(slot.waitMs ?? 1));
      // A little jitter, so that workers waiting for the same slot do not all ask at the same instant.
      await sleep(wait + Math.random() * 3, undefined, signal ? { signal } : undefined);
    }
  }
}
