import { describe, expect, it } from 'vitest';
import { parseApiOffer } from '../../model/from-api-offer.js';
import type { Offer } from '../../model/offer.js';
import type { PartnerPage } from '../../model/partner-page.js';
import { CATEGORY_IDS, type CategoryId } from '../../model/taxonomy.js';
import { Corpus } from '../../replica/index.js';
import { classifyAll, formatScores, scoreCategories } from './helpers.js';

/*
 * The replica plants every category at a known rate and keeps the truth apart from the offers. Classifying its
 * corpus and comparing with the truth measures the classifiers on text they were not written against (the
 * replica's generator was written by another engineer, from the same domain notes).
 */
describe('classifiers against the replica’s planted truth', () => {
  const corpus = new Corpus({ offers: 3000, seed: 20261128 });
  const base = 'http://replica.test';
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  const truth = new Map<string, Set<CategoryId>>();
  for (let index = 0; index < corpus.size; index++) {
    const api = corpus.offer(index, base);
    const parsed = parseApiOffer(api);
    if (!parsed.ok) continue;
    const planted = corpus.truth(index, base);
    offers.push(parsed.offer);
    truth.set(parsed.offer.id, new Set(planted.categories as CategoryId[]));
    const page = pageFromTruth(parsed.offer, planted.partnerPageState, planted.contradiction);
    if (page) pages.push(page);
  }
  const predicted = classifyAll(offers, pages);
  const scores = scoreCategories(truth, predicted);

  it('prints the confusion per category', () => {
    console.log(
      `replica corpus: ${offers.length} offers, ${pages.length} partner pages\n${formatScores(scores)}`,
    );
    expect(scores).toHaveLength(CATEGORY_IDS.length);
    expect(offers.length).toBe(corpus.size);
  });

  it('keeps certain flags precise on text it was not written against', () => {
    // Pooled over categories: a loose regression guard, since the replica's generator evolves on its own.
    let right = 0;
    let wrong = 0;
    for (const [id, flags] of predicted) {
      for (const flag of flags) {
        // The replica plants no absence of working time: hours_missing is not part of its truth.
        if (flag.severity !== 'certain' || flag.category === 'hours_missing') continue;
        if (truth.get(id)?.has(flag.category)) right++;
        else wrong++;
      }
    }
    console.log(`replica: ${right} certain flags right, ${wrong} wrong`);
    expect(right / Math.max(1, right + wrong)).toBeGreaterThan(0.95);
  });
});

/** What the crawler would have stored for the offer's partner page, from the replica's truth about it. */
function pageFromTruth(
  offer: Offer,
  state: string | undefined,
  contradiction:
    | Partial<Record<'contract' | 'duration' | 'pay' | 'place', { listing: string; page: string }>>
    | undefined,
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
