import { describe, expect, it } from 'vitest';
import { Corpus } from '../../replica/corpus/corpus.js';
import { DEFAULT_CATEGORY_RATES } from '../../replica/corpus/data/category-rates.js';
import { OfferIds } from '../../replica/corpus/offer-ids.js';
import { normalizeWords, searchCorpus } from '../../replica/corpus/search-corpus.js';
import type { PlantedCategoryId } from '../../replica/types.js';

const BASE = 'http://replica.test';

describe('the corpus generator', () => {
  it('gives the same offers for the same seed, other offers for another seed', () => {
    const a = new Corpus({ offers: 300, seed: 11 });
    const b = new Corpus({ offers: 300, seed: 11 });
    const c = new Corpus({ offers: 300, seed: 12 });
    for (const index of [0, 1, 57, 299]) {
      expect(JSON.stringify(a.offer(index, BASE))).toBe(JSON.stringify(b.offer(index, BASE)));
      expect(a.truth(index)).toEqual(b.truth(index));
    }
    const differing = [0, 1, 2, 3, 4].filter(
      (i) => a.offer(i, BASE).description !== c.offer(i, BASE).description,
    );
    expect(differing.length).toBeGreaterThanOrEqual(4);
  });

  it('maps every index to a unique id in the real formats, and back', () => {
    const corpus = new Corpus({ offers: 5000, seed: 3 });
    const seen = new Set<string>();
    for (let i = 0; i < corpus.size; i++) {
      const id = corpus.idOf(i);
      expect(id).toMatch(corpus.origin[i] === 1 ? /^\d{3}[BCDFGHJKLMNPQRSTVWXYZ]{4}$/ : /^\d{7}$/);
      expect(corpus.indexOf(id)).toBe(i);
      seen.add(id);
    }
    expect(seen.size).toBe(corpus.size);
    expect(corpus.indexOf('000AAAA')).toBeUndefined();
    expect(new OfferIds(3).decode('not-an-id')).toBeUndefined();
  });

  it('plants every category at the requested rate, within four standard errors', () => {
    const n = 20_000;
    const rates = {
      ...DEFAULT_CATEGORY_RATES,
      age_limit: 0.05,
      dead_link: 0.08,
      duplicate: 0.15,
      salary_missing: 0.3,
    };
    const corpus = new Corpus({ offers: n, seed: 2024, rates });
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++)
      for (const category of corpus.truth(i).categories)
        counts.set(category, (counts.get(category) ?? 0) + 1);
    for (const [category, rate] of Object.entries(rates) as [PlantedCategoryId, number][]) {
      const observed = (counts.get(category) ?? 0) / n;
      const standardError = Math.sqrt((rate * (1 - rate)) / n);
      expect(Math.abs(observed - rate), `${category}: ${observed} for ${rate}`).toBeLessThanOrEqual(
        4 * standardError + 0.001,
      );
    }
    // Stability categories follow from the fields: about 45 % of offers are not CDIs in real data.
    expect((counts.get('not_cdi') ?? 0) / n).toBeGreaterThan(0.35);
    expect((counts.get('not_cdi') ?? 0) / n).toBeLessThan(0.55);
  });

  it('plants nothing when every rate is zero', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_CATEGORY_RATES).map((key) => [key, 0]));
    const corpus = new Corpus({ offers: 2000, seed: 5, rates: zero });
    for (let i = 0; i < corpus.size; i++) {
      const planted = corpus
        .truth(i)
        // The stability categories and `hours_missing` follow from the fields and the text, whatever the rates.
        .categories.filter((c) => !['not_cdi', 'part_time', 'short_contract', 'hours_missing'].includes(c));
      expect(planted).toEqual([]);
    }
  });

  it('keeps text consistent with the truth: the planted wordings are there, the clean offers carry none', () => {
    const corpus = new Corpus({
      offers: 4000,
      seed: 8,
      rates: { ...DEFAULT_CATEGORY_RATES, age_limit: 0.1, fee_requested: 0.1 },
    });
    let agePlanted = 0;
    let apprenticesBelowSmic = 0;
    for (let i = 0; i < corpus.size; i++) {
      const truth = corpus.truth(i);
      const offer = corpus.offer(i, BASE);
      const text = offer.description;
      const looksAged =
        // "Expérience de 1 à 3 ans" is a range of experience, not of age (a trap of real offers).
        /moins de \d+ ans|(?<!Expérience )de \d+ à \d+ ans|jeune exigé|ans maximum|jeune retraité|Âge souhaité/i.test(
          text,
        );
      if (!truth.trickyNegatives)
        expect(looksAged, `${truth.id} ${truth.categories}`).toBe(truth.categories.includes('age_limit'));
      if (truth.categories.includes('age_limit')) agePlanted++;
      if (truth.categories.includes('salary_missing')) {
        expect(offer.salaire.libelle).toBeUndefined();
        expect(text).not.toMatch(/\d\s?€|\d+ Euros/);
      } else if (truth.traps?.includes('amount_without_euro')) {
        // Pay stated only in the text, with no label and no € sign ("Salaire minimum : 2300").
        expect(offer.salaire.libelle).toBeUndefined();
        expect(text).toMatch(/(Salaire|Rémunération|Taux horaire)[^\n]*\d{2}/);
      } else expect(offer.salaire.libelle).toBeTruthy();
      if (truth.categories.includes('undated')) expect(offer.dateCreation).toBeUndefined();
      else expect(offer.dateCreation).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      if (truth.trickyNegatives?.includes('apprentice_pay_below_smic')) {
        expect(offer.alternance).toBe(true);
        expect(truth.categories).not.toContain('below_minimum_wage');
        apprenticesBelowSmic++;
      }
      if (truth.categories.includes('anonymous_employer')) {
        expect(offer.origineOffre.origine).toBe('2');
        expect(offer.entreprise.nom).toBeUndefined();
      }
    }
    expect(agePlanted).toBeGreaterThan(200);
    expect(apprenticesBelowSmic).toBeGreaterThan(5);
  });

  it('points each duplicate at an earlier original with an earlier creation date and a near-identical text', () => {
    const corpus = new Corpus({ offers: 6000, seed: 9 });
    let duplicates = 0;
    for (let i = 0; i < corpus.size; i++) {
      const truth = corpus.truth(i);
      if (!truth.categories.includes('duplicate')) {
        expect(truth.duplicateOf).toBeUndefined();
        continue;
      }
      duplicates++;
      const originalIndex = corpus.indexOf(truth.duplicateOf!)!;
      expect(originalIndex).toBeLessThan(i);
      expect(corpus.truth(originalIndex).categories).not.toContain('duplicate');
      expect(corpus.created[originalIndex]).toBeLessThan(corpus.created[i]!);
      const copy = corpus.offer(i, BASE);
      const original = corpus.offer(originalIndex, BASE);
      expect(copy.origineOffre.origine).toBe('2');
      expect(copy.origineOffre.partenaires?.[0]?.nom).not.toBe(original.origineOffre.partenaires?.[0]?.nom);
      expect(copy.romeCode).toBe(original.romeCode);
      expect(copy.lieuTravail.commune).toBe(original.lieuTravail.commune);
      const lines = (text: string) =>
        text
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0);
      const copied = new Set(lines(copy.description));
      const kept = lines(original.description).filter((line) => copied.has(line)).length;
      expect(kept / lines(original.description).length).toBeGreaterThanOrEqual(0.7);
    }
    expect(duplicates).toBeGreaterThan(400);
  });

  it('indexes each offer with the same fields its full plan has', () => {
    const corpus = new Corpus({ offers: 4000, seed: 12 });
    corpus.advance({ expire: 0.1, add: 0.25, modify: 0 });
    for (let i = 0; i < corpus.size; i++) {
      const plan = corpus.plan(i);
      const indexed = [
        corpus.commune[i],
        corpus.origin[i],
        corpus.job[i],
        corpus.created[i],
        corpus.partner[i],
      ];
      expect(indexed, String(i)).toEqual([
        plan.commune,
        plan.origin,
        plan.job,
        Math.floor(plan.createdAt / 1000),
        plan.partner < 0 ? 255 : plan.partner,
      ]);
      const offer = corpus.offer(i, BASE);
      expect(corpus.idOf(i)).toBe(offer.id);
      expect(offer.typeContrat).toBe(plan.contract);
      expect(corpus.namedCommune[i] === 1).toBe(offer.lieuTravail.commune !== undefined);
    }
  });

  it('indexes 1,000,000 offers with a few bytes each, and writes any of them on demand', () => {
    const before = process.memoryUsage().heapUsed;
    const corpus = new Corpus({ offers: 1_000_000, seed: 1 });
    expect(corpus.size).toBe(1_000_000);
    expect(corpus.offer(999_999, BASE).id).toBe(corpus.idOf(999_999));
    expect(corpus.truth(123_456).id).toBe(corpus.idOf(123_456));
    // Typed arrays live outside the JS heap; the heap must not hold offers.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(80_000_000);
  });

  it('moves to a new epoch deterministically: offers expire, appear and change', () => {
    const make = () => new Corpus({ offers: 3000, seed: 4 });
    const a = make();
    const b = make();
    const before = a.offer(10, BASE);
    const stepA = a.advance({ expire: 0.2, add: 0.1, modify: 0.1 });
    const stepB = b.advance({ expire: 0.2, add: 0.1, modify: 0.1 });
    expect(stepA).toEqual(stepB);
    expect(a.size).toBe(3300);
    expect(stepA.expired).toBeGreaterThan(450);
    expect(stepA.modified).toBeGreaterThan(150);
    for (let i = 3000; i < 3300; i++) expect(a.created[i]! * 1000).toBeGreaterThan(a.referenceTime);
    const modified = [...Array(3000).keys()].find((i) => a.modifications[i]! > 0)!;
    const changed = a.offer(modified, BASE);
    expect(changed.description).toContain('Mise à jour');
    expect(Date.parse(changed.dateActualisation!)).toBeGreaterThan(a.referenceTime);
    expect(a.truth(modified).categories).toEqual(
      new Corpus({ offers: 3000, seed: 4 }).truth(modified).categories,
    );
    if (a.expired[10]) expect(a.truth(before.id === a.idOf(10) ? 10 : 10).expired).toBe(true);
  });
});

describe('keywords over the offers’ own text', () => {
  it('find the words an epoch wrote into an offer, not the words read before it', () => {
    const corpus = new Corpus({ offers: 400, seed: 13 });
    // A word of the update note advance() adds to a modified offer's description: counted from the offers here.
    const holds = (index: number, word: string) =>
      normalizeWords(`${corpus.offer(index, BASE).intitule} ${corpus.offer(index, BASE).description}`)
        .split(/[^a-z0-9]+/)
        .includes(word);
    const live = () => [...Array(corpus.size).keys()].filter((index) => corpus.expired[index] === 0);
    const expected = () => live().filter((index) => holds(index, 'pourvoir'));
    const search = () => searchCorpus(corpus, { keywords: ['pourvoir'] }, 0, corpus.size).indices;
    expect(search()).toEqual(expected());
    const before = search().length;
    corpus.advance({ expire: 0, add: 0, modify: 1 });
    // Every offer now says "le poste est toujours à pourvoir": the index read before the epoch would miss them.
    expect(search()).toEqual(expected());
    expect(search().length).toBe(live().length);
    expect(search().length).toBeGreaterThan(before);
  });
});
