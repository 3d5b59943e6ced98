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
  /** Parts whose own query was counted: that count request, a full first page, is their first page. */
  countedParts: number;
}

export interface CountAnswer {
  total: number;
  /** Counts per value of a field, when the source gives them for free (the API's `filtresPossibles`). */
  facets?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Creation times (ms) of the offers the count request served, in the order served: where to cut date windows. */
  createdAt?: readonly number[];
}

export interface CensusSplitterOptions {
  /** Counts a query with a request for its first page (`range=0-149`), so that the page serves as well. */
  count(query: SearchQuery): Promise<CountAnswer>;
  /** Results one query can reach (3150 for the API). */
  maxResults: number;
  /** Results a page holds: parts are packed so that their sizes come close to multiples of it. @default 150 */
  pageSize?: number;
  /** Dimensions to split by, in order; consecutive facet dimensions are tried together, the best first. */
  dimensions: readonly SplitDimension[];
  /** Département codes to split by. @default DEPARTEMENTS */
  departements?: readonly string[];
  /** Contract types to try when the source gives no facet. @default CONTRACT_TYPES */
  contractTypes?: readonly string[];
  /** Oldest creation date a window starts at. @default 2000-01-01 */
  earliest?: Date;
  /** Share of a part date windows aim at: the served dates are a sample, so a window may come out bigger. @default DATE_FILL */
  dateFill?: number;
  /** Newest creation date a window ends at. @default tomorrow */
  latest?: Date;
  /**
   * Told of each part as soon as it is decided. `counted`: the part's own query was counted, so the count
   * request was the part's first page and need not be fetched again.
   */
  onPart?(part: CensusPart, counted: boolean): Promise<void> | void;
  /** Told of each counted query that had to be split: its first page will not be needed. */
  onSplit?(query: SearchQuery): void;
}

/** The fields the API counts in `filtresPossibles`, the search parameter each filters on, and whether that parameter takes a comma list. */
const FACETS: Readonly<Record<string, { list: boolean }>> = {
  typeContrat: { list: true },
  natureContrat: { list: false },
  experience: { list: false },
  qualification: { list: false },
};

