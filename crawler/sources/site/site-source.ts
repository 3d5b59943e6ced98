import { FetchFailure } from '../../../lib/http/fetch-failure.js';
import type { HttpClient, HttpResponse } from '../../http/polite-fetch.js';
import type { FetchedOffer, OfferSource, SearchQuery, SearchResult, SplitDimension } from '../source.js';
import { parseDetailPage } from './parse-detail-page.js';
import { parseSearchPage } from './parse-search-page.js';

export const DEFAULT_SITE_URL = 'https://candidat.francetravail.fr';
export const SITE_PAGE_SIZE = 20;

export interface SiteSourceOptions {
  /** @default DEFAULT_SITE_URL */
  siteUrl?: string;
  /** Results a search can be paged to; the site's own limit is not documented. @default 3150 */
  maxResults?: number;
}

/**
 * The public website, for users without API credentials: search pages give ids (20 a page), each offer is then
 * read from its detail page. robots.txt is obeyed for every page.
 */
export class SiteSource implements OfferSource {
  readonly kind = 'site' as const;
  readonly needsDetail = true;
  readonly pageSize = SITE_PAGE_SIZE;
  readonly maxResults: number;
  // The site has no creation-date filter, only "published in the last n days".
  readonly splitDimensions: readonly SplitDimension[] = ['departement', 'typeContrat'];
  private readonly siteUrl: string;
  /** Tapestry keeps the search in the session: "more results" needs the cookie the first page set. */
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly http: HttpClient,
    options: SiteSourceOptions = {},
  ) {
    this.siteUrl = (options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
    this.maxResults = options.maxResults ?? 3150;
  }

  async search(query: SearchQuery, start: number, end: number): Promise<SearchResult> {
    const params = siteParams(query);
    params.set('range', `${start}-${end}`);
    const response = await this.get(`${this.siteUrl}/offres/recherche?${params}`);
    if (response.status === 410 && params.has('lieux')) {
      // Reported in 2026: `lieux=74D` may redirect to a page answering 410. Planning falls back without it.
      throw new FetchFailure(
        'filter_gone',
        `the website no longer answers the place filter lieux=${params.get('lieux')} (HTTP 410)`,
        response.finalUrl,
        410,
      );
    }
    if (response.status !== 200) {
      throw new FetchFailure(
        `http_${response.status}`,
        `search page: HTTP ${response.status}`,
        response.finalUrl,
        response.status,
      );
    }
    const page = readPage(() => parseSearchPage(response.text), response.finalUrl);
    if (page.total === null) {
      throw new FetchFailure(
        'unexpected_page',
        'the search page shows no result count',
        response.finalUrl,
        200,
      );
    }
    const ids = page.items.map((item) => item.id);
    return { total: page.total, offers: [], ids, listed: page.items, rejected: [], facets: new Map() };
  }

  async fetchOffer(id: string): Promise<FetchedOffer | null> {
    const url = `${this.siteUrl}/offres/recherche/detail/${encodeURIComponent(id)}`;
    const response = await this.get(url);
    if (response.status === 404 || response.status === 410) return null;
    if (response.status !== 200) {
      throw new FetchFailure(
        `http_${response.status}`,
        `detail page: HTTP ${response.status}`,
        response.finalUrl,
        response.status,
      );
    }
    const parsed = readPage(() => parseDetailPage(response.text, id, url), response.finalUrl);
    if (!parsed.ok) {
      if (parsed.expired) return null;
      throw new FetchFailure('unreadable_page', parsed.reason, response.finalUrl, 200);
    }
    return { offer: parsed.offer, raw: parsed.raw };
  }

  private async get(url: string): Promise<HttpResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.http.request({
      url,
      obeyRobots: true,
      headers: { accept: 'text/html', 'accept-language': 'fr-FR,fr;q=0.9', ...(cookie ? { cookie } : {}) },
      // A page cut short loses its closing tags; one without them is retried like a reset connection.
      validate: (answer) =>
        answer.status === 200 && !/<\/html>\s*$/i.test(answer.text.trimEnd()) ? 'truncated_body' : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }
}

/**
 * The API's vocabulary in the website's: `departement=74` → `lieux=74D`, `publieeDepuis` → `emission`,
 * `natureContrat` → `natureOffre`.
 */
export function siteParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'departement') params.set('lieux', `${value}D`);
    else if (name === 'region') params.set('lieux', `${value}R`);
    else if (name === 'commune') params.set('lieux', value);
    else if (name === 'publieeDepuis') params.set('emission', value);
    else if (name === 'natureContrat') params.set('natureOffre', value);
    else if (name === 'origineOffre') params.set('offresPartenaires', value === '1' ? 'false' : 'true');
    else params.set(name, value);
  }
  if (!params.has('offresPartenaires')) params.set('offresPartenaires', 'true');
  params.set('tri', '0');
  return params;
}

/**
 * A page the HTML library cannot read (thousands of nested elements overflow its recursion: a RangeError) fails
 * its own frontier item, recorded with its cause, instead of stopping the crawl on every resume.
 */
function readPage<T>(parse: () => T, url: string): T {
  try {
    return parse();
  } catch (error) {
    throw new FetchFailure(
      'unreadable_page',
      `the page could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
      url,
      200,
    );
  }
}
