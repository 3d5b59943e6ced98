import { setTimeout as sleep } from 'node:timers/promises';
import { getLogger, redactUrl } from '../../lib/logger.js';
import { AddressGuard } from './address-guard.js';
import { FetchFailure } from './fetch-failure.js';
import { HttpStats } from './http-stats.js';
import { type RateLimiter, TokenBucket } from './rate-limiter.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

/** Vigie says who it is and where to complain: France Travail and partners can tell it apart from a bot farm. */
export const USER_AGENT = 'Vigie/0.1 (+https://github.com/vigie-audit/vigie)';

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export interface HttpClientOptions {
  /** Limiters for known origins (`https://api.francetravail.io` → 3/s). Others get `defaultRate`. */
  limiters?: Map<string, RateLimiter>;
  /** Requests per second for an origin with no limiter of its own (partner sites). @default 1 */
  defaultRate?: number;
  /** Makes the limiter of an origin met for the first time. @default a TokenBucket at `defaultRate` */
  limiterFactory?: (origin: string) => RateLimiter;
  /** @default USER_AGENT */
  userAgent?: string;
  /** Per attempt, headers and body included. @default 30000 */
  timeoutMs?: number;
  /** Retries after the first attempt (the retry budget of one request). @default 6 */
  maxRetries?: number;
  /** First backoff; doubled at each retry, with full jitter. @default 500 */
  baseDelayMs?: number;
  /** @default 30000 */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is capped (a server asking for an hour is not waited an hour). @default 120000 */
  maxRetryAfterMs?: number;
  /** A body larger than this is refused ("body_too_large"): partner sites can serve anything. @default 10 MiB */
  maxBodyBytes?: number;
  /** @default 5 */
  maxRedirects?: number;
  /** @default a new HttpStats */
  stats?: HttpStats;
  /** Jitter source. @default Math.random */
  random?: () => number;
  /** Checks every hop of a request marked `fromOffer`. @default an AddressGuard with the system resolver */
  addressGuard?: AddressGuard;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Check robots.txt of the target origin first, and honour its Crawl-delay. @default false */
  obeyRobots?: boolean;
  /**
   * Inspects a complete answer; a returned cause ("malformed_json") makes it a failed attempt, retried like a 503:
   * a truncated or garbled body is a transient fault as often as not.
   */
  validate?: (response: HttpResponse) => string | undefined;
  /** Statuses to give back to the caller instead of retrying (a 429 on a partner page is not worth a storm). */
  noRetryStatus?: readonly number[];
  /** Overrides the client's retry budget for this request. */
  maxRetries?: number;
  /**
   * The URL came from an offer (a partner page, an application link): every hop, robots.txt included, passes the
   * address guard first. @default false
   */
  fromOffer?: boolean;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** After redirects. */
  finalUrl: string;
  /** Every URL that answered with a redirect, in order. */
  redirects: string[];
}

/**
 * Every request Vigie sends goes through here: one rate limiter per origin (never exceeded, redirects and retries
 * included), robots.txt, timeouts, exponential backoff with full jitter on 429/5xx/network errors, `Retry-After`
 * honoured, a retry budget per request and a body size cap.
 */
export class HttpClient {
  readonly stats: HttpStats;
  private readonly limiters: Map<string, RateLimiter>;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  /** Why an origin's robots.txt could not be fetched: the real cause of the pages then left out. */
  private readonly robotsFailures = new Map<string, FetchFailure>();
  private readonly options: Required<
    Omit<HttpClientOptions, 'limiters' | 'stats' | 'limiterFactory' | 'addressGuard'>
  >;
  readonly addressGuard: AddressGuard;
  private readonly limiterFactory: ((origin: string) => RateLimiter) | undefined;
  private readonly log = getLogger('crawler');

  constructor(options: HttpClientOptions = {}) {
    this.stats = options.stats ?? new HttpStats();
    this.limiters = new Map(options.limiters ?? []);
    this.limiterFactory = options.limiterFactory;
    this.addressGuard = options.addressGuard ?? new AddressGuard();
    this.options = {
      defaultRate: options.defaultRate ?? 1,
      userAgent: options.userAgent ?? USER_AGENT,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 6,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      random: options.random ?? Math.random,
    };
  }

  limiterFor(url: string): RateLimiter {
    const origin = new URL(url).origin;
    let limiter = this.limiters.get(origin);
    if (!limiter) {
      limiter = this.limiterFactory?.(origin) ?? new TokenBucket({ rate: this.options.defaultRate });
      this.limiters.set(origin, limiter);
    }
    return limiter;
  }

