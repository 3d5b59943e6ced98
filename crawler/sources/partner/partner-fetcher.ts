import type { PartnerPage } from '../../../model/partner-page.js';
import { FetchFailure } from '../../http/fetch-failure.js';
import type { HttpClient } from '../../http/polite-fetch.js';
import type { BrowserPool } from './browser-pool.js';
import { isJavaScriptShell } from './detect-js-shell.js';
import { readPartnerPage } from './parse-partner-page.js';

const EMPTY_STATED: PartnerPage['stated'] = {
  title: null,
  contract: null,
  duration: null,
  pay: null,
  place: null,
  hours: null,
};

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
      response = await this.http.request({ url, obeyRobots: true, maxRetries: 3 });
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
    const observed = {
      ...base,
      finalUrl: response.finalUrl,
      status: response.status,
      renderedWith: 'http' as const,
      error: null,
    };
    if (response.status === 404 || response.status === 410) {
      return { ...observed, live: false, reason: `http_${response.status}`, stated: { ...EMPTY_STATED } };
    }
    if (response.redirects.length > 0 && isHomePage(url, response.finalUrl)) {
      return { ...observed, live: false, reason: 'redirect_home', stated: { ...EMPTY_STATED } };
    }
    if (response.status >= 400) {
      return { ...observed, live: null, reason: `http_${response.status}`, stated: { ...EMPTY_STATED } };
    }

    let html = response.text;
    let renderedWith: PartnerPage['renderedWith'] = 'http';
    let finalUrl = response.finalUrl;
    if (isJavaScriptShell(html)) {
      if (!this.browser) {
        return { ...observed, live: null, reason: 'javascript_required', stated: { ...EMPTY_STATED } };
      }
      try {
        const rendered = await this.browser.render(response.finalUrl);
        html = rendered.html;
        finalUrl = rendered.finalUrl;
        renderedWith = 'browser';
      } catch (error) {
        return {
          ...observed,
          live: null,
          reason: 'browser_failed',
          stated: { ...EMPTY_STATED },
          error: error instanceof Error ? error.message : String(error),
        };
      }
      if (finalUrl !== response.finalUrl && isHomePage(url, finalUrl)) {
        return {
          ...observed,
          finalUrl,
          renderedWith,
          live: false,
          reason: 'redirect_home',
          stated: { ...EMPTY_STATED },
        };
      }
    }
    const reading = readPartnerPage(html);
    const live = reading.expired ? false : reading.hasOffer ? true : null;
    const reason = reading.expired ? 'expired_text' : reading.hasOffer ? 'ok' : 'no_offer_found';
    return { ...observed, finalUrl, renderedWith, live, reason, stated: reading.stated };
  }
}

/**
 * A redirect that lands on the site's front page (or a bare listing root) instead of the offer: how job boards
 * retire an offer without a 404.
 */
export function isHomePage(originalUrl: string, finalUrl: string): boolean {
  const original = new URL(originalUrl);
  const final = new URL(finalUrl);
  const segments = final.pathname.split('/').filter(Boolean);
  const originalSegments = original.pathname.split('/').filter(Boolean);
  if (segments.length >= originalSegments.length) return false;
  if (segments.length === 0) return true;
  // An offer has an id somewhere in its address; a home page or a listing root has none.
  if (/\d{3,}/.test(final.pathname + final.search)) return false;
  const ancestor =
    final.origin === original.origin && original.pathname.startsWith(final.pathname.replace(/\/?$/, '/'));
  // "/fr", "/accueil", "/offres/": a root; or the board's own front page above the offer's path.
  return ancestor || segments.length === 1;
}
