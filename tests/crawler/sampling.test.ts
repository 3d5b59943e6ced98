import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEstimate } from '../../crawler/plan-estimate.js';
import { apiDate, type CountAnswer, packValues, planCensus } from '../../crawler/sampling/census-splitter.js';
import { censusPages, pagesForOffsets } from '../../crawler/sampling/sample-pages.js';
import { drawDistinct, SeededRandom } from '../../crawler/sampling/seeded-random.js';
import { planSimpleSample } from '../../crawler/sampling/simple-sample.js';
import { allocate, planStratifiedSample } from '../../crawler/sampling/stratified-sample.js';
import { parseContentRange, planRanges } from '../../crawler/sources/api/ranges.js';
import type { SearchQuery } from '../../crawler/sources/source.js';

describe('API ranges', () => {
  it('pages within 150 per call and 3150 per query', () => {
    expect(planRanges(0)).toEqual([]);
    expect(planRanges(151)).toEqual([
      { start: 0, end: 149 },
      { start: 150, end: 150 },
    ]);
    const ranges = planRanges(10_000);
    expect(ranges).toHaveLength(21);
    expect(ranges.at(-1)).toEqual({ start: 3000, end: 3149 });
  });

  it('reads Content-Range, including the 204 form', () => {
    expect(parseContentRange('offres 0-149/496')).toEqual({ start: 0, end: 149, total: 496 });
    expect(parseContentRange('offres -1--1/353')).toEqual({ start: -1, end: -1, total: 353 });
    expect(parseContentRange(null)).toBeNull();
  });
});

/** A fake population: offers with a département (or none, abroad), a contract type and a creation time. */
function population(size: number, seed: number) {
  const random = new SeededRandom(seed);
  const departements = ['74', '75', '2A', '971', null];
  const types = ['CDI', 'CDD', 'MIS'];
  const base = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: size }, () => ({
    departement: departements[random.below(departements.length)]!,
    typeContrat: types[random.below(types.length)]!,
    createdAt: base + random.below(90 * 86_400) * 1000 + random.below(1000),
  }));
}

function counter(offers: ReturnType<typeof population>, facets: boolean) {
  return async (query: SearchQuery): Promise<CountAnswer> => {
    const matching = offers.filter(
      (offer) =>
        (!query.departement || offer.departement === query.departement) &&
        (!query.typeContrat || query.typeContrat.split(',').includes(offer.typeContrat)) &&
        (!query.minCreationDate || offer.createdAt >= Date.parse(query.minCreationDate)) &&
        (!query.maxCreationDate || offer.createdAt < Date.parse(query.maxCreationDate)),
    );
    const byType = new Map<string, number>();
    for (const offer of matching) byType.set(offer.typeContrat, (byType.get(offer.typeContrat) ?? 0) + 1);
    return { total: matching.length, ...(facets ? { facets: new Map([['typeContrat', byType]]) } : {}) };
  };
}

