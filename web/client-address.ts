import type { IncomingHttpHeaders } from 'node:http';

/**
 * The address a client's requests are counted under. Behind a trusted reverse proxy (`--trust-proxy`), the
 * right-most hop of X-Forwarded-For: the address the proxy itself saw and appended. The hops to its left were
 * written by the client and prove nothing: taking the left-most would let anyone pick a new address per request
 * and never be rate-limited.
 */
export function clientAddress(
  headers: IncomingHttpHeaders,
  remoteAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((hop) => hop.trim())
      .filter((hop) => hop.length > 0);
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  return remoteAddress ?? 'unknown';
}