function isFacetDimension(dimension: SplitDimension): boolean {
  return dimension in FACETS;
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

/** A child of a split: counted (it has its own answer) or known from the parent's facets only. */
interface Child {
  query: SearchQuery;
  total: number;
  answer?: CountAnswer;
}

/**
 * Splits a query until every part fits under the source's limit, so that a census can page through all of it,
 * spending as few requests as it can: every count is a full first page, kept as the part's first page when the
 * query needs no further split. A split is kept only when its parts' counts add up to the parent's: by
 * département first (offers abroad belong to none, so it may not add up), then by the facets every answer
 * carries (contract type, nature, experience, qualification: the one whose values pack into the fewest pages,
 * small contract types combined in comma lists, with no count request for a part the facets already measure),
 * then creation-date windows cut where the served offers' dates say the counts balance. The parts and their sum
 * are the proof of coverage the audit records.
 */
export async function planCensus(root: SearchQuery, options: CensusSplitterOptions): Promise<CensusPlan> {
  let countRequests = 0;
  let countedParts = 0;
  const count = async (query: SearchQuery): Promise<CountAnswer> => {
    countRequests++;
    return options.count(query);
  };
  const capped: CensusPart[] = [];
  const rootAnswer = await count(root);

  const addPart = async (part: CensusPart, counted: boolean): Promise<CensusPart[]> => {
    if (counted) countedParts++;
    await options.onPart?.(part, counted);
    return [part];
  };

  const visit = async (query: SearchQuery, answer: CountAnswer, from: number): Promise<CensusPart[]> => {
    if (answer.total === 0) return [];
    if (answer.total <= options.maxResults) return addPart({ query, count: answer.total }, true);
    for (let index = from; index < options.dimensions.length; index++) {
      const dimension = options.dimensions[index]!;
      let children: Child[] | undefined;
      if (isFacetDimension(dimension)) {
        const group = facetGroup(options.dimensions, index);
        const facetSplit = bestFacetSplit(group, query, answer, options);
        // Date windows cut at the served dates' quantiles may cost fewer requests than a lopsided facet.
        const windows = options.dimensions.includes('creationDate')
          ? dateSplitCost(query, answer, options)
          : Number.POSITIVE_INFINITY;
        if (facetSplit && facetSplit.cost <= windows) children = facetSplit.children;
        else if (!facetSplit && group.includes('typeContrat') && !answer.facets?.get('typeContrat')?.size) {
          // Without facets (the website), contract types are still counted one by one.
          children = await splitBy('typeContrat', query, answer, options, count);
        }
      } else {
        children = await splitBy(dimension, query, answer, options, count);
      }
      if (!children) continue;
      const sum = children.reduce((total, child) => total + child.total, 0);
      // Windows sharing a boundary second may count an offer twice; any other dimension must add up exactly.
      const covers = dimension === 'creationDate' ? sum >= answer.total : sum === answer.total;
      if (!covers) continue;
      options.onSplit?.(query);
      // A facet split fixes its field in the children's queries, so trying the same group again ends. A date
      // window that still holds too many may be split by the facets of its own answer (their counts are exact,
      // so they pack closer to full pages than halving the window again); never again by département.
      const next =
        dimension === 'creationDate'
          ? firstFacetIndex(options.dimensions, index)
          : isFacetDimension(dimension)
            ? index
            : index + 1;
      // Children are planned side by side (the rate limiter sets the pace); their parts keep the split's order.
      const lists = await Promise.all(
        children.map(async (child) => {
          if (child.answer) return visit(child.query, child.answer, next);
          if (child.total <= options.maxResults)
            return addPart({ query: child.query, count: child.total }, false);
          return visit(child.query, await count(child.query), next);
        }),
      );
      return lists.flat();
    }
    const part = { query, count: answer.total };
    capped.push(part);
    return addPart(part, true);
  };

  const parts = await visit(root, rootAnswer, 0);
  return {
    total: rootAnswer.total,
    parts,
    sum: parts.reduce((total, part) => total + part.count, 0),
    capped,
    countRequests,
    countedParts,
  };
}

/** The first facet dimension, or `fallback` when there is none. */
function firstFacetIndex(dimensions: readonly SplitDimension[], fallback: number): number {
  const first = dimensions.findIndex(isFacetDimension);
  return first < 0 ? fallback : first;
}

/** The facet dimensions listed together from `index` on. */
function facetGroup(dimensions: readonly SplitDimension[], index: number): SplitDimension[] {
  const group: SplitDimension[] = [];
  for (let i = index; i < dimensions.length && isFacetDimension(dimensions[i]!); i++)
    group.push(dimensions[i]!);
  return group;
}

/**
 * The split by one facet that costs the fewest requests, and its estimated cost in requests: its values' counts
 * are known, so a group of values that fits becomes a part with no count request, and a value that does not fit
 * is counted and split again.
 */
function bestFacetSplit(
  dimensions: readonly SplitDimension[],
  query: SearchQuery,
  answer: CountAnswer,
  options: CensusSplitterOptions,
): { children: Child[]; cost: number } | undefined {
  const pageSize = options.pageSize ?? 150;
  let best: { name: string; groups: Group[]; cost: number } | undefined;
  for (const name of dimensions) {
    const { list } = FACETS[name]!;
    const current = query[name];
    if (current !== undefined && (!list || !current.includes(','))) continue;
    const facet = answer.facets?.get(name);
    if (!facet) continue;
    const allowed = current?.split(',');
    const entries = [...facet].filter(([value, total]) => total > 0 && (!allowed || allowed.includes(value)));
    if (entries.length < 2) continue;
    if (entries.reduce((sum, [, total]) => sum + total, 0) !== answer.total) continue;
    const groups = packValues(entries, list, options.maxResults, pageSize);
    const cost = groups.reduce(
      (sum, group) =>
        sum +
        (group.total <= options.maxResults
          ? Math.ceil(group.total / pageSize)
          : BIG_PENALTY + splitPagesEstimate(group.total, options.maxResults, pageSize, fillOf(options))),
      0,
    );
    if (!best || cost < best.cost) best = { name, groups, cost };
  }
  if (!best) return undefined;
  const { name } = best;
  return {
    cost: best.cost,
    children: best.groups.map((group) => ({
      query: { ...query, [name]: group.values.join(',') },
      total: group.total,
    })),
  };
}

/** Requests to page through `total` results split into windows of `DATE_FILL` of a part: half a page lost in each. */
/**
 * A facet value too big for one part costs its count request and more: its own split leaves small remainders.
 * Measured on the million-offer replica (`npm run bench -- --only census-plan`): 4 beats 1, 2 and 10.
 */
const BIG_PENALTY = 4;
/** Date windows aim at 90 % of a part: the served dates are a sample of 150, so a window may come out bigger. */
export const DATE_FILL = 0.9;

function fillOf(options: CensusSplitterOptions): number {
  return options.dateFill ?? DATE_FILL;
}

function splitPagesEstimate(total: number, maxResults: number, pageSize: number, fill: number): number {
  return total / pageSize + Math.ceil(total / (maxResults * fill)) / 2;
}

/** What splitting into date windows is expected to cost: the windows' pages, and some windows split again. */
function dateSplitCost(query: SearchQuery, answer: CountAnswer, options: CensusSplitterOptions): number {
  if (
    query.minCreationDate === undefined &&
    query.maxCreationDate === undefined &&
    !answer.createdAt?.length
  ) {
    return Number.POSITIVE_INFINITY;
  }
  const pageSize = options.pageSize ?? 150;
  const sampled = (answer.createdAt?.length ?? 0) >= 8 && !isSorted(answer.createdAt ?? []);
  const windows = Math.ceil(answer.total / (options.maxResults * fillOf(options)));
  return (
    splitPagesEstimate(answer.total, options.maxResults, pageSize, fillOf(options)) +
    (sampled ? 0.2 : 2) * windows
  );
}

interface Group {
  values: string[];
  total: number;
}

/**
 * Facet values grouped into as few pages as possible: groups of at most `capacity` results whose sizes come
 * close to multiples of `pageSize` (a part's last page is the only one partly filled). A value that does not
 * fit alone is a group of its own; without comma lists every value is. A small exhaustive search (a dozen values
 * at most), bounded, after a first-fit-decreasing start.
 */
export function packValues(
  entries: ReadonlyArray<readonly [string, number]>,
  list: boolean,
  capacity: number,
  pageSize: number,
): Group[] {
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const alone = sorted.filter(([, total]) => !list || total > capacity);
  const small = list ? sorted.filter(([, total]) => total <= capacity) : [];
  const groups: Group[] = alone.map(([value, total]) => ({ values: [value], total }));
  if (small.length === 0) return groups;

  const pages = (bins: readonly number[]) => bins.reduce((sum, bin) => sum + Math.ceil(bin / pageSize), 0);
  const smallTotal = small.reduce((sum, [, total]) => sum + total, 0);
  const floor = Math.max(Math.ceil(smallTotal / pageSize), 1);
  // First fit decreasing.
  let bestAssign: number[] = [];
  const firstBins: number[] = [];
  for (const [, total] of small) {
    let bin = firstBins.findIndex((size) => size + total <= capacity);
    if (bin < 0) bin = firstBins.push(0) - 1;
    firstBins[bin]! += total;
    bestAssign.push(bin);
  }
  let bestCost = pages(firstBins) * 1000 + firstBins.length;
  let explored = 0;
  const assign: number[] = [];
  const bins: number[] = [];
  const search = (i: number): void => {
    if (explored++ > 20_000 || bestCost <= floor * 1000 + Math.ceil(smallTotal / capacity)) return;
    if (i === small.length) {
      const cost = pages(bins) * 1000 + bins.length;
      if (cost < bestCost) {
        bestCost = cost;
        bestAssign = [...assign];
      }
      return;
    }
    if (pages(bins) * 1000 >= bestCost) return;
    const total = small[i]![1];
    for (let bin = 0; bin <= bins.length; bin++) {
      const opened = bin === bins.length;
      if (!opened && bins[bin]! + total > capacity) continue;
      if (opened) bins.push(0);
      bins[bin]! += total;
      assign.push(bin);
      search(i + 1);
      assign.pop();
      bins[bin]! -= total;
      if (opened) bins.pop();
    }
  };
  search(0);
  const packed: Group[] = [];
  small.forEach(([value, total], i) => {
    const bin = bestAssign[i]!;
    packed[bin] ??= { values: [], total: 0 };
    packed[bin]!.values.push(value);
    packed[bin]!.total += total;
  });
  for (const group of packed) group.values.sort();
  return [...groups, ...packed];
}

async function splitBy(
  dimension: SplitDimension,
  query: SearchQuery,
  answer: CountAnswer,
  options: CensusSplitterOptions,
  count: (query: SearchQuery) => Promise<CountAnswer>,
): Promise<Child[] | undefined> {
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
    return countAll(
      (allowed ?? options.contractTypes ?? CONTRACT_TYPES).map((code) => ({ ...query, typeContrat: code })),
      count,
    );
  }
  if (dimension !== 'creationDate') return undefined;
  const start = query.minCreationDate
    ? Date.parse(query.minCreationDate)
    : (options.earliest ?? new Date('2000-01-01T00:00:00Z')).getTime();
  const end = query.maxCreationDate ? Date.parse(query.maxCreationDate) : defaultLatest(options);
  const cuts = dateCuts(start, end, answer, options.maxResults, fillOf(options));
  if (cuts.length === 0) return undefined;
  const bounds = [start, ...cuts, end];
  return countAll(
    bounds
      .slice(1)
      .map((to, i) => ({ ...query, minCreationDate: apiDate(bounds[i]!), maxCreationDate: apiDate(to) })),
    count,
  );
}

