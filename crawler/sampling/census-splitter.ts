import { CONTRACT_TYPES } from '../../model/contract-types.js';
import type { SearchQuery, SplitDimension } from '../sources/source.js';

/** A query small enough to page through to the end. */
export interface CensusPart {
  query: SearchQuery;
  count: number;
}

export interface CensusPlan {
  /** Offers the root query matches, as the source counted them. */
  total: number;
  parts: CensusPart[];
  /** Sum of the parts' counts: equal to `total` when the split covers the population exactly. */
  sum: number;
  /** Parts that could not be split below the limit: only their first `maxResults` offers can be reached. */
  capped: CensusPart[];
  /** Count requests the planning cost. */
  countRequests: number;
}

export interface CountAnswer {
  total: number;
  /** Counts per value of a field, when the source gives them for free (the API's `filtresPossibles`). */
  facets?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface CensusSplitterOptions {
  count(query: SearchQuery): Promise<CountAnswer>;
  /** Results one query can reach (3150 for the API). */
  maxResults: number;
  /** Dimensions to split by, in order. */
  dimensions: readonly SplitDimension[];
  /** Département codes to split by. @default DEPARTEMENTS */
  departements?: readonly string[];
  /** Contract types to try when the source gives no facet. @default CONTRACT_TYPES */
  contractTypes?: readonly string[];
  /** Oldest creation date a window starts at. @default 2000-01-01 */
  earliest?: Date;
  /** Newest creation date a window ends at. @default tomorrow */
  latest?: Date;
}

/**
 * Every département code France Travail uses, overseas included (975, Saint-Pierre-et-Miquelon, is refused by the
 * API). The API source reads the live referential instead; this list serves the website.
 */
export const DEPARTEMENTS: readonly string[] = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((code) => code !== '20'),
  '2A',
  '2B',
  '971',
  '972',
  '973',
  '974',
  '976',
];

/**
 * Splits a query until every part fits under the source's limit, so that a census can page through all of it.
 * A split is kept only when its parts' counts add up to the parent's: by département first (cheap, and offers
 * abroad belong to none, so it may not add up), then contract type, then creation-date windows halved until
 * they fit. The parts and their sum are the proof of coverage the audit records.
 */
export async function planCensus(root: SearchQuery, options: CensusSplitterOptions): Promise<CensusPlan> {
  let countRequests = 0;
  const count = async (query: SearchQuery): Promise<CountAnswer> => {
    countRequests++;
    return options.count(query);
  };
  const parts: CensusPart[] = [];
  const capped: CensusPart[] = [];
  const rootAnswer = await count(root);

  const visit = async (query: SearchQuery, answer: CountAnswer, from: number): Promise<void> => {
    if (answer.total === 0) return;
    if (answer.total <= options.maxResults) {
      parts.push({ query, count: answer.total });
      return;
    }
    for (let index = from; index < options.dimensions.length; index++) {
      const dimension = options.dimensions[index]!;
      const children = await splitBy(dimension, query, answer, options, count);
      if (!children) continue;
      const sum = children.reduce((total, child) => total + child.answer.total, 0);
      // Windows sharing a boundary second may count an offer twice; any other dimension must add up exactly.
      const covers = dimension === 'creationDate' ? sum >= answer.total : sum === answer.total;
      if (!covers) continue;
      const next = dimension === 'creationDate' ? index : index + 1;
      for (const child of children) await visit(child.query, child.answer, next);
      return;
    }
    capped.push({ query, count: answer.total });
    parts.push({ query, count: answer.total });
  };

  await visit(root, rootAnswer, 0);
  return {
    total: rootAnswer.total,
    parts,
    sum: parts.reduce((total, part) => total + part.count, 0),
    capped,
    countRequests,
  };
}

async function splitBy(
  dimension: SplitDimension,
  query: SearchQuery,
  answer: CountAnswer,
  options: CensusSplitterOptions,
  count: (query: SearchQuery) => Promise<CountAnswer>,
): Promise<Array<{ query: SearchQuery; answer: CountAnswer }> | undefined> {
  if (dimension === 'departement') {
    if (query.departement || query.commune || query.region) return undefined;
    return countAll(
      (options.departements ?? DEPARTEMENTS).map((code) => ({ ...query, departement: code })),
      count,
    );
  }
  if (dimension === 'typeContrat') {
    if (query.typeContrat && !query.typeContrat.includes(',')) return undefined;
    const allowed = query.typeContrat ? query.typeContrat.split(',') : undefined;
    const facet = answer.facets?.get('typeContrat');
    if (facet && facet.size > 0) {
      // The facet counts come free with the parent's answer; each child is still counted when it is visited
      // only if it has to be split further.
      const entries = [...facet].filter(([code]) => !allowed || allowed.includes(code));
      return entries.map(([code, total]) => ({ query: { ...query, typeContrat: code }, answer: { total } }));
    }
    return countAll(
      (allowed ?? options.contractTypes ?? CONTRACT_TYPES).map((code) => ({ ...query, typeContrat: code })),
      count,
    );
  }
  const start = query.minCreationDate
    ? Date.parse(query.minCreationDate)
    : (options.earliest ?? new Date('2000-01-01T00:00:00Z')).getTime();
  const end = query.maxCreationDate ? Date.parse(query.maxCreationDate) : defaultLatest(options);
  // Windows are whole seconds, the API's precision; one second that still holds too many cannot be split.
  const middle = Math.floor((start + end) / 2000) * 1000;
  if (middle <= start || middle >= end) return undefined;
  return countAll(
    [
      { ...query, minCreationDate: apiDate(start), maxCreationDate: apiDate(middle) },
      { ...query, minCreationDate: apiDate(middle), maxCreationDate: apiDate(end) },
    ],
    count,
  );
}

async function countAll(
  queries: SearchQuery[],
  count: (query: SearchQuery) => Promise<CountAnswer>,
): Promise<Array<{ query: SearchQuery; answer: CountAnswer }>> {
  // Sent together: the rate limiter, not this loop, decides how fast they go.
  return Promise.all(queries.map(async (query) => ({ query, answer: await count(query) })));
}

function defaultLatest(options: CensusSplitterOptions): number {
  if (options.latest) return options.latest.getTime();
  return Math.ceil((Date.now() + 86_400_000) / 1000) * 1000;
}

/** The API's date format: `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds. */
export function apiDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
