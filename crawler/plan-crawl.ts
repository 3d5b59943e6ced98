import { UsageError } from '../lib/errors.js';
import type { CrawlDesign, Strata } from '../model/audit.js';
import { CONTRACT_TYPES } from '../model/contract-types.js';
import type { CrawlFilters } from './crawl-options.js';
import { CRAWLER_MESSAGES } from './messages.js';
import { guardedCount, isFilterGone, type PlanNotes } from './plan-guards.js';
import { type CensusPart, type CountAnswer, DEPARTEMENTS, planCensus } from './sampling/census-splitter.js';
import { censusPages, type PagePlan } from './sampling/sample-pages.js';
import { planSimpleSample } from './sampling/simple-sample.js';
import { planStratifiedSample, type Stratum } from './sampling/stratified-sample.js';
import { type OfferSource, queryKey, type SearchQuery, type SearchResult } from './sources/source.js';

export type { CrawlDesign } from '../model/audit.js';

export interface CrawlPlan {
  /** Offers online matching the filters, as the source counted them. */
  population: number;
  pages: PagePlan[];
  /** What the audit records about the method: parts and coverage proof, strata sizes and allocation. */
  details: Record<string, unknown>;
  /** Requests the planning made (counts, each a full first page). */
  countRequests: number;
  /** Pages of `pages` already fetched by their count request and handed to `onFirstPage`. */
  prefetched: number;
  /** Those pages: their offers are stored, their items are to be enqueued done. */
  prefetchedPages: PagePlan[];
}

export interface PlanHooks {
  /**
   * A count's first page that may be a census part's first page, to store its offers, so that the page is not
   * fetched again. Called as soon as the count arrives when its query fits one part, before the split it belongs
   * to is decided (when all its siblings are counted), so that storing overlaps the counts still being asked
   * instead of following the last of them with no request to send; called when the part is decided for a part
   * that cannot fit (capped) and for a page holding offers that could not be read (their errors are recorded once,
   * by the part that holds them). Every count's offers match the root query: those of a query that ends up split
   * another way are census offers all the same. `prefetchedPages` says which pages were parts' first pages.
   */
  onFirstPage?(page: PagePlan, result: SearchResult): Promise<void>;
}

/** The filters as a search query in the API's vocabulary. */
export function rootQuery(filters: CrawlFilters = {}): SearchQuery {
  const query: Record<string, string> = {};
  if (filters.departement) query.departement = filters.departement;
  if (filters.typeContrat) query.typeContrat = filters.typeContrat;
  if (filters.publieeDepuis) query.publieeDepuis = filters.publieeDepuis;
  if (filters.motsCles) query.motsCles = filters.motsCles;
  if (filters.origine) query.origineOffre = filters.origine;
  return query;
}

/**
 * Decides what to fetch: counts, splits the population into queries small enough to page through, and draws the
 * sample. Reads only counts from the source; the pages it returns are what the frontier will hold.
 */
export async function planCrawl(
  source: OfferSource,
  design: CrawlDesign,
  filters: CrawlFilters = {},
  hooks: PlanHooks = {},
): Promise<CrawlPlan> {
  const notes: PlanNotes = { skipped: [], fallbacks: [] };
  let plan: CrawlPlan;
  try {
    plan = await planWith(source, design, filters, hooks, notes);
  } catch (error) {
    // The website's département filter may answer 410: then the search without place is what can be read.
    if (!isFilterGone(error) || !filters.departement) throw error;
    const { departement, ...rest } = filters;
    notes.fallbacks.push(
      `the website’s département filter (lieux=${departement}D) no longer answers (410): the search runs without place, over every département`,
    );
    plan = await planWith(source, design, rest, hooks, notes);
  }
  if (notes.skipped.length === 0 && notes.fallbacks.length === 0) return plan;
  return { ...plan, details: { ...plan.details, planNotes: notes } };
}

