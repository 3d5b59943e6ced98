import { readFileSync } from 'node:fs';
import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { classifyOffer, defaultContext } from '../classifiers/index.js';
import type { Flag, Severity } from '../model/flag.js';
import { parseApiOffer } from '../model/from-api-offer.js';
import type { Offer } from '../model/offer.js';
import { type PartnerPage, partnerPageSchema } from '../model/partner-page.js';
import { CATEGORIES, type CategoryId } from '../model/taxonomy.js';
import { Corpus } from '../replica/index.js';
import { readGoldSet, type Truth, truthOfGoldSet } from './gold-set.js';

/** One set of offers with a truth about them, and what Vigie says of them. */
export interface EvaluationSet {
  name: string;
  description: string;
  truth: Truth;
  predicted: Map<string, Flag[]>;
  /** Categories the set's truth does not speak of (scored as "not measured", never as zero). */
  unmeasured: readonly CategoryId[];
}

const REAL_OFFERS_PATH = new URL(
  '../tests/fixtures/real-offers/api-offers-74-2025-08.jsonl',
  import.meta.url,
);
const LABELLED_CORPUS_PATH = new URL('../tests/classifiers/corpus/labelled-offers.jsonl', import.meta.url);

/** Every flag of every offer, duplicates within the set included, as `vigie classify --file` gives them. */
export function classifySet(
  offers: readonly Offer[],
  pages: readonly PartnerPage[] = [],
): Map<string, Flag[]> {
  const index = new DuplicateIndex();
  for (const offer of offers) index.add(offer);
  const duplicates = duplicateFlags(index.cluster());
  const context = defaultContext({ partnerPages: pages });
  const result = new Map<string, Flag[]>();
  for (const offer of offers) {
    const flags = classifyOffer(offer, context);
    const duplicate = duplicates.get(offer.id);
    if (duplicate) flags.push(duplicate);
    result.set(offer.id, flags);
  }
  return result;
}

function readJsonLines(path: URL): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The 665 real offers of département 74 (August 2025) and their gold labels. */
export function realGoldSet(): EvaluationSet {
  const gold = readGoldSet();
  const offers = readJsonLines(REAL_OFFERS_PATH).flatMap((raw) => {
    const parsed = parseApiOffer(raw);
    return parsed.ok ? [parsed.offer] : [];
  });
  const labelled = new Set(gold.map((entry) => entry.id));
  const missing = offers.filter((offer) => !labelled.has(offer.id));
  if (missing.length > 0) throw new Error(`gold set: ${missing.length} real offers have no labels`);
  return {
    name: 'real',
    description: `${offers.length} real offers (France Travail API, département 74, August 2025), gold labels`,
    truth: truthOfGoldSet(gold),
    predicted: classifySet(offers),
    // No partner page was visited when these offers were saved: a dead link cannot be judged from the listing.
    unmeasured: ['dead_link'],
  };
}

/** The hand-written labelled corpus of textbook cases and their traps (`tests/classifiers/corpus/`). */
export function labelledCorpusSet(): EvaluationSet {
  const truth = new Map<string, Map<CategoryId, Severity>>();
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  for (const raw of readJsonLines(LABELLED_CORPUS_PATH)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { _expected, _note, _partnerPages, ...api } = raw as Record<string, unknown>;
    const parsed = parseApiOffer(api, 'file');
    if (!parsed.ok) throw new Error(`labelled corpus: offer rejected: ${parsed.reason}`);
    offers.push(parsed.offer);
    const expected = Array.isArray(_expected)
      ? _expected.filter((c): c is CategoryId => typeof c === 'string')
      : [];
    // The corpus records categories, not severities.
    truth.set(parsed.offer.id, new Map(expected.map((category) => [category, 'certain' as const])));
    for (const page of Array.isArray(_partnerPages) ? _partnerPages : [])
      pages.push(partnerPageSchema.parse(page));
  }
  return {
    name: 'corpus',
    description: `${offers.length} hand-written offers (textbook cases and traps)`,
    truth,
    predicted: classifySet(offers, pages),
    unmeasured: [],
  };
}

