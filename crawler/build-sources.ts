import { UsageError } from '../lib/errors.js';
import { AddressGuard } from '../lib/http/address-guard.js';
import type { Message } from '../lib/messages.js';
import type { SourceSettings } from './crawl-options.js';
import { HttpClient } from './http/polite-fetch.js';
import { type RateLimiter, TokenBucket } from './http/rate-limiter.js';
import { CRAWLER_MESSAGES, type SourceReason } from './messages.js';
import { ApiSource, DEFAULT_API_URL, DEFAULT_TOKEN_URL } from './sources/api/api-source.js';
import { TokenManager } from './sources/api/token.js';
import { BrowserPool } from './sources/partner/browser-pool.js';
import { PartnerFetcher } from './sources/partner/partner-fetcher.js';
import { DEFAULT_SITE_URL, SiteSource } from './sources/site/site-source.js';
import type { OfferSource } from './sources/source.js';

export interface CrawlTools {
  http: HttpClient;
  source: OfferSource;
  partners: PartnerFetcher;
  browser: BrowserPool | null;
  close(): Promise<void>;
}

/** Makes a limiter for an origin at a rate: in-process by default, shared through PostgreSQL for workers. */
export type LimiterFactory = (origin: string, rate: number) => RateLimiter;

export function resolveSourceKind(settings: SourceSettings): 'api' | 'site' {
  const kind = settings.source ?? 'auto';
  const hasCredentials = Boolean(settings.clientId && settings.clientSecret);
  if (kind === 'api' && !hasCredentials) {
    throw new UsageError(CRAWLER_MESSAGES.apiNeedsCredentials());
  }
  if (kind === 'auto') return hasCredentials ? 'api' : 'site';
  return kind;
}

/** Why a crawl reads the source it reads, for its summary. */
export function sourceReason(settings: SourceSettings): SourceReason {
  const kind = resolveSourceKind(settings);
  if ((settings.source ?? 'auto') !== 'auto') return kind === 'api' ? 'api_requested' : 'site_requested';
  return kind === 'api' ? 'credentials_given' : 'no_credentials';
}

/**
 * What a user without credentials must hear before a crawl starts: the website is slower and lacks fields, and
 * how to get the API. Undefined when the API is used or the website was asked for.
 */
export function missingCredentialsNotice(settings: SourceSettings): Message | undefined {
  if ((settings.source ?? 'auto') !== 'auto' || resolveSourceKind(settings) === 'api') return undefined;
  return CRAWLER_MESSAGES.missingCredentialsNotice();
}

/** The HTTP client, the listing source and the partner-page fetcher a crawl (or a one-offer check) needs. */
export function buildCrawlTools(settings: SourceSettings, makeLimiter?: LimiterFactory): CrawlTools {
  const kind = resolveSourceKind(settings);
  const rate = settings.rate ?? (kind === 'api' ? 3 : 1);
  const partnerRate = settings.partnerRate ?? 1;
  const limiter = (origin: string, perSecond: number) =>
    makeLimiter ? makeLimiter(origin, perSecond) : new TokenBucket({ rate: perSecond });
  const limiters = new Map<string, RateLimiter>();
  const mainUrls =
    kind === 'api'
      ? [settings.apiUrl ?? DEFAULT_API_URL, settings.tokenUrl ?? DEFAULT_TOKEN_URL]
      : [settings.siteUrl ?? DEFAULT_SITE_URL];
  for (const url of mainUrls) {
    const origin = originOf(url);
    // The API and its token endpoint may share a host (they do on the replica): then they share one limiter.
    if (!limiters.has(origin)) limiters.set(origin, limiter(origin, rate));
  }
  // Links from offers may point anywhere: only the France Travail origins this crawl was configured with (a local
  // replica, in tests and demos) and the ones given explicitly may live at a non-public address.
  const addressGuard = new AddressGuard({
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
    trustedOrigins: [
      ...[settings.apiUrl, settings.tokenUrl, settings.siteUrl].flatMap((url) =>
        url ? [originOf(url)] : [],
      ),
      ...(settings.trustedOrigins ?? []),
    ],
  });
  const http = new HttpClient({
    addressGuard,
    limiters,
    defaultRate: partnerRate,
    ...(makeLimiter ? { limiterFactory: (origin: string) => makeLimiter(origin, partnerRate) } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    ...(settings.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
    ...(settings.baseDelayMs !== undefined ? { baseDelayMs: settings.baseDelayMs } : {}),
    ...(settings.maxDelayMs !== undefined
      ? { maxDelayMs: settings.maxDelayMs, maxRetryAfterMs: settings.maxDelayMs }
      : {}),
  });
  const source: OfferSource =
    kind === 'api'
      ? new ApiSource(
          http,
          new TokenManager(http, {
            tokenUrl: settings.tokenUrl ?? DEFAULT_TOKEN_URL,
            clientId: settings.clientId!,
            clientSecret: settings.clientSecret!,
            ...(settings.scope ? { scope: settings.scope } : {}),
          }),
          {
            ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
            ...(settings.maxResults ? { maxResults: settings.maxResults } : {}),
          },
        )
      : new SiteSource(http, {
          ...(settings.siteUrl ? { siteUrl: settings.siteUrl } : {}),
          ...(settings.maxResults ? { maxResults: settings.maxResults } : {}),
        });
  const browser =
    settings.browser === false
      ? null
      : new BrowserPool({
          limiterFor: (url) => http.limiterFor(url),
          guard: (url) => addressGuard.check(url),
        });
  return {
    http,
    source,
    partners: new PartnerFetcher(http, browser),
    browser,
    close: async () => {
      await browser?.close();
    },
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new UsageError(CRAWLER_MESSAGES.notAUrl({ url }));
  }
}
