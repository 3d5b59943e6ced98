import { describe, expect, it } from 'vitest';
import { compareShares } from '../../reports/statistics/compare-shares.js';
import { domainEstimate } from '../../reports/statistics/domain-estimate.js';
import {
  benjaminiHochberg,
  holm,
  normalCdf,
  twoSidedPValue,
} from '../../reports/statistics/multiple-comparisons.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { collapseStrata, stratifiedEstimate } from '../../reports/statistics/stratified-estimate.js';

/** n distinct indexes of 0..size−1, by a partial Fisher–Yates shuffle. */
function draw(random: () => number, size: number, n: number): number[] {
  const indices = Array.from({ length: size }, (_, index) => index);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (size - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, n);
}

describe('collapsed strata', () => {
  it('merges a stratum of one drawn offer into its neighbour, so that it adds variance', () => {
    const { strata, collapsed } = collapseStrata([
      { sampled: 1, hits: 1, population: 50 },
      { sampled: 1, hits: 0, population: 60 },
      { sampled: 10, hits: 2, population: 400 },
      { sampled: 1, hits: 0, population: 30 },
    ]);
    expect(collapsed).toBe(3);
    expect(strata).toEqual([
      { sampled: 2, hits: 1, population: 110 },
      { sampled: 11, hits: 2, population: 430 },
    ]);
  });

  it('gives strata of single offers a variance instead of none', () => {
    // 80 strata of one drawn offer each: the old estimator summed no variance at all and called the share exact.
    const strata = Array.from({ length: 80 }, (_, index) => ({
      sampled: 1,
      hits: index % 4 === 0 ? 1 : 0,
      population: 100,
    }));
    const estimate = stratifiedEstimate(strata);
    expect(estimate.share).toBeCloseTo(0.25, 10);
    expect(estimate.variance).toBeGreaterThan(0);
    expect(estimate.collapsedStrata).toBe(80);
    expect(estimate.interval.high - estimate.interval.low).toBeGreaterThan(0.1);
  });
});

describe('rare shares under unequal weights', () => {
  it('0 hits is not [0, 1.9 %] when the weights make the sample worth far fewer offers', () => {
    // Equal allocation of 200 offers over one huge and nine small strata: the weights differ 100-fold.
    const strata = [
      { sampled: 20, hits: 0, population: 100_000 },
      ...Array.from({ length: 9 }, () => ({ sampled: 20, hits: 0, population: 1_000 })),
    ];
    const estimate = stratifiedEstimate(strata);
    expect(estimate.share).toBe(0);
    expect(estimate.kishSize).toBeLessThan(50);
    // Wilson on the nominal 200 would give 1.9 %; the weights allow a share several times larger.
    expect(estimate.interval.high).toBeGreaterThan(0.06);
  });

  it('covers a rare true share about 95 % of the time under equal allocation', () => {
    const strata = [
      { size: 40_000, rate: 0.004 },
      { size: 8_000, rate: 0.02 },
      { size: 2_000, rate: 0.0 },
      { size: 500, rate: 0.06 },
    ];
    const total = strata.reduce((sum, stratum) => sum + stratum.size, 0);
    const truth = strata.reduce((sum, stratum) => sum + Math.round(stratum.rate * stratum.size), 0) / total;
    let covered = 0;
    const runs = 300;
    for (let run = 0; run < runs; run++) {
      const random = seededRandom(9000 + run);
      const counts = strata.map((stratum) => {
        const positives = Math.round(stratum.rate * stratum.size);
        const picked = draw(random, stratum.size, 150);
        return {
          sampled: picked.length,
          hits: picked.filter((index) => index < positives).length,
          population: stratum.size,
        };
      });
      const { interval } = stratifiedEstimate(counts);
      if (interval.low <= truth && truth <= interval.high) covered++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.93);
  });
});

