import { FRANCE_TRAVAIL_HOSTS, hostMatches } from '../lib/http/address-guard.js';
import { type Offer, partnerUrls } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import type { CheckSettings } from './check-settings.js';
import { urlPolicyOf } from './check-settings.js';
import type { GuardedRenderer } from './guarded-render.js';
import type { FetchOutcome, OfferFetcher } from './offer-fetcher.js';
import { guardedRobots, readPartnerPageGuarded } from './read-partner-page.js';

/** A jobseeker waits for the answer: one partner page is enough to compare, two at most. */
const MAX_PARTNER_PAGES = 2;

export interface CheckFetcher extends OfferFetcher {
  /** Reads the partner pages an offer links to (not France Travail's own page), as a check does. */
  partnerPagesOf(offer: Offer): Promise<PartnerPage[]>;
  close(): Promise<void>;
}

/**
 * Fetches one offer for a check with the crawler's own sources (the API when credentials are set, the website
 * otherwise), then reads its partner pages through the guarded transport. Short timeouts and few retries: a
 * person is waiting, and "try again later" beats a two-minute spinner.
 */
export async function createCheckFetcher(settings: CheckSettings): Promise<CheckFetcher> {
  const [{ buildCrawlTools }, { USER_AGENT }, { parseDetailPage }] = await Promise.all([
    import('../crawler/build-sources.js'),
    import('../crawler/http/polite-fetch.js'),
    import('../crawler/sources/site/parse-detail-page.js'),
  ]);
  // The crawler's own sources and HTTP client, tuned for a person waiting: short timeouts and one retry. Its
  // partner fetcher and browser pool are not used: partner links are followed through the guarded transport.
  const tools = buildCrawlTools({
    source: 'auto',
    ...(settings.credentials
      ? { clientId: settings.credentials.clientId, clientSecret: settings.credentials.clientSecret }
      : {}),
    apiUrl: settings.apiUrl,
    tokenUrl: settings.tokenUrl,
    siteUrl: settings.siteUrl,
    rate: settings.ratePerSecond,
    partnerRate: settings.ratePerSecond,
    timeoutMs: settings.timeoutMs,
    maxRetries: 1,
    baseDelayMs: 300,
    maxDelayMs: 3000,
    browser: false,
    // The check's resolver (a test's) serves the crawler's sources too: no name goes to the system behind its back.
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
  });
  const { http, source } = tools;
  const policy = urlPolicyOf(settings);
  const resolve = settings.resolve;
  const robotsAllow = guardedRobots({
    policy,
    timeoutMs: settings.timeoutMs,
    userAgent: USER_AGENT,
    ...(resolve ? { resolve } : {}),
  });
  let renderer: GuardedRenderer | null | undefined;

  async function rendererOnce(): Promise<GuardedRenderer | null> {
    if (renderer !== undefined) return renderer;
    if (!settings.browser) {
      renderer = null;
      return renderer;
    }
    const [{ findChromium }, { GuardedRenderer }] = await Promise.all([
      import('../lib/browser.js'),
      import('./guarded-render.js'),
    ]);
    renderer = findChromium() ? new GuardedRenderer(policy, settings.timeoutMs, resolve) : null;
    return renderer;
  }

  /** The API answers 404 both for an expired offer and an unknown id; the website tells them apart. */
  async function expiredOrUnknown(id: string): Promise<FetchOutcome> {
    const response = await http.request({
      url: `${settings.siteUrl}/offres/recherche/detail/${encodeURIComponent(id)}`,
      headers: { accept: 'text/html', 'accept-language': 'fr-FR,fr;q=0.9' },
      obeyRobots: true,
      noRetryStatus: [404, 410],
    });
    if (response.status === 410) return { status: 'expired' };
    // The site shows its "no longer available" page for unknown ids too, but answers those with a 404.
    if (response.status === 404) return { status: 'not_found' };
    const parsed = parseDetailPage(response.text, id);
    if (!parsed.ok && parsed.expired) return { status: 'expired' };
    return { status: 'not_found' };
  }

  async function readPartners(offerId: string, urls: string[]): Promise<PartnerPage[]> {
    const options = {
      policy,
      timeoutMs: settings.timeoutMs,
      renderer: await rendererOnce(),
      userAgent: USER_AGENT,
      robotsAllow,
      ...(resolve ? { resolve } : {}),
    };
    return Promise.all(
      urls.slice(0, MAX_PARTNER_PAGES).map((url) => readPartnerPageGuarded(offerId, url, options)),
    );
  }

  function partnerPagesOf(offer: Offer): Promise<PartnerPage[]> {
    const urls = partnerUrls(offer).filter((url) => !isFranceTravailPage(url, settings.siteUrl));
    return readPartners(offer.id, urls);
  }

  return {
    async fetchOffer(id) {
      const fetched = await source.fetchOffer(id);
      if (!fetched) return expiredOrUnknown(id);
      return { status: 'found', offer: fetched.offer, partnerPages: await partnerPagesOf(fetched.offer) };
    },
    partnerPagesOf,
    async fetchPartnerPage(url) {
      const [page] = await readPartners('', [url]);
      if (!page) throw new Error('no partner page read');
      return page;
    },
    async close() {
      await renderer?.close();
      await tools.close();
    },
  };
}

/** `urlOrigine` of France Travail's own offers is its own page: not a partner's, nothing to compare. */
function isFranceTravailPage(url: string, siteUrl: string): boolean {
  try {
    const target = new URL(url);
    if (hostMatches(target.hostname, FRANCE_TRAVAIL_HOSTS)) return true;
    return target.origin === new URL(siteUrl).origin && /\/offres\/recherche\/detail\//.test(target.pathname);
  } catch {
    return true;
  }
}
