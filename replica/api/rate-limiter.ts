import type { ReplicaResponse } from '../http-response.js';
import { jsonResponse } from '../http-response.js';

export interface RateLimitSettings {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how many requests may arrive at once. */
  burst: number;
}

/** Header names seen on the live API (Spring Cloud Gateway's limiter, keyed by client id). */
const HEADER = {
  burst: 'x-ratelimit-burst-capacity-clientidlimiter',
  remaining: 'x-ratelimit-remaining-clientidlimiter',
  replenish: 'x-ratelimit-replenish-rate-clientidlimiter',
};

/**
 * A token bucket per client, refilled the way the live API's gateway refills it (Spring Cloud Gateway's Redis
 * rate limiter, whose headers the live API sends): in whole seconds of the server's clock, `perSecond` tokens for
 * each second gone by since the client's last request, at most `burst`. With burst = rate, the live API's
 * setting (10 and 10), no calendar second of the server lets more than `burst` requests through, and the phase
 * of those seconds is unknown to a client: a client that never sends more than the rate in any sliding second
 * is never refused. A bucket that ran out answers 429 with the `x-ratelimit-*` headers and Retry-After.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; second: number }>();

  constructor(private settings: RateLimitSettings | false) {}

  configure(settings: RateLimitSettings | false): void {
    this.settings = settings;
    this.buckets.clear();
  }

  /** Takes a token: headers to add to the answer, or the 429 answer itself. `now` on `performance.now()`'s clock. */
  take(
    client: string,
    now = performance.now(),
  ): { headers: Record<string, string>; rejected?: ReplicaResponse } {
    const settings = this.settings;
    if (!settings) return { headers: {} };
    // The server's clock in whole seconds, as the gateway reads it (Redis TIME, seconds).
    const second = Math.floor((performance.timeOrigin + now) / 1000);
    const bucket = this.buckets.get(client) ?? { tokens: settings.burst, second };
    bucket.tokens = Math.min(
      settings.burst,
      bucket.tokens + Math.max(0, second - bucket.second) * settings.perSecond,
    );
    bucket.second = second;
    this.buckets.set(client, bucket);
    const headers = (remaining: number) => ({
      [HEADER.burst]: String(settings.burst),
      [HEADER.remaining]: String(Math.max(0, Math.floor(remaining))),
      [HEADER.replenish]: String(settings.perSecond),
    });
    if (bucket.tokens < 1) {
      // Whole seconds until enough is refilled: the next second's refill, or more at a rate below 1 a second.
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / settings.perSecond));
      return {
        headers: {},
        rejected: jsonResponse(
          429,
          { message: 'Limit rate exceeded' },
          { ...headers(0), 'retry-after': String(retryAfter) },
        ),
      };
    }
    bucket.tokens -= 1;
    return { headers: headers(bucket.tokens) };
  }
}
