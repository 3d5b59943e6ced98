import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { getLogger, redactUrl } from '../logger.js';
import { AddressGuard, type Admission } from './address-guard.js';
import { FetchFailure } from './fetch-failure.js';
import { HttpStats } from './http-stats.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

/** Vigie says who it is and where to complain: France Travail and partners can tell it apart from a bot farm. */
export const USER_AGENT = 'Vigie/0.1 (+https://github.com/vigie-audit/vigie)';

/** Answers retried with backoff (unless the request lists them in `noRetryStatus`). */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Holds a request back until it may go (the crawler's token buckets, shared or not, satisfy it). Each call of
 * `acquire` spends one request; `slowTo` is robots.txt's `Crawl-delay`.
 */
export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
  slowTo?(intervalMs: number): void;
  /** The request let go has really left (its bytes written, or it failed before): once per acquire. */
  left?(): void;
}

/** No limit: what an origin gets when the transport was given no limiter for it (a check's single fetch). */
const NO_LIMIT: RateLimiter = { acquire: async () => {} };

export interface TransportOptions {
  /** Limiters for known origins (`https://api.francetravail.io` → 3/s). */
  limiters?: Map<string, RateLimiter>;
  /** Makes the limiter of an origin met for the first time. @default none: no rate limit */
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
  /**
   * Checks every hop of a request marked `fromOffer` and pins its socket to the checked addresses; its resolver
   * (when injected) resolves every other name too. @default an AddressGuard with the system resolver
   */
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
  /** Overrides the client's redirect limit for this request. */
  maxRedirects?: number;
  /** Overrides the client's body cap for this request (after decompression). */
  maxBodyBytes?: number;
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
 * The one HTTP path of Vigie: the crawler (France Travail's API and website, partner pages) and `vigie check`
 * (partner pages, their robots.txt) send every request through here. One rate limiter per origin (never
 * exceeded, redirects and retries included), robots.txt, timeouts, exponential backoff with full jitter on
 * 429/5xx/network errors, `Retry-After` honoured, a retry budget per request, redirects followed hop by hop, a
 * body size cap that holds after decompression (a gzip bomb is cut at the cap), and for a URL that came from an
 * offer the address guard on every hop, the socket pinned to the addresses the guard checked.
 */
export class Transport {
  readonly stats: HttpStats;
  private readonly limiters: Map<string, RateLimiter>;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  /** Why an origin's robots.txt could not be fetched: the real cause of the pages then left out. */
  private readonly robotsFailures = new Map<string, FetchFailure>();
  private readonly options: Required<
    Omit<TransportOptions, 'limiters' | 'stats' | 'limiterFactory' | 'addressGuard'>
  >;
  readonly addressGuard: AddressGuard;
  private readonly limiterFactory: ((origin: string) => RateLimiter) | undefined;
  private readonly log = getLogger('crawler');

  constructor(options: TransportOptions = {}) {
    this.stats = options.stats ?? new HttpStats();
    this.limiters = new Map(options.limiters ?? []);
    this.limiterFactory = options.limiterFactory;
    this.addressGuard = options.addressGuard ?? new AddressGuard();
    this.options = {
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
      limiter = this.limiterFactory?.(origin) ?? NO_LIMIT;
      this.limiters.set(origin, limiter);
    }
    return limiter;
  }

  /** Sends a request until it gets an answer worth returning; throws a FetchFailure when the budget is spent. */
  async request(request: HttpRequest): Promise<HttpResponse> {
    // The first hop is admitted before robots.txt is asked: a host Vigie may not visit is not even asked that.
    // Its admission (the addresses resolved and checked) serves the first attempt's connection.
    let admitted = request.fromOffer ? await this.addressGuard.admit(request.url) : undefined;
    if (request.obeyRobots) await this.checkRobots(request.url, request.fromOffer === true);
    const maxRetries = request.maxRetries ?? this.options.maxRetries;
    let lastCause = 'network';
    let lastMessage = '';
    let lastStatus: number | null = null;
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      let waitMs: number | undefined;
      try {
        const response = await this.attempt(request, admitted);
        admitted = undefined;
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
        // A later attempt resolves the name again (and checks it again): a name's answer may move between tries.
        admitted = undefined;
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

  private async attempt(request: HttpRequest, firstHop: Admission | undefined): Promise<HttpResponse> {
    const redirects: string[] = [];
    const maxRedirects = request.maxRedirects ?? this.options.maxRedirects;
    const maxBytes = request.maxBodyBytes ?? this.options.maxBodyBytes;
    let url = request.url;
    let method = request.method ?? 'GET';
    let body = request.body;
    for (;;) {
      // A redirect may lead anywhere: each hop of a link from an offer is admitted again, and its socket may
      // connect only to the addresses admitted (resolved once: a second answer cannot differ).
      const admission =
        redirects.length === 0 && firstHop
          ? firstHop
          : request.fromOffer
            ? await this.addressGuard.admit(url)
            : { url: new URL(url) };
      const lookup = this.addressGuard.lookupFor(admission);
      const limiter = this.limiterFor(url);
      await limiter.acquire(request.signal);
      this.stats.requests++;
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      // Redirects are followed by hand so that every hop waits for the rate limiter, is counted and is guarded.
      const response = await exchange(admission.url, {
        method,
        headers: {
          'user-agent': this.options.userAgent,
          accept: '*/*',
          'accept-encoding': 'gzip, deflate, br',
          ...request.headers,
        },
        body,
        signal,
        lookup,
        // The limiter's window counts from here: a new connection (a TLS handshake) may take a while.
        onLeft: () => limiter.left?.(),
      }).catch((error: unknown) => {
        throw timeout.aborted && !request.signal?.aborted ? timedOut() : error;
      });
      const status = response.statusCode ?? 0;
      this.stats.record(String(status));
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (redirects.length >= maxRedirects) {
          throw new FetchFailure('too_many_redirects', `more than ${maxRedirects} redirects`, url);
        }
        redirects.push(url);
        url = new URL(location, url).href;
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      const text = await readBody(response, maxBytes, url).catch((error: unknown) => {
        if (error instanceof FetchFailure) throw error;
        if (request.signal?.aborted) throw error;
        if (timeout.aborted) throw timedOut();
        // Headers came, the body did not, whole: a connection reset mid-body, a bad gzip stream.
        throw new BodyCut(error instanceof Error ? error.message : String(error));
      });
      return { status, headers: headersOf(response), text, finalUrl: url, redirects };
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
        'robots',
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

interface Exchange {
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
  /** The guard's pinned lookup; undefined: the system's. */
  lookup: LookupFunction | undefined;
  /** Called once: when the request's bytes are written, or when it failed before. */
  onLeft: () => void;
}

/** One request, one answer's head: node:http, so that the socket's lookup is ours (the guard's pin). */
function exchange(target: URL, init: Exchange): Promise<IncomingMessage> {
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let leftAlready = false;
    const left = () => {
      if (leftAlready) return;
      leftAlready = true;
      init.onLeft();
    };
    if (init.signal.aborted) {
      left();
      return reject(init.signal.reason);
    }
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
    const request = send(
      target,
      { method: init.method, headers, signal: init.signal, ...(init.lookup ? { lookup: init.lookup } : {}) },
      resolve,
    );
    request.on('finish', left);
    request.on('error', (error) => {
      left();
      reject(error);
    });
    request.on('close', left);
    request.end(init.body);
  });
}

/** The decoder of a compressed answer; null when it is not compressed (or in an encoding Vigie did not ask for). */
function decoderFor(encoding: string | undefined) {
  const name = encoding?.trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  return null;
}

/**
 * The body as text, never more than `maxBytes` of it after decompression: a declared size over the cap is
 * refused before reading, and a stream (a bomb that unpacks to gigabytes included) is cut as soon as it passes it.
 */
async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchFailure(
      'body_too_large',
      `the answer declares ${declared} bytes (limit ${maxBytes})`,
      url,
    );
  }
  const decoder = decoderFor(response.headers['content-encoding']);
  const stream: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.byteLength;
    if (size > maxBytes) {
      stream.destroy();
      response.destroy();
      throw new FetchFailure(
        'body_too_large',
        decoder
          ? `the answer unpacks to more than ${maxBytes} bytes`
          : `the answer is larger than ${maxBytes} bytes`,
        url,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headersOf(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/** The body stopped before its end: retried as a transient fault. */
class BodyCut extends Error {}

function timedOut(): Error {
  const error = new Error('no complete answer in time');
  error.name = 'TimeoutError';
  return error;
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
  if (error instanceof BodyCut)
    return { cause: 'truncated_body', message: `the answer was cut short (${error.message})` };
  if (!(error instanceof Error)) return { cause: 'network', message: String(error) };
  if (error.name === 'TimeoutError') return { cause: 'timeout', message: 'no complete answer in time' };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ECONNRESET' || code === 'EPIPE') return { cause: 'connection_reset', message: error.message };
  if (code === 'ECONNREFUSED') return { cause: 'connection_refused', message: error.message };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { cause: 'dns', message: error.message };
  return { cause: 'network', message: error.message };
}
