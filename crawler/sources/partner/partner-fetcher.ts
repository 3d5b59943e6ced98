import { FetchFailure } from '../../../lib/http/fetch-failure.js';
import type { PartnerPage } from '../../../model/partner-page.js';
import { EMPTY_STATED } from '../../../model/partner-page.js';
import type { HttpClient } from '../../http/polite-fetch.js';
import type { BrowserPool } from './browser-pool.js';
import { judgePartnerResponse } from './judge-partner-page.js';

/**
 * Visits a partner's page for an offer and records what was there: over HTTP first, and through Chromium only
 * when the HTML is a JavaScript shell. Never throws: a failure is an observation too (`live: null`, with why).
 */
export class PartnerFetcher {
  constructor(
    private readonly http: HttpClient,
    private readonly browser: BrowserPool | null,
  ) {}

  async fetch(offerId: string, url: string): Promise<PartnerPage> {
    const base = { offerId, url, fetchedAt: new Date().toISOString() };
    let response: Awaited<ReturnType<HttpClient['request']>>;
    try {
      // Partner links are written by strangers: the address guard checks every hop.
      response = await this.http.request({ url, obeyRobots: true, maxRetries: 3, fromOffer: true });
    } catch (error) {
      const failure = error instanceof FetchFailure ? error : undefined;
      return {
        ...base,
        finalUrl: null,
        status: failure?.status ?? null,
        live: null,
        reason: failure?.code ?? 'network',
        renderedWith: null,
        stated: { ...EMPTY_STATED },
        error: error instanceof Error ? error.message : String(error),
      };
    }
    return judgePartnerResponse(base, response, this.browser);
  }
}
