import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { companionQuery } from '../crawler/companion-search.js';
import { drawDistinct, SeededRandom } from '../crawler/sampling/seeded-random.js';
import { type Allocation, allocate } from '../crawler/sampling/stratified-sample.js';
import type { Flag } from '../model/flag.js';
import { parseApiOffer } from '../model/from-api-offer.js';
import type { Offer } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import { CATEGORIES, type CategoryId, isGenuine } from '../model/taxonomy.js';
import { Corpus } from '../replica/index.js';
import { estimateShare, type StratumCell } from '../reports/statistics/share-estimate.js';
import { classifySet, pagesFromTruth } from './evaluation-sets.js';

/**
 * The coverage check of issue 16: N seeded stratified samples of a replica, each estimated as a report would
 * (design weights, the stratified interval), and the share of runs whose 95 % interval holds the population's
 * own figure. Two readings of "the population's figure":
 * - `planted`: every offer's value is the replica's planted truth, sampled or not: this measures the estimator
 *   and its intervals alone;
 * - `flags`: a sampled offer is judged as an audit of the sample judges it (its duplicates looked for among the
 *   sampled offers and their companions, one targeted search each, as a sampled crawl does), the population as a census judges it: this measures what a published sample figure
 *   is worth, duplicates included.
 */
export interface CoverageRow {
  figure: string;
  truthKind: 'planted' | 'flags';
  allocation: Allocation;
  /** The population's share. */
  truth: number;
  runs: number;
  covered: number;
  coverage: number;
  /** Mean of the estimates, to tell a bias from an interval too narrow. */
  meanEstimate: number;
  meanWidth: number;
}

type Judge = (flags: readonly Pick<Flag, 'category' | 'severity'>[]) => boolean;

const FIGURES: ReadonlyArray<[string, Judge]> = [
  ['genuine', (flags) => isGenuine(flags)],
  ['genuine (certain only)', (flags) => isGenuine(flags, { countLikely: false })],
  ['illegal', (flags) => flags.some((flag) => CATEGORIES[flag.category].axis === 'illegal')],
  ['misleading', (flags) => flags.some((flag) => CATEGORIES[flag.category].axis === 'misleading')],
  ['quality', (flags) => flags.some((flag) => CATEGORIES[flag.category].axis === 'quality')],
];

export interface CoverageOptions {
  offers: number;
  sampleSize: number;
  /** Look for each sampled offer's copies in the population, as a sampled crawl does. @default true */
  companions?: boolean;
  /**
   * The planted reading only: no census classification, no duplicate search, so that hundreds of seeds run in
   * seconds, enough to tell an interval that covers 95 % from one that covers 90 % (20 seeds cannot).
   */
  plantedOnly?: boolean;
  seeds: number;
  corpusSeed: number;
}

