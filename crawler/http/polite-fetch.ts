import { type RateLimiter, Transport, type TransportOptions } from '../../lib/http/transport.js';
import { TokenBucket } from './rate-limiter.js';

export type { HttpRequest, HttpResponse } from '../../lib/http/transport.js';
export { retryAfterMs, USER_AGENT } from '../../lib/http/transport.js';

export interface HttpClientOptions extends TransportOptions {
  /** Requests per second for an origin with no limiter of its own (partner sites). @default 1 */
  defaultRate?: number;
}

/**
 * The crawler's client: the one transport (lib/http/transport.ts) with the crawler's politeness, a token bucket
 * per origin at `defaultRate` for every origin that has no limiter of its own.
 */
export class HttpClient extends Transport {
  constructor(options: HttpClientOptions = {}) {
    const { defaultRate = 1, ...transport } = options;
    super({
      ...transport,
      limiterFactory: options.limiterFactory ?? ((): RateLimiter => new TokenBucket({ rate: defaultRate })),
    });
  }
}