  /** Sends a request until it gets an answer worth returning; throws a FetchFailure when the budget is spent. */
  async request(request: HttpRequest): Promise<HttpResponse> {
    if (request.fromOffer) await this.addressGuard.check(request.url);
    if (request.obeyRobots) await this.checkRobots(request.url, request.fromOffer === true);
    const maxRetries = request.maxRetries ?? this.options.maxRetries;
    let lastCause = 'network';
    let lastMessage = '';
    let lastStatus: number | null = null;
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      let waitMs: number | undefined;
      try {
        const response = await this.attempt(request);
        lastStatus = response.status;
        const retryable =
          RETRYABLE_STATUS.has(response.status) && !request.noRetryStatus?.includes(response.status);
        const invalid = retryable ? undefined : request.validate?.(response);
        if (!retryable && !invalid) return response;
        lastCause = invalid ?? `http_${response.status}`;
        lastMessage = invalid
          ? `${invalid.replace(/_/g, ' ')} in the answer (HTTP ${response.status})`
          : `HTTP ${response.status}`;
        waitMs = retryAfterMs(response.headers.get('retry-after'), this.options.maxRetryAfterMs);
      } catch (error) {
        if (error instanceof FetchFailure) throw error;
        if (request.signal?.aborted) throw error;
        const failure = classifyNetworkError(error);
        lastCause = failure.cause;
        lastMessage = failure.message;
        this.stats.record(failure.cause);
      }
      if (attempt === maxRetries) break;
      this.stats.retries++;
      const backoff = this.backoffMs(attempt);
      const delay = Math.max(waitMs ?? 0, backoff);
      this.log.debug(
        { url: redactUrl(request.url), cause: lastCause, attempt: attempt + 1, delayMs: Math.round(delay) },
        'retrying',
      );
      await sleep(delay, undefined, request.signal ? { signal: request.signal } : undefined);
    }
    throw new FetchFailure(
      lastCause,
      `${request.method ?? 'GET'} ${redactUrl(request.url)} failed after ${maxRetries + 1} attempts: ${lastMessage}`,
      request.url,
      lastStatus,
      maxRetries + 1,
    );
  }

  /** Full jitter (AWS's "exponential backoff and jitter"): clients that failed together do not retry together. */
  private backoffMs(attempt: number): number {
    const ceiling = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
    return ceiling / 2 + (this.options.random() * ceiling) / 2;
  }

  private async attempt(request: HttpRequest): Promise<HttpResponse> {
    const redirects: string[] = [];
    let url = request.url;
    let method = request.method ?? 'GET';
    let body = request.body;
    for (;;) {
      // A redirect may lead anywhere: each hop of a link from an offer is checked again.
      if (request.fromOffer && redirects.length > 0) await this.addressGuard.check(url);
      await this.limiterFor(url).acquire(request.signal);
      this.stats.requests++;
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      // Redirects are followed by hand so that every hop waits for the rate limiter and is counted.
      const response = await fetch(url, {
        method,
        headers: { 'user-agent': this.options.userAgent, ...request.headers },
        ...(body !== undefined ? { body } : {}),
        redirect: 'manual',
        signal,
      });
      this.stats.record(String(response.status));
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        if (redirects.length >= this.options.maxRedirects) {
          throw new FetchFailure(
            'too_many_redirects',
            `more than ${this.options.maxRedirects} redirects`,
            url,
          );
        }
        redirects.push(url);
        url = new URL(location, url).href;
        if (
          response.status === 303 ||
          ((response.status === 301 || response.status === 302) && method === 'POST')
        ) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      const text = await readBody(response, this.options.maxBodyBytes, url);
      return { status: response.status, headers: response.headers, text, finalUrl: url, redirects };
    }
  }

  private async checkRobots(url: string, fromOffer: boolean): Promise<void> {
    const target = new URL(url);
    let rules = this.robots.get(target.origin);
    if (!rules) {
      rules = this.fetchRobots(target.origin, fromOffer);
      this.robots.set(target.origin, rules);
    }
    const resolved = await rules;
    if (!resolved.allows(target.pathname + target.search)) {
      const unreachable = this.robotsFailures.get(target.origin);
      if (unreachable) {
        // Recorded as what happened ("dns", "timeout", …), not as a refusal the site never made.
        throw new FetchFailure(
          unreachable.code,
          `${target.origin}/robots.txt could not be fetched (${unreachable.message}): the site is treated as closed`,
          url,
          unreachable.status,
          unreachable.attempts,
        );
      }
      throw new FetchFailure(
        'robots_disallowed',
        `${target.origin}/robots.txt forbids ${target.pathname}`,
        url,
        null,
        0,
        'Vigie obeys robots.txt; this page is left out and recorded as not fetched',
      );
    }
  }

  private async fetchRobots(origin: string, fromOffer: boolean): Promise<RobotsRules> {
    let rules: RobotsRules;
    try {
      const response = await this.request({ url: `${origin}/robots.txt`, fromOffer });
      if (response.status >= 200 && response.status < 300) rules = parseRobots(response.text);
      else if (response.status >= 400 && response.status < 500) rules = ALLOW_ALL;
      else rules = DISALLOW_ALL;
    } catch (error) {
      if (error instanceof FetchFailure) this.robotsFailures.set(origin, error);
      // RFC 9309: an unreachable robots.txt means "assume everything is disallowed" — except that a site whose
      // robots.txt cannot be reached at all is usually down, and every page would fail anyway. Stay on the safe side.
      this.log.warn(
        { origin, err: error instanceof Error ? error.message : String(error) },
        'robots.txt unreachable: treating the site as closed to Vigie',
      );
      rules = DISALLOW_ALL;
    }
    if (rules.crawlDelay && rules.crawlDelay > 0) this.limiterFor(origin).slowTo?.(rules.crawlDelay * 1000);
    return rules;
  }
}

async function readBody(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new FetchFailure(
      'body_too_large',
      `the answer declares ${declared} bytes (limit ${maxBytes})`,
      url,
    );
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    size += chunk.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchFailure('body_too_large', `the answer is larger than ${maxBytes} bytes`, url);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, capMs: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const date = Date.parse(trimmed);
    if (Number.isNaN(date)) return undefined;
    ms = date - Date.now();
  }
  return Math.min(capMs, Math.max(0, ms));
}

function classifyNetworkError(error: unknown): { cause: string; message: string } {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError') return { cause: 'timeout', message: 'no complete answer in time' };
  const code = err?.cause?.code;
  const detail = err?.cause?.message ?? err?.message ?? String(error);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return { cause: 'connection_reset', message: detail };
  if (err?.message === 'terminated')
    return { cause: 'truncated_body', message: `the answer was cut short (${detail})` };
  if (code === 'ECONNREFUSED') return { cause: 'connection_refused', message: detail };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { cause: 'dns', message: detail };
  return { cause: 'network', message: detail };
}