describe('census splitter', () => {
  it('splits until every part fits, and the parts add up to the total', async () => {
    const offers = population(5000, 1);
    const plan = await planCensus(
      {},
      {
        count: counter(offers, true),
        maxResults: 300,
        dimensions: ['departement', 'typeContrat', 'creationDate'],
        departements: ['74', '75', '2A', '971'],
        earliest: new Date('2025-12-01T00:00:00Z'),
        latest: new Date('2026-06-01T00:00:00Z'),
      },
    );
    expect(plan.total).toBe(5000);
    expect(plan.sum).toBe(5000);
    expect(plan.capped).toEqual([]);
    expect(plan.parts.every((part) => part.count <= 300)).toBe(true);
    // Offers abroad belong to no département: the split must have fallen back to contract types at the top.
    expect(plan.parts.every((part) => part.query.departement === undefined)).toBe(true);
    expect(plan.parts.some((part) => part.query.minCreationDate)).toBe(true);
  });

  it('splits by département when it adds up, and caps a part it cannot split', async () => {
    const offers = population(2000, 2).map((offer) => ({ ...offer, departement: offer.departement ?? '74' }));
    offers.push(
      ...Array.from({ length: 50 }, () => ({ departement: '75', typeContrat: 'CDI', createdAt: 0 })),
    );
    const plan = await planCensus(
      {},
      {
        count: counter(offers, false),
        maxResults: 40,
        dimensions: ['departement', 'typeContrat', 'creationDate'],
        departements: ['74', '75', '2A', '971'],
        earliest: new Date(0),
        latest: new Date('2026-06-01T00:00:00Z'),
      },
    );
    expect(plan.sum).toBe(offers.length);
    expect(plan.capped).toHaveLength(1);
    expect(plan.parts.every((part) => part.query.departement !== undefined)).toBe(true);
  });

  it('packs facet values into parts that fit, combining small contract types, near whole pages', () => {
    const entries: Array<[string, number]> = [
      ['CDI', 5000],
      ['CDD', 1340],
      ['MIS', 1100],
      ['SAI', 310],
      ['LIB', 60],
      ['DDI', 40],
    ];
    const groups = packValues(entries, true, 3150, 150);
    expect(groups.find((group) => group.values.includes('CDI'))).toEqual({ values: ['CDI'], total: 5000 });
    const small = groups.filter((group) => !group.values.includes('CDI'));
    expect(small.every((group) => group.total <= 3150)).toBe(true);
    expect(small.flatMap((group) => group.values).sort()).toEqual(['CDD', 'DDI', 'LIB', 'MIS', 'SAI']);
    // 2,850 offers need 19 pages at best: the packing reaches it.
    expect(small.reduce((sum, group) => sum + Math.ceil(group.total / 150), 0)).toBe(19);
    // Without comma lists every value is a part of its own.
    expect(packValues(entries, false, 3150, 150)).toHaveLength(entries.length);
  });

  it('cuts date windows between served dates, and splits a window still too big by its own facets', async () => {
    // Whole seconds, both bounds inclusive, as the API counts: a window cut at an offer's second holds it twice.
    const random = new SeededRandom(4);
    const base = Date.parse('2026-01-01T00:00:00Z');
    const offers = Array.from({ length: 6000 }, (_, i) => ({
      departement: '74',
      typeContrat: ['CDI', 'CDD', 'MIS'][i % 3]!,
      createdAt: base + random.below(90 * 86_400) * 1000,
    }));
    const count = async (query: SearchQuery): Promise<CountAnswer> => {
      const matching = offers.filter(
        (offer) =>
          (!query.typeContrat || query.typeContrat.split(',').includes(offer.typeContrat)) &&
          (!query.minCreationDate || offer.createdAt >= Date.parse(query.minCreationDate)) &&
          (!query.maxCreationDate || offer.createdAt <= Date.parse(query.maxCreationDate)),
      );
      const byType = new Map<string, number>();
      for (const offer of matching) byType.set(offer.typeContrat, (byType.get(offer.typeContrat) ?? 0) + 1);
      // The first page serves offers in no date order (a sample of their dates), with the facets.
      return {
        total: matching.length,
        facets: new Map([['typeContrat', byType]]),
        createdAt: matching.slice(0, 150).map((offer) => offer.createdAt),
      };
    };
    const plan = await planCensus(
      {},
      {
        count,
        maxResults: 300,
        pageSize: 20,
        dimensions: ['creationDate', 'typeContrat'],
        earliest: new Date('2025-12-01T00:00:00Z'),
        latest: new Date('2026-06-01T00:00:00Z'),
      },
    );
    expect(plan.capped).toEqual([]);
    expect(plan.parts.every((part) => part.count <= 300)).toBe(true);
    // No offer in two windows: every cut second is one no served offer was created in.
    expect(plan.sum).toBe(6000);
    // Windows the served dates got too big were split by contract type, whose counts are exact.
    expect(plan.parts.some((part) => part.query.minCreationDate && part.query.typeContrat)).toBe(true);
  });

  it('tells which parts came with their count: their first page need not be fetched again', async () => {
    const offers = population(3000, 3);
    const told: Array<{ count: number; counted: boolean }> = [];
    const plan = await planCensus(
      {},
      {
        count: counter(offers, true),
        maxResults: 300,
        pageSize: 20,
        dimensions: ['departement', 'typeContrat', 'creationDate'],
        departements: ['74', '75', '2A', '971'],
        earliest: new Date('2025-12-01T00:00:00Z'),
        latest: new Date('2026-06-01T00:00:00Z'),
        onPart: (part, counted) => {
          told.push({ count: part.count, counted });
        },
      },
    );
    expect(told).toHaveLength(plan.parts.length);
    expect(told.filter((part) => part.counted)).toHaveLength(plan.countedParts);
    expect(plan.sum).toBeGreaterThanOrEqual(3000);
  });

  it('shows the plan’s estimate in French, rounded as a user plans by', () => {
    const text = describeEstimate({ requests: 6812, rate: 3, seconds: 6812 / 3 });
    expect(text.replace(/\s/g, ' ')).toBe('≈ 6 800 requêtes, ≈ 38 min à 3 req/s');
    expect(describeEstimate({ requests: 40, rate: 10, seconds: 4 })).toBe('≈ 40 requêtes, ≈ 4 s à 10 req/s');
  });

  it('writes API dates without milliseconds', () => {
    expect(apiDate(Date.parse('2026-03-04T05:06:07.891Z'))).toBe('2026-03-04T05:06:07Z');
  });
});

