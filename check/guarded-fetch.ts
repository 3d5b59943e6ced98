import { AddressGuard, type Resolver, type UrlPolicy, UrlRefused } from '../lib/http/address-guard.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import { RETRYABLE_STATUS, Transport } from '../lib/http/transport.js';

export interface GuardedFetchOptions {
  policy: UrlPolicy;
  /** @default 3 */
  maxRedirects?: number;
  /** After decompression. @default 2 MiB */
  maxBytes?: number;
  /** For the whole fetch, redirects included. @default 10000 */
  timeoutMs?: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Resolves names, once per hop, for the check and (pinned) for the socket alike. @default the system resolver */
  resolve?: Resolver;
  /** The guard to use instead of one built from `policy` and `resolve` (a check's, built once). */
  guard?: AddressGuard;
}

export interface GuardedResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  finalUrl: string;
  redirects: string[];
}

export type GuardedFailureCode = 'timeout' | 'too_large' | 'too_many_redirects' | 'network';

export class GuardedFetchFailure extends Error {
  constructor(
    readonly code: GuardedFailureCode,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'GuardedFetchFailure';
  }
}

const EVERY_RETRYABLE_STATUS = [...RETRYABLE_STATUS];

/**
 * A check's GET of a link written by a stranger, through the one transport (lib/http/transport.ts) with the
 * check's URL policy as its address guard: every redirect hop is admitted again and its socket connects only to
 * the addresses the guard checked (a name that answers a public address to the check and a private one to the
 * connection is never asked twice), and the time and the size of the answer (after decompression) are bounded. No
 * retry and no rate limit: a person is waiting, and one request is sent per hop. Refusals stay `UrlRefused`,
 * failures become a GuardedFetchFailure, the kinds check's French messages are written for.
 */
export async function guardedFetch(input: string, options: GuardedFetchOptions): Promise<GuardedResponse> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const transport = new Transport({
    addressGuard: options.guard ?? AddressGuard.forPolicy(options.policy, options.resolve),
    maxRetries: 0,
    timeoutMs,
    maxRedirects: options.maxRedirects ?? 3,
    maxBodyBytes: options.maxBytes ?? 2 * 1024 * 1024,
  });
  try {
    const response = await transport.request({
      url: input,
      fromOffer: true,
      headers: { accept: 'text/html,application/json;q=0.9,*/*;q=0.5', ...options.headers },
      // Every answer is the caller's to judge (a 503 partner page is an observation, not a retry).
      noRetryStatus: EVERY_RETRYABLE_STATUS,
      signal,
    });
    return {
      status: response.status,
      headers: headerRecord(response.headers),
      text: response.text,
      finalUrl: response.finalUrl,
      redirects: response.redirects,
    };
  } catch (error) {
    throw toGuardedFailure(error, input, signal);
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

function toGuardedFailure(error: unknown, url: string, signal: AbortSignal): Error {
  // UrlRefused is a FetchFailure too: the guard's refusal, kept as it is for check's messages.
  if (error instanceof UrlRefused) return error;
  if (error instanceof FetchFailure) {
    if (error.code === 'body_too_large')
      return new GuardedFetchFailure('too_large', error.url, error.message);
    if (error.code === 'too_many_redirects') {
      return new GuardedFetchFailure('too_many_redirects', error.url, error.message);
    }
    if (error.code === 'timeout') return new GuardedFetchFailure('timeout', error.url, error.message);
    return new GuardedFetchFailure('network', error.url, error.message);
  }
  if (signal.aborted) return new GuardedFetchFailure('timeout', url, 'no complete answer in time');
  return new GuardedFetchFailure('network', url, error instanceof Error ? error.message : String(error));
}