/**
 * Where to cut [start, end] into windows that each fit: at the quantiles of the creation dates the count request
 * served, when they are a sample (the replica serves in no date order), into as many windows as the count needs
 * with a margin; in two halves otherwise (dates served newest first, as the real API's default order does, say
 * nothing of the older ones). Cuts are whole seconds, the API's precision; one second that still holds too many
 * cannot be split.
 */
function dateCuts(
  start: number,
  end: number,
  answer: CountAnswer,
  maxResults: number,
  fill: number,
): number[] {
  const served = (answer.createdAt ?? []).filter((time) => time >= start && time <= end);
  const windows = Math.max(2, Math.ceil(answer.total / (maxResults * fill)));
  let candidates: number[];
  if (served.length >= windows * 4 && !isSorted(served)) {
    const sorted = [...served].sort((a, b) => a - b);
    // Halfway between two served dates rather than at one: a cut second is in both windows it bounds, and one
    // that holds an offer already known to exist would be paged twice.
    candidates = Array.from({ length: windows - 1 }, (_, i) => {
      const q = Math.max(1, Math.floor(((i + 1) * sorted.length) / windows));
      return (sorted[q - 1]! + sorted[q]!) / 2;
    });
  } else {
    candidates = [(start + end) / 2];
  }
  const cuts: number[] = [];
  for (const candidate of candidates) {
    const cut = Math.floor(candidate / 1000) * 1000;
    if (cut > start && cut < end && cut > (cuts.at(-1) ?? start)) cuts.push(cut);
  }
  return cuts;
}

/** True when the times come in order (either way): then they are the ends of the list, not a sample of it. */
function isSorted(times: readonly number[]): boolean {
  let up = 0;
  let down = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! >= times[i - 1]!) up++;
    if (times[i]! <= times[i - 1]!) down++;
  }
  const pairs = times.length - 1;
  return up >= pairs * 0.95 || down >= pairs * 0.95;
}

async function countAll(
  queries: SearchQuery[],
  count: (query: SearchQuery) => Promise<CountAnswer>,
): Promise<Child[]> {
  // Sent together: the rate limiter, not this loop, decides how fast they go.
  return Promise.all(
    queries.map(async (query) => {
      const answer = await count(query);
      return { query, total: answer.total, answer };
    }),
  );
}

function defaultLatest(options: CensusSplitterOptions): number {
  if (options.latest) return options.latest.getTime();
  return Math.ceil((Date.now() + 86_400_000) / 1000) * 1000;
}

/** The API's date format: `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds. */
export function apiDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
