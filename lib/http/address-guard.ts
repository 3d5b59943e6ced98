import type { LookupAddress } from 'node:dns';
import { lookup as systemLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { FetchFailure } from './fetch-failure.js';

/**
 * The one address guard of every URL Vigie fetches on someone else's behalf: links written in offers (partner
 * pages, application links) that the crawler follows, and links pasted into `vigie check` / `vigie serve`. Written
 * by strangers, they may point at the machine itself, its network or a cloud metadata endpoint (server-side request
 * forgery). Each hop is checked before it is fetched (scheme, credentials, the check's host allowlist and ports,
 * every address the name resolves to), and the socket then connects to the very addresses that were checked (the
 * lookup is pinned): a name that answers a public address to the check and 127.0.0.1 to the connection — DNS
 * rebinding — gains nothing, because it is asked once.
 */
export interface UrlPolicy {
  /**
   * Hosts that may be fetched: exact names ("candidat.francetravail.fr") or a leading dot for a domain and its
   * subdomains (".meteojob.com"). Anything else is refused before any DNS query.
   */
  allowedHosts: readonly string[];
  /**
   * Hosts allowed to resolve to private or loopback addresses and to use any port, on every port: only for tests.
   * Never set from user input; an operator's local site is a trusted origin instead.
   * @default []
   */
  privateHostsAllowed?: readonly string[];
  /**
   * Origins (scheme, host and port: "http://127.0.0.1:8080") that may be private or loopback: the local replica an
   * operator pointed Vigie at. That one origin, not its host: another port of the same machine stays refused.
   * Never set from user input.
   * @default []
   */
  trustedOrigins?: readonly string[];
}

export type UrlRefusal =
  | 'malformed'
  | 'scheme'
  | 'credentials'
  | 'host_not_allowed'
  | 'port_not_allowed'
  | 'private_address'
  | 'dns';

/**
 * A URL the guard refused. A FetchFailure too, so that the crawler records it as any failed fetch: code
 * "blocked_address" (or "dns" for a name that does not resolve, a failure rather than a refusal), never retried.
 * `vigie check` reads `refusal` for its French message.
 */
export class UrlRefused extends FetchFailure {
  constructor(
    readonly refusal: UrlRefusal,
    url: string,
    message: string,
  ) {
    super(
      refusal === 'dns' ? 'dns' : 'blocked_address',
      message,
      url,
      null,
      refusal === 'dns' ? 1 : 0,
      refusal === 'dns' ? 'dns' : 'blockedAddress',
    );
    this.name = 'UrlRefused';
  }
}

export { FRANCE_TRAVAIL_HOSTS } from '../france-travail-hosts.js';

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

/** Global unicast (RFC 4291): an IPv6 address outside it is no public web page's, whatever it embeds. */
const GLOBAL_UNICAST = (() => {
  const list = new BlockList();
  list.addSubnet('2000::', 3, 'ipv6');
  return list;
})();

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 included); null if it is not one. */
export function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array.from({ length: missing }, () => 0), ...right];
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d, RFC 4291 §2.5.5.2), or null. */
function mappedIpv4(groups: readonly number[]): string | null {
  if (!groups.slice(0, 5).every((group) => group === 0) || groups[5] !== 0xffff) return null;
  const high = groups[6] ?? 0;
  const low = groups[7] ?? 0;
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/**
 * True for loopback, private, link-local, multicast, documentation and other non-public addresses. An IPv6
 * address is public only inside global unicast (2000::/3) and outside its special ranges, so every other spelling
 * of an embedded IPv4 address — IPv4-compatible (`::7f00:1`, `::127.0.0.1`), IPv4-translated (`::ffff:0:7f00:1`),
 * NAT64 (`64:ff9b::7f00:1`), the unspecified and loopback addresses — is refused; an IPv4-mapped address
 * (`::ffff:7f00:1`) is judged by the IPv4 address it maps, since that is where the socket goes.
 */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return NON_PUBLIC.check(bare, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(bare);
  if (!groups) return true;
  const mapped = mappedIpv4(groups);
  if (mapped !== null) return NON_PUBLIC.check(mapped, 'ipv4');
  const canonical = groups.map((group) => group.toString(16)).join(':');
  if (!GLOBAL_UNICAST.check(canonical, 'ipv6')) return true;
  return NON_PUBLIC.check(canonical, 'ipv6');
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

/** A URL's origin ("https://host:port"), or null for one that has none (unparsable, `file:`, `data:`). */
export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Whether the policy lets this URL reach a private address on any port: a trusted origin, or a test host. */
export function isTrustedTarget(url: URL, policy: UrlPolicy): boolean {
  if (hostMatches(url.hostname, policy.privateHostsAllowed ?? [])) return true;
  const origin = originOf(url.href);
  return origin !== null && (policy.trustedOrigins ?? []).some((trusted) => originOf(trusted) === origin);
}

/**
 * Checks everything that can be checked without the network: scheme, credentials, host allowlist, port. Returns
 * the parsed URL.
 */
export function checkUrlSyntax(input: string, policy: UrlPolicy): URL {
  return syntaxCheck(input, {
    allowedHosts: policy.allowedHosts,
    standardPortsOnly: true,
    privateHostsAllowed: policy.privateHostsAllowed ?? [],
    trustedOrigins: new Set(
      (policy.trustedOrigins ?? []).map(originOf).filter((o): o is string => o !== null),
    ),
  });
}

/**
 * Refuses an address the socket is about to connect to, unless the host is allowed private addresses or the
 * connection goes to a trusted origin (`origin`: the URL being fetched; without it, no origin is trusted).
 */
export function assertPublicAddress(host: string, address: string, policy: UrlPolicy, origin?: string): void {
  if (hostMatches(host, policy.privateHostsAllowed ?? [])) return;
  if (origin !== undefined) {
    const target = originOf(origin);
    if (target !== null && (policy.trustedOrigins ?? []).some((trusted) => originOf(trusted) === target))
      return;
  }
  if (isNonPublicAddress(address)) {
    throw new UrlRefused('private_address', host, `${normaliseHost(host)} resolves to a non-public address`);
  }
}

/** Every address a host name resolves to. Tests inject their own: they must send nothing past loopback. */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await systemLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The full check before a fetch: syntax, allowlist, and every address the name resolves to. A host with one
 * public and one private address is refused: which one the socket would use is not ours to choose.
 */
export async function checkUrl(
  input: string,
  policy: UrlPolicy,
  resolve: Resolver = systemResolver,
): Promise<URL> {
  return AddressGuard.forPolicy(policy, resolve).checked(input);
}

export interface AddressGuardOptions {
  /** Resolves names, for the check and (pinned) for the socket alike. @default the system resolver */
  resolve?: Resolver;
  /**
   * Origins trusted to live at a loopback or private address ("http://127.0.0.1:8080"): the France Travail
   * origins Vigie was configured with (a local replica) and nothing else — never a whole host or loopback.
   * @default []
   */
  trustedOrigins?: Iterable<string>;
  /** Hosts that may be fetched at all (check's allowlist, see UrlPolicy). @default any host (the crawler) */
  allowedHosts?: readonly string[];
  /** Only ports 80 and 443, unless the target is trusted (check). @default false */
  standardPortsOnly?: boolean;
  /** Test hosts allowed private addresses on any port (UrlPolicy.privateHostsAllowed). @default [] */
  privateHostsAllowed?: readonly string[];
}

/** What a hop may connect to once the guard let it through. */
export interface Admission {
  url: URL;
  /**
   * The addresses the name resolved to and that were checked: the socket connects to these and asks no resolver
   * again. Absent when the host is an IP literal (nothing to resolve).
   */
  pinned?: readonly string[];
}

interface SyntaxRules {
  allowedHosts: readonly string[] | undefined;
  standardPortsOnly: boolean;
  privateHostsAllowed: readonly string[];
  trustedOrigins: ReadonlySet<string>;
}

function trustedBy(url: URL, rules: SyntaxRules): boolean {
  return hostMatches(url.hostname, rules.privateHostsAllowed) || rules.trustedOrigins.has(url.origin);
}

function syntaxCheck(input: string, rules: SyntaxRules): URL {
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
  const trusted = trustedBy(url, rules);
  if (!trusted && rules.allowedHosts !== undefined && !hostMatches(host, rules.allowedHosts)) {
    throw new UrlRefused('host_not_allowed', input, `${host} is neither France Travail nor a known partner`);
  }
  if (!trusted && rules.standardPortsOnly && url.port !== '' && url.port !== '80' && url.port !== '443') {
    throw new UrlRefused('port_not_allowed', input, `port ${url.port} is not fetched`);
  }
  if (!trusted && isIP(host) !== 0 && isNonPublicAddress(host)) {
    throw new UrlRefused('private_address', input, `${host} is not a public address`);
  }
  return url;
}

/**
 * The guard itself: `admit` checks one hop and says which addresses its socket may connect to, `lookupFor` gives
 * the socket a lookup that answers those addresses only. The crawler's guard lets any public host through (partner
 * sites are many); check's (`forPolicy`) adds its allowlist of hosts and the standard ports.
 */
export class AddressGuard {
  readonly resolve: Resolver;
  private readonly injected: boolean;
  private readonly rules: SyntaxRules & { trustedOrigins: Set<string> };

  constructor(options: AddressGuardOptions = {}) {
    this.resolve = options.resolve ?? systemResolver;
    this.injected = options.resolve !== undefined;
    this.rules = {
      allowedHosts: options.allowedHosts,
      standardPortsOnly: options.standardPortsOnly ?? false,
      privateHostsAllowed: options.privateHostsAllowed ?? [],
      trustedOrigins: new Set([...(options.trustedOrigins ?? [])].map((origin) => new URL(origin).origin)),
    };
  }

  /** Check's guard: its URL policy (allowlist, standard ports, trusted origins) and its resolver. */
  static forPolicy(policy: UrlPolicy, resolve?: Resolver): AddressGuard {
    return new AddressGuard({
      ...(resolve ? { resolve } : {}),
      allowedHosts: policy.allowedHosts,
      standardPortsOnly: true,
      privateHostsAllowed: policy.privateHostsAllowed ?? [],
      trustedOrigins: policy.trustedOrigins ?? [],
    });
  }

  /** Trusts one more origin (a France Travail origin given in the configuration). */
  trust(origin: string): void {
    this.rules.trustedOrigins.add(new URL(origin).origin);
  }

  /**
   * Throws UrlRefused when the URL must not be fetched: the check a rendered page's requests go through, where
   * Chromium connects by itself. A trusted target is not resolved.
   */
  async check(input: string): Promise<void> {
    await this.judge(input, false);
  }

  /** `check`, giving back the parsed URL. */
  async checked(input: string): Promise<URL> {
    return (await this.judge(input, false)).url;
  }

  /**
   * Checks one hop before Vigie's own socket connects: syntax, allowlist, port, and every address the name
   * resolves to (a host with one public and one private address is refused: which one the socket would use is
   * not ours to choose). The name is resolved once, trusted or not; the addresses returned are the only ones the
   * hop's socket may use.
   */
  admit(input: string): Promise<Admission> {
    return this.judge(input, true);
  }

  private async judge(input: string, connecting: boolean): Promise<Admission> {
    const url = syntaxCheck(input, this.rules);
    const host = normaliseHost(url.hostname);
    if (isIP(host) !== 0) return { url };
    const trusted = trustedBy(url, this.rules);
    if (trusted && !connecting) return { url };
    let addresses: string[];
    try {
      addresses = await this.resolve(host);
    } catch (error) {
      // Not a refusal: the page cannot be had, for the DNS cause (retrying a name that does not resolve is vain).
      const detail = error instanceof Error ? error.message : String(error);
      throw new UrlRefused('dns', input, `${host} could not be resolved (${detail})`);
    }
    if (addresses.length === 0) throw new UrlRefused('dns', input, `${host} could not be resolved`);
    const hidden = trusted ? undefined : addresses.find((address) => isNonPublicAddress(address));
    if (hidden !== undefined) {
      throw new UrlRefused('private_address', input, `${host} resolves to a non-public address (${hidden})`);
    }
    return { url, pinned: addresses };
  }

  /**
   * The lookup of a socket: the pinned addresses of an admitted hop, never a second resolution. A URL that was not
   * admitted (France Travail's own configured URLs) goes through the injected resolver, so that tests resolve
   * nothing through the system; undefined leaves it to the system's lookup when no resolver was injected.
   */
  lookupFor(admission: Admission): LookupFunction | undefined {
    if (admission.pinned) return pinnedLookup(admission.pinned);
    if (this.injected) return resolverLookup(this.resolve);
    return undefined;
  }
}

function toLookupAddress(address: string): LookupAddress {
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

/** A socket lookup that answers the given addresses, whatever name it is asked for. */
export function pinnedLookup(addresses: readonly string[]): LookupFunction {
  const found = addresses.map(toLookupAddress);
  return (hostname, options, callback) => answerLookup(hostname, options.all === true, found, callback);
}

function resolverLookup(resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => answerLookup(hostname, options.all === true, addresses.map(toLookupAddress), callback),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), '', 4),
    );
  };
}

function answerLookup(
  hostname: string,
  all: boolean,
  found: LookupAddress[],
  callback: Parameters<LookupFunction>[2],
): void {
  // net.connect asks for every address (autoSelectFamily) or for one; the callback's shape follows the question.
  const first = found[0];
  if (!first) callback(new Error(`${hostname} has no address`), '', 4);
  else if (all) callback(null, found);
  else callback(null, first.address, first.family);
}
