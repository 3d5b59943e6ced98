import { FetchFailure } from '../../../lib/http/fetch-failure.js';
import { apiSearchBodySchema } from '../../../model/api-offer.js';
import { parseApiOffer } from '../../../model/from-api-offer.js';
import type { HttpClient, HttpResponse } from '../../http/polite-fetch.js';
import type {
  FetchedOffer,
  OfferSource,
  RejectedOffer,
  SearchQuery,
  SearchResult,
  SplitDimension,
} from '../source.js';
import { API_MAX_RESULTS, API_PAGE_SIZE, parseContentRange } from './ranges.js';
import type { TokenManager } from './token.js';

export const DEFAULT_API_URL = 'https://api.francetravail.io/partenaire/offresdemploi/v2';
export const DEFAULT_TOKEN_URL = 'https://entreprise.francetravail.fr/connexion/oauth2/access_token';

export interface ApiSourceOptions {
  /** @default DEFAULT_API_URL */
  apiUrl?: string;
  /** @default API_PAGE_SIZE (150) */
  pageSize?: number;
  /** @default API_MAX_RESULTS (3150) */
  maxResults?: number;
}

/** The "Offres d'emploi v2" API: search pages carry whole offers, so no detail request is needed. */
/** Fresh tokens asked for one request whose token the API refused (401), before the refusal is final. */
const MAX_TOKEN_RENEWALS = 3;

export class ApiSource implements OfferSource {
  readonly kind = 'api' as const;
  readonly needsDetail = false;
  readonly splitDimensions: readonly SplitDimension[] = [
    'departement',
    'typeContrat',
    'natureContrat',
    'experience',
    'qualification',
    'creationDate',
  ];
  readonly pageSize: number;
  readonly maxResults: number;
  private readonly apiUrl: string;

  constructor(
    private readonly http: HttpClient,
    private readonly token: TokenManager,
    options: ApiSourceOptions = {},
  ) {
    this.apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    this.pageSize = options.pageSize ?? API_PAGE_SIZE;
    this.maxResults = options.maxResults ?? API_MAX_RESULTS;
  }

  async search(query: SearchQuery, start: number, end: number): Promise<SearchResult> {
    const params = new URLSearchParams({ ...query, range: `${start}-${end}` });
    const { response, json } = await this.get(`/offres/search?${params}`);
    const range = parseContentRange(response.headers.get('content-range'));
    if (response.status === 204) {
      return { total: range?.total ?? 0, offers: [], ids: [], rejected: [], facets: new Map() };
    }
    this.expectOk(response, 'search');
    const body = apiSearchBodySchema.safeParse(json());
    if (!body.success) {
      throw new FetchFailure(
        'unexpected_body',
        'the search answer has no `resultats` list',
        response.finalUrl,
      );
    }
    const offers: FetchedOffer[] = [];
    const rejected: RejectedOffer[] = [];
    for (const item of body.data.resultats) {
      const parsed = parseApiOffer(item, 'api');
      if (parsed.ok) offers.push({ offer: parsed.offer, raw: item as Record<string, unknown> });
      else rejected.push({ id: idOf(item), cause: 'invalid_offer', message: parsed.reason });
    }
    const facets = new Map<string, Map<string, number>>();
    for (const filter of body.data.filtresPossibles ?? []) {
      facets.set(
        filter.filtre,
        new Map(filter.agregation.map((entry) => [entry.valeurPossible, entry.nbResultats])),
      );
    }
    // A 200 without Content-Range means everything fitted in one answer.
    const total = range?.total ?? start + offers.length + rejected.length;
    return { total, offers, ids: offers.map((item) => item.offer.id), rejected, facets };
  }

  async referential(name: 'departements' | 'typesContrats'): Promise<string[]> {
    const { response, json } = await this.get(`/referentiel/${name}`);
    this.expectOk(response, `referential ${name}`);
    const body = json();
    if (!Array.isArray(body))
      throw new FetchFailure('unexpected_body', `referential ${name} is not a list`, response.finalUrl);
    return body.flatMap((entry) =>
      entry && typeof entry === 'object' && typeof (entry as { code?: unknown }).code === 'string'
        ? [(entry as { code: string }).code]
        : [],
    );
  }

  async fetchOffer(id: string): Promise<FetchedOffer | null> {
    const { response, json } = await this.get(`/offres/${encodeURIComponent(id)}`);
    // An expired id has been seen answered both ways.
    if (response.status === 204 || response.status === 404 || response.status === 410) return null;
    this.expectOk(response, 'detail');
    const item = json();
    const parsed = parseApiOffer(item, 'api');
    if (!parsed.ok)
      throw new FetchFailure('invalid_offer', parsed.reason, response.finalUrl, response.status);
    // parseApiOffer leaves its input as it was: the object parsed from the answer is the raw JSON.
    return { offer: parsed.offer, raw: item as Record<string, unknown> };
  }

  // robots.txt is not consulted here: the API host forbids crawlers as a whole because the API is meant for
  // authenticated clients like this one, within its rate limit, not for crawling.
  // A successful answer is parsed once, by the check that it is JSON; `json()` hands that value on (and parses
  // the text itself only for an answer the check did not see, such as an error's body).
  private async get(path: string): Promise<{ response: HttpResponse; json: () => unknown }> {
    const url = `${this.apiUrl}${path}`;
    for (let renewals = 0; ; renewals++) {
      const token = await this.token.get();
      let checked: { text: string; value: unknown } | undefined;
      const response = await this.http.request({
        url,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        validate: (answer) => {
          if (answer.status !== 200 && answer.status !== 206) return undefined;
          const value = parseJsonObject(answer.text);
          if (value === undefined) return 'malformed_json';
          checked = { text: answer.text, value };
          return undefined;
        },
      });
      // A token can be refused before its announced expiry (revoked, clock skew), or expire while one request
      // waits out its retries (tokens of a few seconds, 5xx bursts): renew it, a few times at most, so that
      // credentials the API refuses still stop the crawl at once rather than loop.
      if (response.status === 401 && renewals < MAX_TOKEN_RENEWALS) {
        this.token.invalidate(token);
        continue;
      }
      const json = () =>
        checked !== undefined && checked.text === response.text
          ? checked.value
          : (JSON.parse(response.text) as unknown);
      return { response, json };
    }
  }

  private expectOk(response: HttpResponse, what: string): void {
    if (response.status === 200 || response.status === 206) return;
    let message = `HTTP ${response.status}`;
    try {
      const body = JSON.parse(response.text) as { message?: unknown; codeErreur?: unknown };
      if (typeof body.message === 'string') message += `: ${body.message}`;
    } catch {
      // Not JSON: the status says enough.
    }
    if (response.status === 400) {
      // One query of a crawl can be refused while the rest is fine (a range, a code the search rejects): the
      // item fails with the API's own words. Planning turns a refused root query into a usage error.
      throw new FetchFailure(
        'query_refused',
        `the France Travail API refused the ${what} (${message})`,
        response.finalUrl,
        400,
        1,
        'filters',
      );
    }
    if (response.status === 401 || response.status === 403) {
      throw new FetchFailure(
        `http_${response.status}`,
        `the France Travail API refused the token (${message})`,
        response.finalUrl,
        response.status,
        1,
        'subscription',
      );
    }
    throw new FetchFailure(
      `http_${response.status}`,
      `${what}: ${message}`,
      response.finalUrl,
      response.status,
    );
  }
}

/** The JSON object or array the text holds, or undefined when it holds anything else. */
function parseJsonObject(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

function idOf(item: unknown): string | null {
  if (item && typeof item === 'object' && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}
