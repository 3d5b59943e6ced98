import { type CountAnswer, planCensus } from '../crawler/sampling/census-splitter.js';
import { censusPages } from '../crawler/sampling/sample-pages.js';
import { API_MAX_RESULTS, API_MAX_START, API_PAGE_SIZE } from '../crawler/sources/api/ranges.js';
import type { SearchQuery } from '../crawler/sources/source.js';
import { parseSearchParameters } from '../replica/api/search-parameters.js';
import { DEPARTEMENTS } from '../replica/corpus/data/departements.js';
import { searchCorpus } from '../replica/corpus/search-corpus.js';
import { Corpus } from '../replica/index.js';
import type { Benchmark } from './benchmark.js';

/** The API source's split dimensions (crawler/sources/api/api-source.ts), without building its HTTP client. */
const API_DIMENSIONS = [
  'departement',
  'typeContrat',
  'natureContrat',
  'experience',
  'qualification',
  'creationDate',
] as const;

/**
 * The census plan of a replica of `scale` offers, no fetching: the splitter counts through the replica's own
 * search, in-process (the same parameters, counts, facets and first page an HTTP answer would carry), and the
 * requests a census would make are its counts plus every page not already served by a count. The figure is
 * those requests over the physical limit ⌈N / 150⌉ (every request a full page); the census times a user sees
 * at 3 and 10 requests a second are in the extra figures.
 */
export const benchmark: Benchmark = {
  name: 'census-plan',
  measures: 'API census plan: requests ÷ ⌈N/150⌉, no fetching',
  unit: 'ratio',
  target: { value: 1.05, kind: 'atMost' },
  defaultScale: 1_000_000,
  async run({ scale, seed }) {
    const built = Date.now();
    const corpus = new Corpus({ offers: scale, seed });
    const corpusSeconds = (Date.now() - built) / 1000;
    const now = corpus.now();
    const rules = { maxSpan: API_PAGE_SIZE, maxStart: API_MAX_START, maxEnd: API_MAX_RESULTS - 1 };
    const count = async (query: SearchQuery): Promise<CountAnswer> => {
      const parsed = parseSearchParameters(new URLSearchParams({ ...query }), now, rules);
      if (!parsed.ok) throw new Error(`the replica refused ${JSON.stringify(query)}: ${parsed.message}`);
      const result = searchCorpus(corpus, parsed.query, 0, API_PAGE_SIZE - 1);
      return {
        total: result.total,
        facets: new Map(
          result.aggregations.map((facet) => [
            facet.filtre,
            new Map(facet.agregation.map((entry) => [entry.valeurPossible, entry.nbResultats])),
          ]),
        ),
        createdAt: result.indices.map((index) => corpus.created[index]! * 1000),
      };
    };
    const started = Date.now();
    const plan = await planCensus(
      {},
      {
        count,
        maxResults: API_MAX_RESULTS,
        pageSize: API_PAGE_SIZE,
        dimensions: API_DIMENSIONS,
        departements: DEPARTEMENTS.map((departement) => departement.code),
      },
    );
    const planSeconds = (Date.now() - started) / 1000;
    const pages = censusPages(plan.parts, API_PAGE_SIZE, API_MAX_RESULTS).length;
    const requests = plan.countRequests + pages - plan.countedParts;
    const limit = Math.ceil(plan.total / API_PAGE_SIZE);
    const partlyFilled = plan.parts.filter((part) => part.count % API_PAGE_SIZE !== 0).length;
    return {
      value: requests / limit,
      extra: {
        offers: plan.total,
        sumOfParts: plan.sum,
        capped: plan.capped.length,
        requests,
        physicalLimit: limit,
        offersPerRequest: plan.total / requests,
        parts: plan.parts.length,
        countRequests: plan.countRequests,
        countPagesKept: plan.countedParts,
        countRequestsSplit: plan.countRequests - plan.countedParts,
        pageRequests: pages - plan.countedParts,
        partsWithPartPage: partlyFilled,
        minutesAt3: requests / 3 / 60,
        minutesAt10: requests / 10 / 60,
        planSeconds,
        corpusSeconds,
      },
      parameters: { pageSize: API_PAGE_SIZE, maxResults: API_MAX_RESULTS },
    };
  },
};
