import type { Offer } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import { buildCrawlTools } from './build-sources.js';
import type { SourceSettings } from './crawl-options.js';
import { partnerPagesOf } from './handle-item.js';
import { DEFAULT_API_URL } from './sources/api/api-source.js';
import { DEFAULT_SITE_URL } from './sources/site/site-source.js';

export interface OneOffer {
  source: 'api' | 'site';
  offer: Offer;
  raw: Record<string, unknown>;
  partnerPages: PartnerPage[];
}

export interface FetchOneOfferOptions extends SourceSettings {
  /** Visit the offer's partner pages too. @default true */
  partners?: boolean;
}

/**
 * One offer by its reference, from the API (with credentials) or the website, with what its partner pages say,
 * through the crawl's own sources: same politeness as a crawl, no database. Null when the offer is not online.
 * (`vigie check` does not use it: it fetches through its guarded fetcher, check/crawler-fetcher.ts.)
 */
export async function fetchOneOffer(
  id: string,
  options: FetchOneOfferOptions = {},
): Promise<OneOffer | null> {
  const tools = buildCrawlTools(options);
  try {
    const fetched = await tools.source.fetchOffer(id.trim());
    if (!fetched) return null;
    const partnerPages: PartnerPage[] = [];
    if (options.partners !== false) {
      const own = new Set(
        [options.siteUrl ?? DEFAULT_SITE_URL, options.apiUrl ?? DEFAULT_API_URL].map(
          (url) => new URL(url).origin,
        ),
      );
      for (const url of partnerPagesOf(fetched.offer, own))
        partnerPages.push(await tools.partners.fetch(fetched.offer.id, url));
    }
    return { source: tools.source.kind, offer: fetched.offer, raw: fetched.raw, partnerPages };
  } finally {
    await tools.close();
  }
}