describe('samplers', () => {
  it('draws distinct offsets, the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer(),
        (n, k, seed) => {
          const a = drawDistinct(n, k, new SeededRandom(seed));
          expect(a).toHaveLength(Math.min(n, k));
          expect(new Set(a).size).toBe(a.length);
          expect(a.every((x) => x >= 0 && x < n)).toBe(true);
          expect(drawDistinct(n, k, new SeededRandom(seed))).toEqual(a);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('maps offsets to the pages of the parts that hold them', () => {
    const parts = [
      { query: { departement: '74' }, count: 30 },
      { query: { departement: '75' }, count: 10 },
    ];
    const pages = pagesForOffsets(parts, [0, 19, 20, 29, 30, 39], 20, null, 2);
    expect(pages.map((page) => [page.query.departement, page.start, page.end, page.picks])).toEqual([
      ['74', 0, 19, [0, 19]],
      ['74', 20, 29, [20, 29]],
      ['75', 0, 9, [0, 9]],
    ]);
    expect(pagesForOffsets(parts, [3, 7, 35], 20, null, 1).map((page) => [page.start, page.end])).toEqual([
      [3, 7],
      [5, 5],
    ]);
    expect(censusPages(parts, 20, 3150).map((page) => [page.start, page.end])).toEqual([
      [0, 19],
      [20, 29],
      [0, 9],
    ]);
  });

  it('a simple sample has n offers, weight N/n, and is reproducible', () => {
    const parts = [
      { query: { departement: '74' }, count: 1000 },
      { query: { departement: '75' }, count: 500 },
    ];
    const plan = planSimpleSample(parts, 60, 42, 150);
    expect(plan.size).toBe(60);
    expect(plan.weight).toBe(25);
    expect(plan.pages.flatMap((page) => page.picks ?? [])).toHaveLength(60);
    expect(planSimpleSample(parts, 60, 42, 150)).toEqual(plan);
    expect(planSimpleSample(parts, 60, 43, 150)).not.toEqual(plan);
  });

  it('allocates proportionally or equally, never beyond a stratum, at least one where possible', () => {
    const sizes = new Map([
      ['a', 900],
      ['b', 90],
      ['c', 10],
      ['d', 0],
    ]);
    expect(Object.fromEntries(allocate(sizes, 100, 'proportional'))).toEqual({ a: 90, b: 9, c: 1, d: 0 });
    expect(Object.fromEntries(allocate(sizes, 30, 'equal'))).toEqual({ a: 10, b: 10, c: 10, d: 0 });
    expect(Object.fromEntries(allocate(sizes, 60, 'equal'))).toEqual({ a: 25, b: 25, c: 10, d: 0 });
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 1000],
            ['b', 3],
          ]),
          20,
          'proportional',
        ),
      ),
    ).toEqual({
      a: 19,
      b: 1,
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom('proportional' as const, 'equal' as const),
        (list, n, allocation) => {
          const input = new Map(list.map((size, i) => [`s${i}`, size]));
          const result = allocate(input, n, allocation);
          const capacity = list.reduce((a, b) => a + b, 0);
          expect([...result.values()].reduce((a, b) => a + b, 0)).toBe(Math.min(n, capacity));
          for (const [name, count] of result) expect(count).toBeLessThanOrEqual(input.get(name)!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a stratified sample carries each stratum and its weight N_h/n_h', () => {
    const strata = [
      { name: 'CDI', size: 600, parts: [{ query: { typeContrat: 'CDI' }, count: 600 }] },
      { name: 'CDD', size: 300, parts: [{ query: { typeContrat: 'CDD' }, count: 300 }] },
      { name: 'MIS', size: 100, parts: [{ query: { typeContrat: 'MIS' }, count: 100 }] },
    ];
    const plan = planStratifiedSample(strata, 50, 'proportional', 7, 150);
    expect(plan.size).toBe(50);
    expect(plan.strata).toEqual([
      { name: 'CDI', size: 600, sampled: 30, weight: 20 },
      { name: 'CDD', size: 300, sampled: 15, weight: 20 },
      { name: 'MIS', size: 100, sampled: 5, weight: 20 },
    ]);
    const equal = planStratifiedSample(strata, 30, 'equal', 7, 150);
    expect(equal.pages.filter((page) => page.stratum === 'MIS').every((page) => page.weight === 10)).toBe(
      true,
    );
    expect(planStratifiedSample(strata, 30, 'equal', 7, 150)).toEqual(equal);
  });
});
