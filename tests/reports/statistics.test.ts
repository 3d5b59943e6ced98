import { describe, expect, it } from 'vitest';
import { compareShares } from '../../reports/statistics/compare-shares.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { estimateShare, type StratumCell } from '../../reports/statistics/share-estimate.js';
import { stratifiedEstimate } from '../../reports/statistics/stratified-estimate.js';
import { wilsonInterval } from '../../reports/statistics/wilson-interval.js';

describe('Wilson interval', () => {
  it.each([
    // Published values: Newcombe (1998), table I; and the usual textbook cases.
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
  ])('%i of %i gives [%f, %f]', (hits, n, low, high) => {
    const interval = wilsonInterval(hits, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('says nothing is known without a sample', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('stratified estimate', () => {
  it('weights each stratum by its population and applies the finite population correction', () => {
    const estimate = stratifiedEstimate([
      { sampled: 100, hits: 50, population: 1000 },
      { sampled: 100, hits: 10, population: 9000 },
    ]);
    expect(estimate.share).toBeCloseTo(0.1 * 0.5 + 0.9 * 0.1, 10);
    const expected = (0.01 * 0.25 * 0.9) / 99 + (0.81 * 0.09 * (1 - 100 / 9000)) / 99;
    expect(estimate.variance).toBeCloseTo(expected, 12);
    expect(estimate.interval.low).toBeLessThan(estimate.share);
    expect(estimate.interval.high).toBeGreaterThan(estimate.share);
  });

  it('is exact when every stratum was read whole', () => {
    const estimate = stratifiedEstimate([
      { sampled: 10, hits: 3, population: 10 },
      { sampled: 5, hits: 5, population: 5 },
    ]);
    expect(estimate.share).toBeCloseTo(8 / 15, 10);
    expect(estimate.interval.low).toBeCloseTo(8 / 15, 10);
    expect(estimate.interval.high).toBeCloseTo(8 / 15, 10);
  });
});

describe('share estimates by design', () => {
  const cells: StratumCell[] = [
    { stratum: 'a', sampled: 100, hits: 20, weight: 1000, hitWeight: 200 },
    { stratum: 'b', sampled: 100, hits: 60, weight: 3000, hitWeight: 1800 },
  ];
  it('gives a census no interval', () => {
    const census = estimateShare('census', [
      { stratum: null, sampled: 200, hits: 80, weight: 200, hitWeight: 80 },
    ]);
    expect(census).toEqual({ count: 80, sampled: 200, share: 0.4, interval: null, estimatedTotal: 80 });
  });
  it('gives a simple random sample the Wilson interval', () => {
    const srs = estimateShare('srs', [
      { stratum: null, sampled: 263, hits: 81, weight: 2630, hitWeight: 810 },
    ]);
    expect(srs.interval?.low).toBeCloseTo(0.2553, 4);
    expect(srs.estimatedTotal).toBeCloseTo(810, 6);
  });
  it('weights a stratified sample', () => {
    const stratified = estimateShare('stratified', cells);
    expect(stratified.share).toBeCloseTo(0.25 * 0.2 + 0.75 * 0.6, 10);
    expect(stratified.count).toBe(80);
    expect(stratified.estimatedTotal).toBeCloseTo(2000, 6);
  });
});

describe('month-over-month change', () => {
  it("matches Newcombe's worked example (56/70 against 48/80)", () => {
    const later = estimateShare('srs', [{ stratum: null, sampled: 70, hits: 56, weight: 70, hitWeight: 56 }]);
    const earlier = estimateShare('srs', [
      { stratum: null, sampled: 80, hits: 48, weight: 80, hitWeight: 48 },
    ]);
    const change = compareShares(earlier, later);
    expect(change.difference).toBeCloseTo(0.2, 10);
    expect(change.interval.low).toBeCloseTo(0.0524, 3);
    expect(change.interval.high).toBeCloseTo(0.3339, 3);
    expect(change.significant).toBe(true);
  });
  it('calls any change between two censuses real, and none within the error of small samples', () => {
    const a = estimateShare('census', [
      { stratum: null, sampled: 1000, hits: 500, weight: 1000, hitWeight: 500 },
    ]);
    const b = estimateShare('census', [
      { stratum: null, sampled: 1000, hits: 501, weight: 1000, hitWeight: 501 },
    ]);
    expect(compareShares(a, b).significant).toBe(true);
    expect(compareShares(a, a).significant).toBe(false);
    const c = estimateShare('srs', [{ stratum: null, sampled: 50, hits: 25, weight: 50, hitWeight: 25 }]);
    const d = estimateShare('srs', [{ stratum: null, sampled: 50, hits: 28, weight: 50, hitWeight: 28 }]);
    expect(compareShares(c, d).significant).toBe(false);
  });
});

/** Draws `n` distinct indices out of `size` (partial Fisher–Yates). */
function draw(random: () => number, size: number, n: number): number[] {
  const indices = Array.from({ length: size }, (_, index) => index);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (size - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, n);
}

describe('coverage over 200 seeded samples', () => {
  const runs = 200;

  it.each([0.3, 0.05])(
    'the Wilson interval contains a true share of %f nineteen times in twenty',
    (truth) => {
      const size = 20_000;
      const population = Array.from({ length: size }, (_, index) => index < truth * size);
      let covered = 0;
      for (let run = 0; run < runs; run++) {
        const random = seededRandom(1000 + run);
        const picked = draw(random, size, 400);
        const hits = picked.filter((index) => population[index]).length;
        const interval = wilsonInterval(hits, picked.length);
        if (interval.low <= truth && truth <= interval.high) covered++;
      }
      expect(covered / runs).toBeGreaterThanOrEqual(0.9);
      expect(covered / runs).toBeLessThanOrEqual(0.99);
    },
  );

  it('the stratified interval contains the true weighted share about 95 % of the time', () => {
    // Three strata of unequal sizes and rates, sampled with equal allocation: weights differ by a factor 20.
    const strata = [
      { size: 12_000, rate: 0.1 },
      { size: 3_000, rate: 0.45 },
      { size: 600, rate: 0.8 },
    ];
    const total = strata.reduce((sum, stratum) => sum + stratum.size, 0);
    const members = strata.map((stratum) =>
      Array.from({ length: stratum.size }, (_, index) => index < Math.round(stratum.rate * stratum.size)),
    );
    const truth = members.reduce((sum, list) => sum + list.filter(Boolean).length, 0) / total;
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const random = seededRandom(5000 + run);
      const cells: StratumCell[] = strata.map((stratum, h) => {
        const picked = draw(random, stratum.size, 120);
        const hits = picked.filter((index) => members[h]![index]).length;
        const weight = stratum.size / picked.length;
        return {
          stratum: String(h),
          sampled: picked.length,
          hits,
          weight: stratum.size,
          hitWeight: hits * weight,
        };
      });
      const estimate = estimateShare('stratified', cells);
      if (estimate.interval && estimate.interval.low <= truth && truth <= estimate.interval.high) covered++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.9);
    expect(covered / runs).toBeLessThanOrEqual(0.99);
  });
});
