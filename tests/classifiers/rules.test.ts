import { describe, expect, it } from 'vitest';
import { prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { runRule, runRules } from '../../classifiers/engine/text-rules.js';
import { CLAUSE_RULES } from '../../classifiers/rules/index.js';
import { CATEGORIES } from '../../model/taxonomy.js';
import { loadCorpus, loadSamples } from './helpers.js';
import { offerFromExample } from './offer-builder.js';

describe('clause rules are data with their own examples', () => {
  it('have unique ids prefixed by their category, a French explanation and a reference', () => {
    const ids = CLAUSE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CLAUSE_RULES) {
      expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
      expect(CATEGORIES[rule.category]).toBeDefined();
      expect(rule.explanation.length, rule.id).toBeGreaterThan(40);
      expect(rule.reference, rule.id).toMatch(/Code du travail|Cass\./);
      expect(rule.examples.positive.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.negative.length, rule.id).toBeGreaterThan(0);
      for (const pattern of rule.patterns) expect(pattern.global, `${rule.id} ${pattern}`).toBe(true);
      for (const pattern of [...(rule.negations ?? []), ...(rule.exceptions ?? [])])
        expect(pattern.global, `${rule.id} ${pattern}`).toBe(false);
    }
  });

  for (const rule of CLAUSE_RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples.positive) {
        it(`flags: ${JSON.stringify(example)}`, () => {
          const flag = runRule(rule, prepareOffer(offerFromExample(example)));
          expect(flag?.category).toBe(rule.category);
          expect(flag?.evidence.length).toBeGreaterThan(0);
        });
      }
      for (const example of rule.examples.negative) {
        it(`does not flag: ${JSON.stringify(example)}`, () => {
          expect(runRule(rule, prepareOffer(offerFromExample(example)))).toBeNull();
        });
      }
    });
  }
});

describe('trigger words never hide a match', () => {
  // The fast path only looks around trigger words; an exhaustive scan of every text must find the same flags.
  const offers = [
    ...loadCorpus().map((entry) => entry.offer),
    ...loadSamples(),
    ...CLAUSE_RULES.flatMap((rule) =>
      [...rule.examples.positive, ...rule.examples.negative].map(offerFromExample),
    ),
  ];
  it(`on ${offers.length} offers (corpus, real samples, rule examples)`, () => {
    const differences: string[] = [];
    for (const offer of offers) {
      const prepared = prepareOffer(offer);
      const fast = runRules(CLAUSE_RULES, prepared).map((flag) => flag.rule);
      const full = runRules(CLAUSE_RULES, prepared, { exhaustive: true }).map((flag) => flag.rule);
      if (fast.join() !== full.join()) differences.push(`${offer.id}: ${fast} vs ${full}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('no catastrophic backtracking', () => {
  // Repeated near-matches of each rule, 50,000 characters long: every pattern must finish (linear or close).
  const fragments = [
    'moins de 3',
    'age de 20 a ',
    'jeune ',
    'recherche une ',
    'casier judiciaire ',
    'frais de ',
    "journee d'essai non ",
    'statut auto-entrepreneur ',
    'fonds de commerce ',
    'devenez votre propre ',
    '1 800 € ',
    '12 345 678,9',
    'cdd de 6 mois pouvant ',
    'a a a a a ',
    "poste base a l'",
    '35h/sem ',
    'aaaa'.repeat(20),
    '9'.repeat(30),
  ];
  for (const fragment of fragments) {
    it(`stays fast on "${fragment.slice(0, 20)}" × many`, () => {
      const text = fragment.repeat(Math.ceil(50_000 / fragment.length)).slice(0, 50_000);
      const offer = offerFromExample({ title: text.slice(0, 300), description: text });
      const started = performance.now();
      const flags = runRules(CLAUSE_RULES, prepareOffer(offer), { exhaustive: true });
      expect(Array.isArray(flags)).toBe(true);
      // Generous: a catastrophic pattern takes minutes or forever; a sound one takes milliseconds.
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  }
});
