import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The one place that decides whether Vigie may fetch a URL on someone else's behalf. `vigie serve` takes links
 * from strangers: without this, a pasted link could make the server read its own admin ports, a cloud metadata
 * endpoint or a file (server-side request forgery). Every hop of every fetch goes through `checkUrl`, and the
 * socket itself goes through `assertPublicAddress` (see guarded-fetch.ts), so DNS rebinding gains nothing.
 */
export interface UrlPolicy {
  /**
   * Hosts that may be fetched: exact names ("candidat.francetravail.fr") or a leading dot for a domain and its
   * subdomains (".meteojob.com"). Anything else is refused before any DNS query.
   */
  allowedHosts: readonly string[];
  /**
   * Hosts allowed to resolve to private or loopback addresses and to use any port: only for tests and a local
   * replica ("127.0.0.1", "localhost"). Never set from user input.
   * @default []
   */
  privateHostsAllowed?: readonly string[];
}

export type UrlRefusal =
  | 'malformed'
  | 'scheme'
  | 'credentials'
  | 'host_not_allowed'
  | 'port_not_allowed'
  | 'private_address'
  | 'dns';

export class UrlRefused extends Error {
  constructor(
    readonly refusal: UrlRefusal,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'UrlRefused';
  }
}

export { FRANCE_TRAVAIL_HOSTS } from '../lib/france-travail-hosts.js';

/** Addresses no public web page lives at: RFC 6890 special-purpose ranges, v4 and v6. */
const NON_PUBLIC = (() => {
  const list = new BlockList();
  const v4: Array<[string, number]> = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.88.99.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ];
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, 'ipv4');
  const v6: Array<[string, number]> = [
    ['::', 128],
    ['::1', 128],
    // NAT64 and 6to4 embed an IPv4 address that could be private; no offer page needs them.
    ['64:ff9b::', 96],
    ['64:ff9b:1::', 48],
    ['100::', 64],
    ['2001::', 23],
    ['2001:db8::', 32],
    ['2002::', 16],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
  ];
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, 'ipv6');
  return list;
})();

/** True for loopback, private, link-local, multicast, documentation and other non-public addresses. */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return NON_PUBLIC.check(bare, 'ipv4');
  // BlockList matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against the IPv4 ranges too.
  if (family === 6) return NON_PUBLIC.check(bare, 'ipv6');
  return true;
}

function normaliseHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const name = normaliseHost(host);
  return patterns.some((raw) => {
    const pattern = normaliseHost(raw);
    if (pattern.startsWith('.')) return name === pattern.slice(1) || name.endsWith(pattern);
    return name === pattern;
  });
}

/**
 * Checks everything that can be checked without the network: scheme, credentials, host allowlist, port. Returns
 * the parsed URL.
 */
export function checkUrlSyntax(input: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new UrlRefused('malformed', input, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlRefused('scheme', input, `the scheme ${url.protocol} is not fetched (only http and https)`);
  }
  if (url.username || url.password) {
    throw new UrlRefused('credentials', input, 'URLs carrying credentials are not fetched');
  }
  const host = normaliseHost(url.hostname);
  const privateAllowed = hostMatches(host, policy.privateHostsAllowed ?? []);
  if (!privateAllowed && !hostMatches(host, policy.allowedHosts)) {
    throw new UrlRefused('host_not_allowed', input, `${host} is neither France Travail nor a known partner`);
  }
  if (!privateAllowed && url.port !== '' && url.port !== '80' && url.port !== '443') {
    throw new UrlRefused('port_not_allowed', input, `port ${url.port} is not fetched`);
  }
  if (!privateAllowed && isIP(host) !== 0 && isNonPublicAddress(host)) {
    throw new UrlRefused('private_address', input, `${host} is not a public address`);
  }
  return url;
}

/** Refuses an address the socket is about to connect to, unless the host is allowed private addresses. */
export function assertPublicAddress(host: string, address: string, policy: UrlPolicy): void {
  if (hostMatches(host, policy.privateHostsAllowed ?? [])) return;
  if (isNonPublicAddress(address)) {
    throw new UrlRefused('private_address', host, `${normaliseHost(host)} resolves to a non-public address`);
  }
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The full check before a fetch: syntax, allowlist, and every address the name resolves to. A host with one
 * public and one private address is refused: which one the socket would use is not ours to choose.
 */
export async function checkUrl(
  input: string,
  policy: UrlPolicy,
  resolve: Resolver = systemResolver,
): Promise<URL> {
  const url = checkUrlSyntax(input, policy);
  const host = normaliseHost(url.hostname);
  if (isIP(host) !== 0 || hostMatches(host, policy.privateHostsAllowed ?? [])) return url;
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    throw new UrlRefused('dns', input, `${host} could not be resolved`);
  }
  if (addresses.length === 0) throw new UrlRefused('dns', input, `${host} could not be resolved`);
  for (const address of addresses) assertPublicAddress(host, address, policy);
  return url;
}
