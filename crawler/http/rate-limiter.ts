import { setTimeout as sleepTimer } from 'node:timers/promises';

/** Anything that can hold a request back until it may go: in-process, or shared through PostgreSQL by workers. */
export interface RateLimiter {
  /** Resolves when one request may be sent; each call spends one token. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Slows the limiter down to at most one request per `intervalMs` (robots.txt `Crawl-delay`). */
  slowTo?(intervalMs: number): void;
  /**
   * A request `acquire` let go has really left now (its bytes written, after a connection was made; or it
   * failed before): one call per acquire, in the order requests leave. Optional for callers.
   */
  left?(): void;
}

/** Waits `ms` milliseconds (a test passes a virtual clock's). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) => sleepTimer(ms, undefined, signal ? { signal } : undefined);

/**
 * What the window rule's margin defaults to. The server counts requests by their arrival: the live API's gateway
 * refills its bucket (burst = rate) once per whole second of its own clock, whose phase a client cannot know, so
 * the safe rule is never more than `rate` arrivals in any sliding second. Requests leave `margin × 1 s` further
 * apart than that, so that arrivals may jitter by up to 20 ms against departures (loopback under load, or the
 * network) without the server ever counting more than `rate` in one of its seconds. A departure is when the
 * request's bytes really left, as the transport reports it (`left`), not when it was let go: a new connection
 * (a TLS handshake to the live API) would otherwise eat the margin.
 */
export const DEFAULT_MARGIN = 0.02;

/** Departures kept beyond the window's count, for requests that report late that they left. */
const KEPT_BEYOND_WINDOW = 8;

export interface TokenBucketOptions {
  /** Requests per second, sustained. */
  rate: number;
  /**
   * Tokens the bucket holds: how many requests may leave back to back after a quiet spell.
   * @default 1 — spacing, so that requests are spread over each second instead of sent in bursts.
   */
  burst?: number;
  /**
   * The window rule's margin, as a fraction of a second: never more than `rate` requests leave in any
   * `(1 + margin)` seconds, measured on the times they really left. 0 keeps exactly to the rate as sent.
   * @default DEFAULT_MARGIN
   */
  margin?: number;
  /** @default Date.now */
  now?: () => number;
  /** @default a real timer */
  sleep?: Sleep;
}

/**
 * Two rules together. Spacing: a token bucket in its "virtual scheduling" form (GCRA), one number, the
 * theoretical time of the next request; a timer that fired late lets the next request catch up by up to half an
 * interval, so late timers do not cost the rate. The window rule, which is what the server counts: the request
 * `n` places before this one (n = the rate, at least 1) left at least `(1 + margin)` seconds' worth of n requests
 * ago, on the clock of real departures. Callers are served in order, so no request starves.
 */
export class TokenBucket implements RateLimiter {
  private intervalMs: number;
  private readonly burst: number;
  private readonly margin: number;
  private nextAt = Number.NEGATIVE_INFINITY;
  /** Departures of the last requests, in the order they were let go: a time, raised when the request left. */
  private readonly sent: { at: number }[] = [];
  /** Departures let go whose request has not said it left yet, oldest first. */
  private readonly unconfirmed: { at: number }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: Sleep;

  constructor(options: TokenBucketOptions) {
    if (!(options.rate > 0) || !Number.isFinite(options.rate)) {
      throw new RangeError(
        `a rate limit must be a positive number of requests per second, got ${options.rate}`,
      );
    }
    const margin = options.margin ?? DEFAULT_MARGIN;
    if (!(margin >= 0) || !Number.isFinite(margin)) {
      throw new RangeError(`a rate limiter's margin must be a fraction ≥ 0, got ${margin}`);
    }
    this.intervalMs = 1000 / options.rate;
    this.burst = Math.max(1, options.burst ?? 1);
    this.margin = margin;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Milliseconds between two requests at the sustained rate. */
  get interval(): number {
    return this.intervalMs;
  }

  /** Requests the window rule counts together: the rate (at least 1), so that its window is about a second. */
  get windowCount(): number {
    return Math.max(1, Math.floor(1000 / this.intervalMs + 1e-9));
  }

  /** The window rule's span: `windowCount` intervals, stretched by the margin. */
  get windowMs(): number {
    return this.windowCount * this.intervalMs * (1 + this.margin);
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

  left(): void {
    const departure = this.unconfirmed.shift();
    // Requests leave in time order, so the times handed out in order keep the set of departures exact, even
    // when a request let go later left first.
    if (departure) departure.at = Math.max(departure.at, this.now());
  }

  /** The earliest time the next request may leave under both rules. */
  private earliest(): number {
    const toleranceMs = this.intervalMs * (this.burst - 1);
    const count = this.windowCount;
    // The `count`-th latest departure: a request that left late may now be later than one let go after it.
    const latest = this.sent.map((departure) => departure.at).sort((a, b) => b - a);
    const oldest = latest.length >= count ? latest[count - 1] : undefined;
    const byWindow = oldest === undefined ? Number.NEGATIVE_INFINITY : oldest + this.windowMs;
    return Math.max(this.nextAt - toleranceMs, byWindow);
  }

  private async wait(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    // This request's theoretical time: its turn by spacing, or now after a quiet spell.
    const at = Math.max(this.nextAt, this.now());
    // Checked again after every sleep: a timer may fire early or late, and slowTo may change the interval.
    for (let delay = this.earliest() - this.now(); delay > 0; delay = this.earliest() - this.now()) {
      await this.sleep(delay, signal);
    }
    const left = this.now();
    const departure = { at: left };
    this.sent.push(departure);
    this.unconfirmed.push(departure);
    // A few more than the window counts: one let go early may still turn out to have left late.
    while (this.sent.length > this.windowCount + KEPT_BEYOND_WINDOW) this.sent.shift();
    // Callers that never say their request left (a browser's) must not keep every departure.
    while (this.unconfirmed.length > this.windowCount + KEPT_BEYOND_WINDOW) this.unconfirmed.shift();
    const toleranceMs = this.intervalMs * (this.burst - 1);
    // A late departure lets the next one catch up by half an interval at most (the window rule still holds);
    // a quiet spell gives no credit beyond the burst.
    this.nextAt = Math.max(at, left - toleranceMs - this.intervalMs / 2) + this.intervalMs;
  }
}

/** No limit at all: for tests of other parts, and for a host Vigie itself serves. */
export const unlimited: RateLimiter = { acquire: async () => {} };
