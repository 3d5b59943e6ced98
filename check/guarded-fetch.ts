import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { assertPublicAddress, checkUrl, type Resolver, type UrlPolicy, UrlRefused } from './url-guard.js';

export interface GuardedFetchOptions {
  policy: UrlPolicy;
  /** @default 3 */
  maxRedirects?: number;
  /** @default 2 MiB */
  maxBytes?: number;
  /** For the whole fetch, redirects included. @default 10000 */
  timeoutMs?: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Resolves names, for the check and for the socket alike. @default the system resolver */
  resolve?: Resolver;
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

/**
 * A GET that only reaches what the URL policy allows: every redirect hop is checked again, the address the socket
 * connects to is checked at connection time (so a name that resolves to a public address for the check and a
 * private one for the connection is still refused), and the time and the size of the answer are bounded.
 */
export async function guardedFetch(input: string, options: GuardedFetchOptions): Promise<GuardedResponse> {
  const maxRedirects = options.maxRedirects ?? 3;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const redirects: string[] = [];
  let url = input;
  for (;;) {
    await checkUrl(url, options.policy, options.resolve);
    const response = await getOnce(url, options, signal);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirects.length >= maxRedirects) {
        throw new GuardedFetchFailure('too_many_redirects', url, `more than ${maxRedirects} redirects`);
      }
      redirects.push(url);
      url = new URL(location, url).href;
      continue;
    }
    return { ...response, finalUrl: url, redirects };
  }
}

async function getOnce(
  url: string,
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<Omit<GuardedResponse, 'finalUrl' | 'redirects'>> {
  const target = new URL(url);
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const lookup = guardedLookup(target, options.policy, options.resolve);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(toFailure(error, url, signal));
    if (signal.aborted) return fail(signal.reason);
    const request = send(
      target,
      {
        method: 'GET',
        headers: { accept: 'text/html,application/json;q=0.9,*/*;q=0.5', ...options.headers },
        lookup,
        signal,
      },
      (response: IncomingMessage) => {
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.destroy();
          return reject(new GuardedFetchFailure('too_large', url, `the answer declares ${declared} bytes`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(new GuardedFetchFailure('too_large', url, `the answer is larger than ${maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', fail);
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    request.on('error', fail);
    request.end();
  });
}

/**
 * Resolves like the system does (or with the injected resolver), then refuses non-public addresses for hosts not
 * explicitly allowed them.
 */
function guardedLookup(target: URL, policy: UrlPolicy, resolve?: Resolver): LookupFunction {
  const host = target.hostname;
  const system = (
    hostname: string,
    family: number,
    done: (error: Error | null, found: LookupAddress[]) => void,
  ) =>
    dnsLookup(hostname, { family, all: true }, (error, found: LookupAddress[]) => done(error, found ?? []));
  const injected = (hostname: string, done: (error: Error | null, found: LookupAddress[]) => void) => {
    if (!resolve) return;
    resolve(hostname).then(
      (addresses) =>
        done(
          null,
          addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 })),
        ),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), []),
    );
  };
  return (hostname, lookupOptions, callback) => {
    const answer = (error: Error | null, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      try {
        for (const entry of addresses) assertPublicAddress(host, entry.address, policy, target.href);
      } catch (refusal) {
        return callback(refusal instanceof Error ? refusal : new Error(String(refusal)), '', 4);
      }
      if (lookupOptions.all) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      } else {
        const first = addresses[0];
        if (!first) return callback(new Error(`${hostname} has no address`), '', 4);
        callback(null, first.address, first.family);
      }
    };
    if (resolve) injected(hostname, answer);
    else system(hostname, typeof lookupOptions.family === 'number' ? lookupOptions.family : 0, answer);
  };
}

function toFailure(error: unknown, url: string, signal: AbortSignal): Error {
  if (error instanceof UrlRefused || error instanceof GuardedFetchFailure) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof UrlRefused) return cause;
  if (signal.aborted) return new GuardedFetchFailure('timeout', url, 'no complete answer in time');
  return new GuardedFetchFailure('network', url, error instanceof Error ? error.message : String(error));
}