/** The replica's generated offers and the categories it planted, with the partner pages its truth describes. */
export function replicaTruthSet(size = 3000, seed = 20261128): EvaluationSet {
  const corpus = new Corpus({ offers: size, seed });
  const base = 'http://replica.test';
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  const truth = new Map<string, Map<CategoryId, Severity>>();
  for (let index = 0; index < corpus.size; index++) {
    const parsed = parseApiOffer(corpus.offer(index, base));
    if (!parsed.ok) continue;
    const planted = corpus.truth(index, base);
    offers.push(parsed.offer);
    truth.set(
      parsed.offer.id,
      // The replica may plant a category the taxonomy has not gained yet (`hours_missing`): scored once it has.
      new Map(
        planted.categories
          .filter((category): category is CategoryId => category in CATEGORIES)
          .map((category) => [category, 'certain' as const]),
      ),
    );
    pages.push(...pagesFromTruth(parsed.offer, planted));
  }
  return {
    name: 'replica',
    description: `${offers.length} replica offers (seed ${seed}), planted truth`,
    truth,
    predicted: classifySet(offers, pages),
    // The replica plants no working-time absence as a defect: hours_missing is not part of its truth.
    unmeasured: ['hours_missing'],
  };
}

type Contradiction = Partial<
  Record<'contract' | 'duration' | 'pay' | 'place', { listing: string; page: string }>
>;

/** What the replica's truth says of an offer's links: its partner page, and its application site. */
export interface LinkTruth {
  partnerPageState?: string | undefined;
  contradiction?: Contradiction | undefined;
  applicationLink?: { url: string; state: string; dead: boolean } | undefined;
}

/** Every page the crawler would have stored for the offer, from the replica's truth: partner copy, application site. */
export function pagesFromTruth(offer: Offer, truth: LinkTruth): PartnerPage[] {
  const pages: PartnerPage[] = [];
  const partner = pageFromTruth(offer, truth.partnerPageState, truth.contradiction);
  if (partner) pages.push(partner);
  const application = truth.applicationLink;
  if (application) {
    const status = { gone_404: 404, expired_410: 410, redirect_home: 302 }[application.state] ?? 200;
    pages.push({
      offerId: offer.id,
      url: application.url,
      kind: 'application',
      finalUrl: application.url,
      status,
      live: !application.dead,
      reason: application.dead ? (status === 302 ? 'redirect_home' : `http_${status}`) : 'ok',
      renderedWith: 'http',
      stated: { title: null, contract: null, duration: null, pay: null, place: null, hours: null },
      error: null,
      fetchedAt: '2026-11-15T12:00:00.000Z',
    });
  }
  return pages;
}

/** What the crawler would have stored for the offer's partner page, from the replica's truth about it. */
export function pageFromTruth(
  offer: Offer,
  state: string | undefined,
  contradiction: Contradiction | undefined,
): PartnerPage | null {
  if (!state) return null;
  const url = offer.origin.partners[0]?.url ?? offer.contact.applyUrl ?? `${offer.id}.partner.test`;
  const dead = state === 'expired_410' || state === 'expired_text' || state === 'redirect_home';
  return {
    offerId: offer.id,
    url,
    finalUrl: url,
    status: state === 'expired_410' ? 410 : 200,
    live: !dead,
    reason: dead ? state : 'ok',
    renderedWith: state === 'js_only' ? 'browser' : 'http',
    stated: {
      title: null,
      contract: contradiction?.contract?.page ?? null,
      duration: contradiction?.duration?.page ?? null,
      pay: contradiction?.pay?.page ?? null,
      place: contradiction?.place?.page ?? null,
      hours: null,
    },
    error: null,
    fetchedAt: '2026-11-15T12:00:00.000Z',
  };
}
