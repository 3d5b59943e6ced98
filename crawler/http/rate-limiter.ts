import { setTimeout as sleep } from 'node:timers/promises';

/** Anything that can hold a request back until it may go: in-process, or shared through PostgreSQL by workers. */
export interface RateLimiter {
  /** Resolves when one request may be sent; each call spends one token. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Slows the limiter down to at most one request per `intervalMs` (robots.txt `Crawl-delay`). */
  slowTo?(intervalMs: number): void;
}

export interface TokenBucketOptions {
  /** Requests per second, sustained. */
  rate: number;
  /**
   * Tokens the bucket holds: how many requests may leave back to back after a quiet spell.
   * @default 1 — strict spacing, so that no one-second window anywhere can hold more than `rate` requests.
   */
  burst?: number;
  /**
   * Extra spacing as a fraction of the interval. A request scheduled on time can reach the server a few
   * milliseconds early relative to the one before (event-loop and network jitter); the margin absorbs that, so the
   * server never counts more than `rate` in a second.
   * @default 0.05
   */
  margin?: number;
  /** @default Date.now */
  now?: () => number;
}

/**
 * A token bucket in its "virtual scheduling" form (GCRA): one number, the theoretical arrival time of the next
 * request, instead of a token count refilled by a timer. Callers are served in order, so no request starves.
 */
export class TokenBucket implements RateLimiter {
  private intervalMs: number;
  private readonly toleranceMs: number;
  private nextAt = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.rate > 0) || !Number.isFinite(options.rate)) {
      throw new RangeError(
        `a rate limit must be a positive number of requests per second, got ${options.rate}`,
      );
    }
    this.intervalMs = (1000 / options.rate) * (1 + (options.margin ?? 0.05));
    this.toleranceMs = this.intervalMs * Math.max(0, (options.burst ?? 1) - 1);
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds between two requests at the sustained rate (margin included). */
  get interval(): number {
    return this.intervalMs;
  }

  slowTo(intervalMs: number): void {
    if (intervalMs > this.intervalMs) this.intervalMs = intervalMs;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.chain.then(() => this.wait(signal));
    // A caller that gave up must not block the ones behind it.
    this.chain = turn.catch(() => {});
    return turn;
  }

  private async wait(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = this.now();
    const at = Math.max(this.nextAt, now);
    const delay = at - this.toleranceMs - now;
    if (delay > 0) await sleep(delay, undefined, signal ? { signal } : undefined);
    // Counted from when the request really leaves: a timer that fired late must not let the next one catch up.
    this.nextAt = Math.max(at, this.now() - this.toleranceMs) + this.intervalMs;
  }
}

/** No limit at all: for tests of other parts, and for a host Vigie itself serves. */
export const unlimited: RateLimiter = { acquire: async () => {} };
