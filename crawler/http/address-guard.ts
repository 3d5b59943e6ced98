import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isNonPublicAddress } from '../../check/url-guard.js';
import { FetchFailure } from './fetch-failure.js';

/** Every address a host name resolves to. Tests inject their own: they must send nothing past loopback. */
export type Resolve = (host: string) => Promise<string[]>;

export interface AddressGuardOptions {
  /** @default the system resolver */
  resolve?: Resolve;
  /**
   * Origins trusted to live at a loopback or private address ("http://127.0.0.1:8080"): the France Travail
   * origins Vigie was configured with (a local replica) and nothing else — never a whole host or loopback.
   * @default []
   */
  trustedOrigins?: Iterable<string>;
}

const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The address guard of URLs that came from an offer (partner pages, application links): written by strangers,
 * they may point at the machine itself, its network or a cloud metadata endpoint. Each hop is checked before it
 * is fetched: only http(s), no credentials, and every address the name resolves to must be public, unless the
 * hop's origin is explicitly trusted. A refusal is a FetchFailure "blocked_address".
 */
export class AddressGuard {
  private readonly resolve: Resolve;
  private readonly trusted: Set<string>;

  constructor(options: AddressGuardOptions = {}) {
    this.resolve = options.resolve ?? systemResolve;
    this.trusted = new Set([...(options.trustedOrigins ?? [])].map((origin) => new URL(origin).origin));
  }

  /** Trusts one more origin (a France Travail origin given in the configuration). */
  trust(origin: string): void {
    this.trusted.add(new URL(origin).origin);
  }

  async check(input: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      throw blocked(input, 'not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw blocked(input, `the scheme ${url.protocol} is not fetched`);
    if (url.username || url.password) throw blocked(input, 'a URL carrying credentials is not fetched');
    if (this.trusted.has(url.origin)) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0) {
      if (isNonPublicAddress(host)) throw blocked(input, `${host} is not a public address`);
      return;
    }
    let addresses: string[];
    try {
      addresses = await this.resolve(host);
    } catch (error) {
      // Not a refusal: the page cannot be had, for the DNS cause (retrying a name that does not resolve is vain).
      throw new FetchFailure(
        'dns',
        `${host} could not be resolved (${error instanceof Error ? error.message : String(error)})`,
        input,
        null,
        1,
      );
    }
    const hidden = addresses.find((address) => isNonPublicAddress(address));
    if (hidden !== undefined) throw blocked(input, `${host} resolves to a non-public address (${hidden})`);
  }
}

function blocked(url: string, reason: string): FetchFailure {
  return new FetchFailure(
    'blocked_address',
    `refused to fetch a link from an offer: ${reason}`,
    url,
    null,
    0,
    'links written in offers are never fetched at loopback, private, link-local or metadata addresses',
  );
}
