import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../reports/figures/compare-figures.js';
import { computeFigures, domainShare, stratumTotals } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { domainEstimate } from '../../reports/statistics/domain-estimate.js';
import type { ShareEstimate } from '../../reports/statistics/share-estimate.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit } from './fixtures.js';

describe('breakdown rows as domains of a stratified sample', () => {
  it('use every stratum’s full n_h and N_h, and are wider than the whole-sample formula', () => {
    // 8 strata of 10 drawn offers each standing for 100; the domain holds 2 offers of each stratum, half flagged.
    const profiles = Array.from({ length: 8 }, (_, index) => ({
      stratum: `s${index}`,
      offers: 10,
      weight: 100,
    }));
    const members = profiles.flatMap((profile, index) => [
      { stratum: profile.stratum, offers: 1, weight: 10, hit: true },
      { stratum: profile.stratum, offers: 1, weight: 10, hit: index % 2 === 0 },
    ]);
    const strata = stratumTotals(profiles);
    expect(strata.get('s3')).toEqual({ sampled: 10, population: 100 });
    const row = domainShare(strata, members, (member) => member.hit);
    const expected = domainEstimate(
      profiles.map((_profile, index) => ({
        sampled: 10,
        population: 100,
        domainSampled: 2,
        domainHits: index % 2 === 0 ? 2 : 1,
      })),
    );
    expect(row.share).toBeCloseTo(0.75, 12);
    expect(row.interval).toEqual(expected.interval);
    expect(row.count).toBe(12);
    expect(row.sampled).toBe(16);
    // A stratum with no offer of the domain still counts (its n_h and N_h): the estimate is the one over all strata.
    const withEmpty = stratumTotals([...profiles, { stratum: 's8', offers: 10, weight: 100 }]);
    const wider = domainShare(withEmpty, members, (member) => member.hit);
    expect(wider.interval).toEqual(
      domainEstimate([
        ...profiles.map((_, index) => ({
          sampled: 10,
          population: 100,
          domainSampled: 2,
          domainHits: index % 2 === 0 ? 2 : 1,
        })),
        { sampled: 10, population: 100, domainSampled: 0, domainHits: 0 },
      ]).interval,
    );
  });
});

function share(value: number, sampled: number, low: number, high: number): ShareEstimate {
  return {
    count: Math.round(value * sampled),
    sampled,
    share: value,
    interval: { low, high },
    estimatedTotal: 0,
  };
}

function figuresWith(categories: Array<[string, ShareEstimate]>, genuine: ShareEstimate): ReportFigures {
  const floor = { certain: genuine, any: genuine };
  return {
    audit: { id: 1, label: 'novembre', createdAt: '2026-11-02T08:00:00.000Z', offersRead: 1000 },
    estimator: 'srs',
    headline: { genuine: floor, unionStrict: floor, illegal: floor, misleading: floor, quality: floor },
    categories: categories.map(([id, estimate]) => ({ id, label: id, any: estimate, certain: estimate })),
  } as unknown as ReportFigures;
}

describe('month over month', () => {
  it('marks which changes survive Benjamini–Hochberg over all its rows', () => {
    const same = share(0.3, 1000, 0.27, 0.33);
    // 30 rows: one large change, one barely significant (p ≈ 0.04), the rest unchanged.
    const earlier: Array<[string, ShareEstimate]> = [['big', share(0.1, 1000, 0.083, 0.12)]];
    const later: Array<[string, ShareEstimate]> = [['big', share(0.3, 1000, 0.272, 0.33)]];
    earlier.push(['edge', share(0.3, 1000, 0.272, 0.329)]);
    later.push(['edge', share(0.345, 1000, 0.316, 0.375)]);
    for (let index = 0; index < 28; index++) {
      earlier.push([`c${index}`, same]);
      later.push([`c${index}`, same]);
    }
    const comparison = compareFigures(figuresWith(earlier, same), figuresWith(later, same));
    const row = (id: string) => comparison.changes.find((change) => change.id === id)!;
    expect(comparison.correction).toEqual({ method: 'benjamini-hochberg', level: 0.05, tests: 36 });
    expect(row('big').survivesCorrection).toBe(true);
    expect(row('edge').change.significant).toBe(true);
    expect(row('edge').change.pValue).toBeGreaterThan(0.01);
    expect(row('edge').survivesCorrection).toBe(false);
    expect(row('c3').survivesCorrection).toBe(false);
  });
});

describeEachEngine('statistics in the report', (engine) => {
  it('states the collapsed strata and the correction, and renders the corrected verdict', async () => {
    const { db } = await openTestDatabase(engine);
    const offers: FixtureOffer[] = [
      { id: 'A1', stratum: '01', weight: 10, departement: '01', flags: [{ category: 'age_limit' }] },
      { id: 'A2', stratum: '01', weight: 10, departement: '01' },
      { id: 'B1', stratum: '02', weight: 40, departement: '02' },
      { id: 'C1', stratum: '03', weight: 40, departement: '03' },
    ];
    const design = {
      kind: 'stratified' as const,
      sampleSize: 4,
      strata: 'departement' as const,
      allocation: 'proportional' as const,
      seed: 7,
    };
    const before = await seedAudit(db, design, offers, { population: 100, label: 'octobre' });
    const after = await seedAudit(db, design, offers, { population: 100, label: 'novembre' });
    const figures = await computeFigures(db, after, { compareWith: before });
    expect(figures.strata).toEqual({ count: 3, collapsed: 2 });
    const markdown = renderMarkdown(figures);
    expect(markdown).toContain('2 des 3 strates ne comptent qu’une offre tirée');
    expect(markdown).toContain('après correction pour comparaisons multiples');
    expect(markdown).toContain('Benjamini–Hochberg');
    const page = renderHtml(figures);
    expect(page).toContain('Significatif après correction ?');
    expect(page).toContain('après correction pour comparaisons multiples');
    // A département row is a domain: its interval is wider than a Wilson interval on its 2 offers would suggest.
    const row = figures.breakdowns.departement.find((entry) => entry.key === '01')!;
    expect(row.sampled).toBe(2);
    expect(row.genuine.share).toBeCloseTo(0.5, 12);
    await db.destroy();
  });
});
