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

/** A token bucket per client, answering 429 with the `x-ratelimit-*` headers and Retry-After when empty. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private settings: RateLimitSettings | false) {}

  configure(settings: RateLimitSettings | false): void {
    this.settings = settings;
    this.buckets.clear();
  }

  /** Takes a token: headers to add to the answer, or the 429 answer itself. */
  take(
    client: string,
    now = performance.now(),
  ): { headers: Record<string, string>; rejected?: ReplicaResponse } {
    const settings = this.settings;
    if (!settings) return { headers: {} };
    const bucket = this.buckets.get(client) ?? { tokens: settings.burst, at: now };
    bucket.tokens = Math.min(settings.burst, bucket.tokens + ((now - bucket.at) / 1000) * settings.perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    const headers = (remaining: number) => ({
      [HEADER.burst]: String(settings.burst),
      [HEADER.remaining]: String(Math.max(0, Math.floor(remaining))),
      [HEADER.replenish]: String(settings.perSecond),
    });
    if (bucket.tokens < 1) {
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
