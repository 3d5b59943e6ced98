export interface ClientRateLimitOptions {
  /** Checks a client may make at once. @default 10 */
  burst?: number;
  /** Checks a client regains per second. @default 0.2 (12 a minute) */
  perSecond?: number;
  /** Clients remembered at most; the fullest buckets are forgotten first. @default 10000 */
  maxClients?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * One token bucket per client address. A check costs France Travail and partner sites real requests, so one
 * client must not be able to turn Vigie into a crawler of its own.
 */
export class ClientRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly perSecond: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: ClientRateLimitOptions = {}) {
    this.burst = options.burst ?? 10;
    this.perSecond = options.perSecond ?? 0.2;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    // Re-inserting keeps the Map in last-use order, so the oldest entries are the first to forget.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    this.forgetIdle();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)),
    };
  }

  private forgetIdle(): void {
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) return;
      this.buckets.delete(oldest);
    }
  }
}
