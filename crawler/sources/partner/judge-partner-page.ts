import { EMPTY_STATED, type PartnerPage } from '../../../model/partner-page.js';
import { isJavaScriptShell } from './detect-js-shell.js';
import { readPartnerPage } from './parse-partner-page.js';

/** What any transport (the crawler's polite client, the check's guarded one) brings back from a partner URL. */
export interface PartnerResponse {
  status: number;
  finalUrl: string;
  redirects: readonly string[];
  text: string;
}

/** Renders a JavaScript-only page in a browser: the crawler's pool, or the check's guarded renderer. */
export interface PageRenderer {
  render(url: string): Promise<{ html: string; finalUrl: string }>;
}

/**
 * Decides what a partner page says about its offer, once it has been fetched: gone (404/410, a redirect to the
 * front page, "offre expirée"), live with what it states, or unknown — rendering it in a browser first when the
 * HTML is an empty JavaScript shell. One judgement for the crawler and for `vigie check`, so both agree. Never
 * throws: a failure is an observation too.
 */
export async function judgePartnerResponse(
  base: Pick<PartnerPage, 'offerId' | 'url' | 'fetchedAt'>,
  response: PartnerResponse,
  renderer: PageRenderer | null,
): Promise<PartnerPage> {
  try {
    return await judge(base, response, renderer);
  } catch (error) {
    // A hostile page (thousands of nested elements overflow the HTML library's recursion) must not stop a crawl:
    // every resume would meet it again and die on it.
    return {
      ...base,
      finalUrl: response.finalUrl,
      status: response.status,
      renderedWith: 'http',
      live: null,
      reason: 'unreadable_page',
      stated: { ...EMPTY_STATED },
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

async function judge(
  base: Pick<PartnerPage, 'offerId' | 'url' | 'fetchedAt'>,
  response: PartnerResponse,
  renderer: PageRenderer | null,
): Promise<PartnerPage> {
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
  if (response.redirects.length > 0 && isHomePage(base.url, response.finalUrl)) {
    return { ...observed, live: false, reason: 'redirect_home', stated: { ...EMPTY_STATED } };
  }
  if (response.status >= 400) {
    return { ...observed, live: null, reason: `http_${response.status}`, stated: { ...EMPTY_STATED } };
  }
  let html = response.text;
  let finalUrl = response.finalUrl;
  let renderedWith: PartnerPage['renderedWith'] = 'http';
  if (isJavaScriptShell(html)) {
    if (!renderer) {
      return { ...observed, live: null, reason: 'javascript_required', stated: { ...EMPTY_STATED } };
    }
    try {
      const rendered = await renderer.render(response.finalUrl);
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
    if (finalUrl !== response.finalUrl && isHomePage(base.url, finalUrl)) {
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