describe('domain estimates for breakdown rows', () => {
  it('equals the brute-force linearised estimate over individual offers', () => {
    const strata = [
      { sampled: 30, population: 3000, domainSampled: 4, domainHits: 1 },
      { sampled: 20, population: 500, domainSampled: 10, domainHits: 6 },
      { sampled: 25, population: 1200, domainSampled: 0, domainHits: 0 },
    ];
    const estimate = domainEstimate(strata);
    const units = strata.flatMap((stratum, h) =>
      Array.from({ length: stratum.sampled }, (_, i) => ({
        h,
        w: stratum.population / stratum.sampled,
        d: i < stratum.domainSampled ? 1 : 0,
        y: i < stratum.domainHits ? 1 : 0,
      })),
    );
    const size = units.reduce((sum, unit) => sum + unit.w * unit.d, 0);
    const p = units.reduce((sum, unit) => sum + unit.w * unit.d * unit.y, 0) / size;
    let variance = 0;
    strata.forEach((stratum, h) => {
      const z = units.filter((unit) => unit.h === h).map((unit) => unit.w * unit.d * (unit.y - p));
      const mean = z.reduce((a, b) => a + b, 0) / z.length;
      const spread = z.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (z.length - 1);
      variance += (1 - stratum.sampled / stratum.population) * z.length * spread;
    });
    expect(estimate.share).toBeCloseTo(p, 12);
    expect(estimate.variance).toBeCloseTo(variance / size ** 2, 12);
    expect(estimate.domainSize).toBeCloseTo(size, 9);
  });

  it('covers the share of a domain scattered over many strata', () => {
    // A partner present in every département at 5 %, its rate of the property 30 %; 40 strata, 25 drawn each.
    const strata = Array.from({ length: 40 }, (_, h) => ({ size: 500 + 50 * h }));
    let covered = 0;
    let wholeSampleWouldCover = 0;
    const runs = 300;
    const members = strata.map((stratum, h) =>
      Array.from({ length: stratum.size }, (_, index) => ({
        inDomain: (index * 7 + h) % 20 === 0,
        has: (index * 13 + h) % 10 < 3,
      })),
    );
    const domainTotal = members.flat().filter((unit) => unit.inDomain);
    const truth = domainTotal.filter((unit) => unit.has).length / domainTotal.length;
    for (let run = 0; run < runs; run++) {
      const random = seededRandom(400 + run);
      const rows = strata.map((stratum, h) => {
        const picked = draw(random, stratum.size, 25).map((index) => members[h]![index]!);
        const inDomain = picked.filter((unit) => unit.inDomain);
        return {
          sampled: picked.length,
          population: stratum.size,
          domainSampled: inDomain.length,
          domainHits: inDomain.filter((unit) => unit.has).length,
        };
      });
      const { interval } = domainEstimate(rows);
      if (interval.low <= truth && truth <= interval.high) covered++;
      const naive = stratifiedEstimate(
        rows.map((row) => ({
          sampled: row.domainSampled,
          hits: row.domainHits,
          population: row.domainSampled * (row.population / row.sampled),
        })),
      );
      if (naive.interval.low <= truth && truth <= naive.interval.high) wholeSampleWouldCover++;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.93);
    expect(covered).toBeGreaterThanOrEqual(wholeSampleWouldCover);
  });
});

describe('many comparisons at once', () => {
  it('Benjamini–Hochberg keeps the changes below its step-up line', () => {
    const p = [0.01, 0.04, 0.03, 0.005, 0.5];
    // Sorted: 0.005 (≤ 0.01), 0.01 (≤ 0.02), 0.03 (≤ 0.03), 0.04 (> 0.04? 0.04 ≤ 0.04), 0.5.
    expect(benjaminiHochberg(p)).toEqual([true, true, true, true, false]);
    expect(benjaminiHochberg([0.03, 0.04, 0.2])).toEqual([false, false, false]);
  });

  it('Holm is stricter', () => {
    expect(holm([0.01, 0.04, 0.03, 0.005, 0.5])).toEqual([true, false, false, true, false]);
  });

  it('reads p-values from the normal distribution', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 6);
  });

  it('gives a change its p-value: 0.05 where the interval just touches 0', () => {
    const share = (value: number, low: number, high: number) => ({
      count: 0,
      sampled: 100,
      share: value,
      interval: { low, high },
      estimatedTotal: 0,
    });
    const change = compareShares(share(0.2, 0.15, 0.25), share(0.3, 0.25, 0.35));
    expect(change.significant).toBe(true);
    expect(change.pValue).toBeLessThan(0.05);
    const none = compareShares(share(0.2, 0.1, 0.3), share(0.21, 0.11, 0.31));
    expect(none.pValue).toBeGreaterThan(0.5);
  });
});
