import { describe, expect, it } from 'vitest';
import { pagesFromTruth } from '../../eval/evaluation-sets.js';
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
  /** Offers carrying a trap of real offers (issue 14 §2), by id. */
  const traps = new Set<string>();
  for (let index = 0; index < corpus.size; index++) {
    const api = corpus.offer(index, base);
    const parsed = parseApiOffer(api);
    if (!parsed.ok) continue;
    const planted = corpus.truth(index, base);
    offers.push(parsed.offer);
    truth.set(parsed.offer.id, new Set(planted.categories as CategoryId[]));
    if (planted.traps) traps.add(parsed.offer.id);
    pages.push(...pagesFromTruth(parsed.offer, planted));
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
    // The floor guards the offers WITHOUT a trap of real offers (truth.traps): the traps plant the classifier
    // gaps issue 14 §2 names (an employer named only in the text or its description → anonymous_employer;
    // "Aucune expérience requise !" read as a requirement → experience_mismatch; "Salaire minimum : 2300" with no
    // € → salary_missing; one ad per town or season → duplicate; a commune's CDD → cdd_rules), and pull the
    // precision over all offers down (0.88 when they were planted, 2026-11). That figure is printed, and scored
    // per category by `npm run eval`; raise this test to all offers once the rules of issue 14 close the gaps.
    let right = 0;
    let wrong = 0;
    let rightWithoutTraps = 0;
    let wrongWithoutTraps = 0;
    for (const [id, flags] of predicted) {
      const trapped = traps.has(id);
      for (const flag of flags) {
        if (flag.severity !== 'certain') continue;
        const correct = truth.get(id)?.has(flag.category) ?? false;
        if (correct) right++;
        else wrong++;
        if (!trapped && correct) rightWithoutTraps++;
        if (!trapped && !correct) wrongWithoutTraps++;
      }
    }
    console.log(
      `replica: ${right} certain flags right, ${wrong} wrong (${rightWithoutTraps} and ${wrongWithoutTraps} on offers without traps)`,
    );
    expect(rightWithoutTraps / Math.max(1, rightWithoutTraps + wrongWithoutTraps)).toBeGreaterThan(0.95);
  });
});