export function coverageCheck(options: CoverageOptions): CoverageRow[] {
  const corpus = new Corpus({ offers: options.offers, seed: options.corpusSeed });
  const base = 'http://replica.test';
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  const planted = new Map<string, Pick<Flag, 'category' | 'severity'>[]>();
  for (let index = 0; index < corpus.size; index++) {
    const parsed = parseApiOffer(corpus.offer(index, base));
    if (!parsed.ok) continue;
    const truth = corpus.truth(index, base);
    offers.push(parsed.offer);
    planted.set(
      parsed.offer.id,
      truth.categories.map((category) => ({
        category: category as CategoryId,
        severity: 'certain' as const,
      })),
    );
    pages.push(...pagesFromTruth(parsed.offer, truth));
  }
  const kinds = options.plantedOnly ? (['planted'] as const) : (['planted', 'flags'] as const);
  const census = options.plantedOnly ? new Map<string, Flag[]>() : classifySet(offers, pages);
  // The population by département and contract, the search's two filters, so that a search reads its own
  // bucket only (in the population's order, as the API pages it) instead of every offer.
  const searchable = new Map<string, Searchable[]>();
  for (const [order, offer] of offers.entries()) {
    const key = searchKey(offer.place.departement, offer.contract.type);
    const bucket = searchable.get(key) ?? [];
    bucket.push({ offer, order, text: plainText(`${offer.title ?? ''} ${offer.description ?? ''}`) });
    searchable.set(key, bucket);
  }
  const strata = new Map<string, Offer[]>();
  for (const offer of offers) {
    const key = offer.place.departement ?? 'hors département';
    strata.set(key, [...(strata.get(key) ?? []), offer]);
  }
  const names = [...strata.keys()].sort();
  const sizes = new Map(names.map((name) => [name, strata.get(name)?.length ?? 0]));

  const rows: CoverageRow[] = [];
  for (const allocation of ['proportional', 'equal'] as const) {
    const results = new Map<string, { covered: number; estimates: number[]; widths: number[] }>();
    for (let seed = 1; seed <= options.seeds; seed++) {
      const counts = allocate(sizes, options.sampleSize, allocation);
      const random = new SeededRandom(seed * 7919 + (allocation === 'equal' ? 1 : 0));
      const drawn: { stratum: string; offer: Offer }[] = [];
      for (const name of names) {
        const members = strata.get(name) ?? [];
        for (const index of drawDistinct(members.length, counts.get(name) ?? 0, random)) {
          const offer = members[index];
          if (offer) drawn.push({ stratum: name, offer });
        }
      }
      // A sampled offer's own flags are the census's, but for duplicates: those an audit of the sample finds
      // among the sampled offers only.
      // Then the companions, as a sampled crawl fetches them: one targeted search per sampled offer (its title's
      // words, département, contract; one page of 150), matched here over the population's titles and texts as
      // the API matches its keywords.
      const index = new DuplicateIndex();
      if (!options.plantedOnly) for (const entry of drawn) index.add(entry.offer);
      if (!options.plantedOnly && options.companions !== false) {
        for (const entry of drawn) {
          for (const companion of companionSearch(searchable, entry.offer)) index.add(companion);
        }
      }
      const sampleDuplicates = duplicateFlags(index.cluster());
      const sampleFlags = new Map(
        drawn.map(({ offer }) => {
          const own = (census.get(offer.id) ?? []).filter((flag) => flag.category !== 'duplicate');
          const duplicate = sampleDuplicates.get(offer.id);
          return [offer.id, duplicate ? [...own, duplicate] : own];
        }),
      );
      for (const truthKind of kinds) {
        const sampledValue = (offer: Offer) =>
          truthKind === 'planted' ? (planted.get(offer.id) ?? []) : (sampleFlags.get(offer.id) ?? []);
        const populationValue = (offer: Offer) =>
          truthKind === 'planted' ? (planted.get(offer.id) ?? []) : (census.get(offer.id) ?? []);
        for (const [figure, judge] of FIGURES) {
          const truth = offers.filter((offer) => judge(populationValue(offer))).length / offers.length;
          const cells: StratumCell[] = names.map((name) => {
            const inStratum = drawn.filter((entry) => entry.stratum === name);
            const size = sizes.get(name) ?? 0;
            const hits = inStratum.filter((entry) => judge(sampledValue(entry.offer))).length;
            const weight = inStratum.length > 0 ? size / inStratum.length : 0;
            return { stratum: name, sampled: inStratum.length, hits, weight: size, hitWeight: hits * weight };
          });
          const estimate = estimateShare('stratified', cells);
          const key = `${truthKind}|${figure}`;
          const result = results.get(key) ?? { covered: 0, estimates: [], widths: [] };
          const interval = estimate.interval;
          if (interval && interval.low <= truth && truth <= interval.high) result.covered++;
          result.estimates.push(estimate.share);
          result.widths.push(interval ? interval.high - interval.low : 0);
          results.set(key, result);
        }
      }
    }
    for (const truthKind of kinds) {
      for (const [figure, judge] of FIGURES) {
        const result = results.get(`${truthKind}|${figure}`);
        if (!result) continue;
        const populationValue = (offer: Offer) =>
          truthKind === 'planted' ? (planted.get(offer.id) ?? []) : (census.get(offer.id) ?? []);
        const truth = offers.filter((offer) => judge(populationValue(offer))).length / offers.length;
        const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
        rows.push({
          figure,
          truthKind,
          allocation,
          truth,
          runs: options.seeds,
          covered: result.covered,
          coverage: result.covered / options.seeds,
          meanEstimate: mean(result.estimates),
          meanWidth: mean(result.widths),
        });
      }
    }
  }
  return rows;
}

/** An offer of the population as the companion search reads it: its plain title and text, its rank. */
interface Searchable {
  offer: Offer;
  order: number;
  text: string;
}

function inPopulationOrder(buckets: readonly (readonly Searchable[])[]): Searchable[] {
  return buckets.flat().sort((a, b) => a.order - b.order);
}

function searchKey(departement: string | null | undefined, contract: string | null | undefined): string {
  return JSON.stringify([departement ?? null, contract ?? null]);
}

function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The companion search of a sampled offer (crawler/companion-search.ts) over the population: its first page. */
function companionSearch(searchable: ReadonlyMap<string, readonly Searchable[]>, sampled: Offer): Offer[] {
  const query = companionQuery(sampled);
  if (!query) return [];
  const words = (query.motsCles ?? '').split(',');
  const found: Offer[] = [];
  // A query with both filters reads its bucket; one without (an offer with no département or contract) reads
  // every bucket, filtered as the API would.
  const buckets =
    query.departement && query.typeContrat
      ? [searchable.get(searchKey(query.departement, query.typeContrat)) ?? []]
      : [...searchable.values()];
  const candidates = buckets.length === 1 ? (buckets[0] ?? []) : inPopulationOrder(buckets);
  for (const { offer, text } of candidates) {
    if (offer.id === sampled.id) continue;
    if (query.departement && offer.place.departement !== query.departement) continue;
    if (query.typeContrat && offer.contract.type !== query.typeContrat) continue;
    if (!words.every((word) => text.includes(word))) continue;
    found.push(offer);
    if (found.length === 150) break;
  }
  return found;
}
