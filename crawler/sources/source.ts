import type { Offer } from '../../model/offer.js';

/**
 * A search in the API's vocabulary (`departement`, `typeContrat`, `minCreationDate`, `maxCreationDate`,
 * `motsCles`, `publieeDepuis`, `origineOffre`). The website source translates it to its own parameters.
 */
export type SearchQuery = Readonly<Record<string, string>>;

export interface FetchedOffer {
  offer: Offer;
  /** What the source served: the API's JSON object, or the fields read from a page. */
  raw: Record<string, unknown>;
}

export interface RejectedOffer {
  id: string | null;
  cause: string;
  message: string;
}

/** What a result list shows of one offer beside its id (the website's result card). */
export interface ListedOffer {
  id: string;
  title: string | null;
  company: string | null;
  place: string | null;
}

export interface SearchResult {
  /** Offers matching the query, as the source counts them. */
  total: number;
  /** Offers served whole (API) — or only their ids (website), to be fetched one by one. */
  offers: FetchedOffer[];
  ids: string[];
  /** The website's result cards, in the page's order, for a listing that gives ids only. */
  listed?: ListedOffer[];
  rejected: RejectedOffer[];
  /** Counts per value of a field, when the source gives them (the API's `filtresPossibles`). */
  facets: Map<string, Map<string, number>>;
}

/** A way to split a query the source supports, in the order the census splitter tries them. */
export type SplitDimension =
  | 'departement'
  | 'typeContrat'
  | 'natureContrat'
  | 'experience'
  | 'qualification'
  | 'creationDate';

/**
 * What the crawler needs from a listing source: count, page through, and fetch one offer. The API and the public
 * website implement it; the rest of the crawler (splitter, samplers, frontier) never knows which it has.
 */
export interface OfferSource {
  readonly kind: 'api' | 'site';
  /** Results one search request returns at most (API 150, website 20). */
  readonly pageSize: number;
  /** Results one query can be paged to at most (API 3150); a larger query must be split. */
  readonly maxResults: number;
  /** True when search results carry ids only and each offer needs its own detail request. */
  readonly needsDetail: boolean;
  readonly splitDimensions: readonly SplitDimension[];
  /** Results `start`…`end` (inclusive, `end - start < pageSize`) of a query. */
  search(query: SearchQuery, start: number, end: number): Promise<SearchResult>;
  /** Codes of a referential ("departements", "typesContrats"), when the source publishes them. */
  referential?(name: 'departements' | 'typesContrats'): Promise<string[]>;
  /** One offer by id; null when it is no longer online. */
  fetchOffer(id: string): Promise<FetchedOffer | null>;
}

/** A query as a stable string: the same filters in any order give the same frontier key. */
export function queryKey(query: SearchQuery): string {
  return Object.keys(query)
    .sort()
    .map((name) => `${name}=${query[name]}`)
    .join('&');
}
