import { FRANCE_TRAVAIL_HOSTS, originOf, type Resolver, type UrlPolicy } from '../lib/http/address-guard.js';
import { KNOWN_PARTNER_HOSTS } from './known-partner-hosts.js';
import type { InputHosts } from './parse-check-input.js';
import { DEFAULT_SITE_URL } from './run-check.js';

export const DEFAULT_API_URL = 'https://api.francetravail.io/partenaire/offresdemploi/v2';
export const DEFAULT_TOKEN_URL = 'https://entreprise.francetravail.fr/connexion/oauth2/access_token';

/** Where a check reads offers and which hosts it may visit. The same base URLs as the crawler's settings. */
export interface CheckSettings {
  apiUrl: string;
  siteUrl: string;
  tokenUrl: string;
  /** API credentials; null: the public website is read instead. */
  credentials: { clientId: string; clientSecret: string } | null;
  /** Partner hosts a check may follow a link to (KNOWN_PARTNER_HOSTS and the operator's). */
  partnerHosts: string[];
  /**
   * Origins the operator pointed Vigie at (a local replica: custom --api-url/--site-url/--token-url, a local
   * --partner-host on its default ports): they may be private addresses. That origin only — scheme, host and
   * port — not every port of its host. Never derived from user input.
   */
  trustedOrigins: string[];
  /** Per request to France Travail or a partner. @default 10000 */
  timeoutMs: number;
  /** Render JavaScript-only partner pages in Chromium. @default true */
  browser: boolean;
  /** Requests per second to any one host (France Travail, a partner). @default 5 */
  ratePerSecond: number;
  /**
   * Resolves host names for every request of the check (the guard, the pinned sockets, the renderer's guard, the
   * crawler's sources). Tests inject one: they send nothing past loopback, DNS included. Never from user input.
   * @default the system resolver
   */
  resolve?: Resolver;
}

export interface CheckSettingFlags {
  apiUrl?: string;
  siteUrl?: string;
  tokenUrl?: string;
  partnerHost?: string[];
  timeout?: string | number;
  browser?: boolean;
  ratePerSecond?: number;
}

/** Flags first, then the environment (FT_API_URL, FT_SITE_URL, FT_TOKEN_URL, VIGIE_PARTNER_HOSTS), then defaults. */
export function checkSettingsFrom(
  flags: CheckSettingFlags,
  env: NodeJS.ProcessEnv = process.env,
): CheckSettings {
  const apiUrl = (flags.apiUrl ?? env.FT_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const siteUrl = (flags.siteUrl ?? env.FT_SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
  const tokenUrl = flags.tokenUrl ?? env.FT_TOKEN_URL ?? DEFAULT_TOKEN_URL;
  const extraPartners = [...(flags.partnerHost ?? []), ...(env.VIGIE_PARTNER_HOSTS ?? '').split(',')].flatMap(
    (host) =>
      host
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
  );
  const customUrls = [apiUrl, siteUrl, tokenUrl].filter(
    (url, index) => url !== [DEFAULT_API_URL, DEFAULT_SITE_URL, DEFAULT_TOKEN_URL][index],
  );
  const custom = customUrls.map((url) => hostOf(url)).filter((host): host is string => host !== null);
  const customOrigins = customUrls.map((url) => originOf(url)).filter((origin): origin is string => !!origin);
  const localPartnerOrigins = extraPartners
    .filter((host) => isLocal(host))
    .flatMap((host) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      return [`http://${shown}`, `https://${shown}`];
    });
  const clientId = env.FT_CLIENT_ID?.trim();
  const clientSecret = env.FT_CLIENT_SECRET?.trim();
  const timeout = Number(flags.timeout ?? env.VIGIE_CHECK_TIMEOUT_MS ?? 10_000);
  return {
    apiUrl,
    siteUrl,
    tokenUrl,
    credentials: clientId && clientSecret ? { clientId, clientSecret } : null,
    // A replica serves its partner pages from its own host: a custom site is a partner host too.
    partnerHosts: [...KNOWN_PARTNER_HOSTS, ...extraPartners, ...custom],
    trustedOrigins: [...new Set([...customOrigins, ...localPartnerOrigins])],
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
    browser: flags.browser !== false,
    ratePerSecond: flags.ratePerSecond ?? 5,
  };
}

export function urlPolicyOf(settings: CheckSettings): UrlPolicy {
  return {
    allowedHosts: [...FRANCE_TRAVAIL_HOSTS, ...settings.partnerHosts],
    trustedOrigins: settings.trustedOrigins,
  };
}

export function inputHostsOf(settings: CheckSettings): InputHosts {
  const site = hostOf(settings.siteUrl);
  return { siteHosts: site ? [site] : [], partnerHosts: settings.partnerHosts };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

function isLocal(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}