async function planWith(
  source: OfferSource,
  design: CrawlDesign,
  filters: CrawlFilters,
  hooks: PlanHooks,
  notes: PlanNotes,
): Promise<CrawlPlan> {
  const root = rootQuery(filters);
  const keepFirstPages = design.kind === 'census' && hooks.onFirstPage !== undefined;
  /** Stores of first pages, by query: each page handed to `onFirstPage` once. */
  const stores = new Map<string, Promise<void>>();
  const storeFirstPage = (query: SearchQuery, result: SearchResult): Promise<void> => {
    const key = queryKey(query);
    let stored = stores.get(key);
    if (!stored) {
      const [page] = censusPages([{ query, count: result.total }], source.pageSize, source.maxResults);
      stored = page ? hooks.onFirstPage!(page, result) : Promise.resolve();
      // Awaited by the part, or with the others before the plan returns: a failure fails the plan then.
      stored.catch(() => {});
      stores.set(key, stored);
    }
    return stored;
  };
  const memo = memoisedCount(source, (query, result) => {
    if (
      keepFirstPages &&
      result.total > 0 &&
      result.total <= source.maxResults &&
      result.rejected.length === 0
    )
      void storeFirstPage(query, result);
  });
  const { firstPages, requests } = memo;
  const count = guardedCount(memo.count, root, notes);
  const departements = source.referential ? await source.referential('departements') : [...DEPARTEMENTS];
  const prefetchedPages: PagePlan[] = [];
  const splitOptions = {
    count,
    maxResults: source.maxResults,
    pageSize: source.pageSize,
    dimensions: source.splitDimensions,
    departements: departements.length > 0 ? departements : [...DEPARTEMENTS],
    onSplit: (query: SearchQuery) => {
      firstPages.delete(queryKey(query));
    },
    onPart: async (part: CensusPart, counted: boolean) => {
      const key = queryKey(part.query);
      const result = firstPages.get(key);
      firstPages.delete(key);
      if (!counted || !keepFirstPages || !result) return;
      const [page] = censusPages([part], source.pageSize, source.maxResults);
      if (!page) return;
      await storeFirstPage(part.query, result);
      prefetchedPages.push(page);
    },
  };

  if (design.kind !== 'stratified') {
    const census = await planCensus(root, splitOptions);
    firstPages.clear();
    // Pages stored for queries that were split another way included: nothing is left running behind the plan.
    await Promise.all(stores.values());
    const proof = {
      total: census.total,
      sumOfParts: census.sum,
      // Creation-date windows share their boundary second (so that none is lost whatever the API's rounding): an
      // offer created in that very second is counted in both windows, and stored once.
      covered: census.sum >= census.total && census.capped.length === 0,
      boundaryOverlap: Math.max(0, census.sum - census.total),
      parts: census.parts.map((part) => ({ query: part.query, count: part.count })),
      capped: census.capped.map((part) => ({ query: part.query, count: part.count })),
      countRequests: census.countRequests,
    };
    if (design.kind === 'census') {
      return {
        population: census.total,
        pages: censusPages(census.parts, source.pageSize, source.maxResults),
        details: { census: proof },
        countRequests: requests(),
        prefetched: prefetchedPages.length,
        prefetchedPages,
      };
    }
    const sample = planSimpleSample(
      census.parts,
      design.sampleSize,
      design.seed,
      source.pageSize,
      source.maxResults,
    );
    return {
      population: census.total,
      pages: sample.pages,
      details: {
        sample: {
          population: sample.population,
          size: sample.size,
          weight: sample.weight,
          seed: design.seed,
        },
        frame: proof,
      },
      countRequests: requests(),
      prefetched: 0,
      prefetchedPages: [],
    };
  }

  const strata: Stratum[] = [];
  for (const { name, query } of await strataQueries(
    source,
    design.strata,
    root,
    count,
    splitOptions.departements,
  )) {
    const census = await planCensus(query, splitOptions);
    firstPages.clear();
    if (census.total > 0) strata.push({ name, size: census.total, parts: census.parts });
  }
  const rootCount = await count(root);
  const plan = planStratifiedSample(
    strata,
    design.sampleSize,
    design.allocation,
    design.seed,
    source.pageSize,
    source.maxResults,
  );
  return {
    population: rootCount.total,
    pages: plan.pages,
    details: {
      stratified: {
        strata: design.strata,
        allocation: design.allocation,
        seed: design.seed,
        population: rootCount.total,
        sumOfStrata: plan.population,
        // Offers in no stratum (abroad, for départements) cannot be drawn; the report states how many.
        outsideStrata: Math.max(0, rootCount.total - plan.population),
        size: plan.size,
        table: plan.strata,
      },
    },
    countRequests: requests(),
    prefetched: 0,
    prefetchedPages: [],
  };
}

async function strataQueries(
  source: OfferSource,
  strata: Strata,
  root: SearchQuery,
  count: (query: SearchQuery) => Promise<CountAnswer>,
  departements: readonly string[],
): Promise<Array<{ name: string; query: SearchQuery }>> {
  if (strata === 'departement') {
    const values = root.departement ? root.departement.split(',') : departements;
    return values.map((code) => ({ name: code, query: { ...root, departement: code } }));
  }
  if (strata === 'typeContrat') {
    let values = root.typeContrat?.split(',');
    if (!values) {
      const facet = (await count(root)).facets?.get('typeContrat');
      values = facet && facet.size > 0 ? [...facet.keys()].sort() : [...CONTRACT_TYPES];
    }
    return values.map((code) => ({ name: code, query: { ...root, typeContrat: code } }));
  }
  if (source.kind === 'site') {
    throw new UsageError(CRAWLER_MESSAGES.siteCannotStratifyByOrigin());
  }
  const values = root.origineOffre ? [root.origineOffre] : ['1', '2'];
  return values.map((code) => ({
    name: code === '1' ? 'france_travail' : 'partner',
    query: { ...root, origineOffre: code },
  }));
}

/**
 * Counts a query once per plan (the splitter and the strata ask for the same counts more than once). A count is
 * a request for the query's first page, a full one: its offers are kept, by query, until the splitter says
 * whether the query is a part (its first page is then this one) or is split further (the page is dropped).
 */
function memoisedCount(
  source: OfferSource,
  onCounted: (query: SearchQuery, result: SearchResult) => void,
): {
  count: (query: SearchQuery) => Promise<CountAnswer>;
  firstPages: Map<string, SearchResult>;
  requests: () => number;
} {
  const cache = new Map<string, Promise<CountAnswer>>();
  const firstPages = new Map<string, SearchResult>();
  const count = (query: SearchQuery): Promise<CountAnswer> => {
    const key = queryKey(query);
    let answer = cache.get(key);
    if (!answer) {
      answer = source.search(query, 0, source.pageSize - 1).then((result) => {
        firstPages.set(key, result);
        onCounted(query, result);
        return {
          total: result.total,
          facets: result.facets,
          createdAt: result.offers.flatMap(({ offer }) => {
            const time = offer.createdAt ? Date.parse(offer.createdAt) : Number.NaN;
            return Number.isFinite(time) ? [time] : [];
          }),
        };
      });
      cache.set(key, answer);
    }
    return answer;
  };
  return { count, firstPages, requests: () => cache.size };
}
