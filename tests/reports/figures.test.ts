import { expect, it } from 'vitest';
import { resolveAudit } from '../../db/audits.js';
import { storeVerdicts } from '../../db/validations.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { seedAudit, TEN_OFFERS } from './fixtures.js';

function category(figures: ReportFigures, id: string) {
  const found = figures.categories.find((entry) => entry.id === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
}

describeEachEngine('report figures', (engine) => {
  it('counts a census exactly: headline, floor and ceiling, tables and breakdowns', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'census' }, TEN_OFFERS, {
      clusters: [
        { cluster: 'c1', original: 'O04', members: ['O05'] },
        { cluster: 'c2', original: 'O07', members: ['O07', 'O08', 'O09'] },
      ],
    });
    const figures = await computeFigures(db, audit);

    expect(figures.estimator).toBe('census');
    expect(figures.audit.offersRead).toBe(10);
    expect(figures.audit.flaggedOffers).toBe(5);
    const { headline } = figures;
    expect(headline.genuine.any).toMatchObject({ count: 5, sampled: 10, share: 0.5, interval: null });
    expect(headline.genuine.certain).toMatchObject({ count: 7, share: 0.7 });
    expect(headline.unionStrict.any).toMatchObject({ count: 6, share: 0.6 });
    expect(headline.unionStrict.certain).toMatchObject({ count: 7, share: 0.7 });
    expect(headline.illegal.any.count).toBe(3);
    expect(headline.illegal.certain.count).toBe(1);
    expect(headline.misleading.any.count).toBe(1);
    expect(headline.misleading.certain.count).toBe(0);
    expect(headline.quality.certain.count).toBe(2);

    expect(category(figures, 'age_limit').certain.count).toBe(1);
    expect(category(figures, 'below_minimum_wage').certain.count).toBe(0);
    expect(category(figures, 'below_minimum_wage').any.count).toBe(1);
    expect(category(figures, 'not_cdi').any.count).toBe(2);
    expect(category(figures, 'undated').any.count).toBe(0);
    const l5331_2 = figures.articles.find((article) => article.article === 'L5331-2');
    expect(l5331_2?.any.count).toBe(1);
    const l3123_27 = figures.articles.find((article) => article.article === 'L3123-27');
    expect(l3123_27).toMatchObject({ certain: { count: 0 }, any: { count: 1 } });

    expect(
      Object.fromEntries(figures.contractTypes.map((entry) => [entry.key, entry.estimate.count])),
    ).toEqual({
      CDI: 8,
      CDD: 1,
      MIS: 1,
    });
    expect(figures.workingTime.map((entry) => entry.estimate.count)).toEqual([9, 1, 0]);

    const origin = Object.fromEntries(
      figures.breakdowns.origin.map((row) => [
        row.label,
        [row.sampled, row.genuine.count, row.illegal.count],
      ]),
    );
    expect(origin).toEqual({
      'France Travail': [7, 5, 1],
      'Partenaire : Indeed': [2, 0, 2],
      'Partenaire non nommé': [1, 0, 0],
    });
    const departement = Object.fromEntries(
      figures.breakdowns.departement.map((row) => [row.key, [row.sampled, row.genuine.count]]),
    );
    expect(departement).toEqual({ '75': [6, 5], '69': [2, 0], '13': [2, 0] });
    expect(figures.breakdowns.romeDomain.find((row) => row.key === 'C12')?.sampled).toBe(1);
    expect(figures.breakdowns.contractType.find((row) => row.key === 'CDD')?.misleading.count).toBe(0);

    expect(figures.topEmployers[0]).toMatchObject({ employer: 'Agence Alpha', offers: 3, flaggedOffers: 3 });
    expect(figures.topEmployers[0]?.categories.map((entry) => entry.id).sort()).toEqual(
      ['age_limit', 'below_minimum_wage', 'part_time_under_24h'].sort(),
    );
    expect(
      figures.duplicateClusters.map((cluster) => [cluster.clusterId, cluster.size, cluster.originalId]),
    ).toEqual([
      ['c2', 3, 'O07'],
      ['c1', 2, 'O04'],
    ]);

    const [example] = figures.evidence.age_limit ?? [];
    expect(example?.url).toBe('https://candidat.francetravail.fr/offres/recherche/detail/O02');
    expect(example?.evidence).toBe('moins de 30 ans, appelez [nom masqué] au [téléphone masqué]');
    expect(example?.reference).toContain('L5331-2');
    expect(figures.evidence.contract_mismatch?.[0]?.severity).toBe('likely');
    expect(figures.rules.find((rule) => rule.rule === 'not_cdi.test')).toMatchObject({
      certain: 2,
      likely: 0,
    });

    const kept = await computeFigures(db, audit, { keepContacts: true });
    expect(kept.evidence.age_limit?.[0]?.evidence).toContain('06 12 34 56 78');
  });

  it('weights a stratified sample and gives it an interval', async () => {
    const { db } = await openTestDatabase(engine);
    const offers = [
      { id: 'A1', stratum: 'a', weight: 10, flags: [{ category: 'age_limit' as const }] },
      { id: 'A2', stratum: 'a', weight: 10 },
      { id: 'B1', stratum: 'b', weight: 40 },
      { id: 'B2', stratum: 'b', weight: 40 },
    ];
    const audit = await seedAudit(
      db,
      { kind: 'stratified', sampleSize: 4, strata: 'departement', allocation: 'proportional', seed: 7 },
      offers,
      {
        population: 100,
      },
    );
    const figures = await computeFigures(db, audit);
    expect(figures.estimator).toBe('stratified');
    const genuine = figures.headline.genuine.any;
    expect(genuine.count).toBe(3);
    expect(genuine.share).toBeCloseTo(0.9, 10);
    expect(genuine.estimatedTotal).toBeCloseTo(90, 6);
    expect(genuine.interval!.low).toBeLessThan(0.9);
    expect(genuine.interval!.high).toBeGreaterThan(0.9);
    expect(figures.audit.weightTotal).toBe(100);
    expect(category(figures, 'age_limit').any.share).toBeCloseTo(0.1, 10);
  });

  it('gives a simple random sample Wilson intervals, measures precision, and compares two audits', async () => {
    const { db } = await openTestDatabase(engine);
    const before = await seedAudit(
      db,
      { kind: 'sample', sampleSize: 200, seed: 1 },
      Array.from({ length: 200 }, (_, index) => ({
        id: `P${index}`,
        weight: 50,
        flags: index < 100 ? [{ category: 'salary_missing' as const }] : [],
      })),
      { label: 'octobre', population: 10_000 },
    );
    const after = await seedAudit(
      db,
      { kind: 'sample', sampleSize: 200, seed: 2 },
      Array.from({ length: 200 }, (_, index) => ({
        id: `Q${index}`,
        weight: 50,
        flags: index < 40 ? [{ category: 'salary_missing' as const }] : [],
      })),
      { label: 'novembre', population: 10_000 },
    );
    await storeVerdicts(
      db,
      after.id,
      [
        { offerId: 'Q1', category: 'salary_missing', vigieFlagged: true, humanVerdict: true },
        { offerId: 'Q2', category: 'salary_missing', vigieFlagged: true, humanVerdict: true },
        { offerId: 'Q3', category: 'salary_missing', vigieFlagged: true, humanVerdict: false },
        { offerId: 'Q100', category: 'salary_missing', vigieFlagged: false, humanVerdict: true },
        { offerId: 'Q101', category: 'salary_missing', vigieFlagged: false, humanVerdict: false },
      ],
      { classifierVersion: 'test-1' },
    );
    const previous = await resolveAudit(db, 'previous', after.id);
    expect(previous.id).toBe(before.id);
    const figures = await computeFigures(db, after, { compareWith: previous });
    expect(figures.estimator).toBe('srs');
    expect(figures.headline.genuine.any.share).toBeCloseTo(0.8, 10);
    expect(figures.headline.genuine.any.estimatedTotal).toBeCloseTo(8000, 6);
    expect(figures.headline.genuine.any.interval!.low).toBeCloseTo(0.7394, 3);
    const validation = figures.validation.find((entry) => entry.category === 'salary_missing');
    expect(validation).toMatchObject({ reviewed: 5, truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(validation?.precision?.share).toBeCloseTo(2 / 3, 10);
    expect(validation?.recall?.share).toBeCloseTo(2 / 3, 10);

    const change = figures.comparison?.changes.find((row) => row.id === 'genuine');
    expect(figures.comparison?.audit.label).toBe('octobre');
    expect(change?.change.difference).toBeCloseTo(0.3, 10);
    expect(change?.change.significant).toBe(true);
    const unchanged = figures.comparison?.changes.find((row) => row.id === 'illegal');
    expect(unchanged?.change.significant).toBe(false);
  });
  it("leaves work-study CDI out of the union's strict share, flags or not", async () => {
    const { db } = await openTestDatabase(engine);
    // Four unflagged full-time CDI: two ordinary, two apprenticeships paid on the apprentice scale (legal, and
    // not a salary of at least the SMIC, which is what the union's strict share counts).
    const audit = await seedAudit(db, { kind: 'census' }, [
      { id: 'A01' },
      { id: 'A02' },
      { id: 'A03', alternance: true },
      { id: 'A04', alternance: true },
    ]);
    const figures = await computeFigures(db, audit);
    expect(figures.headline.genuine.any).toMatchObject({ count: 4, share: 1 });
    expect(figures.headline.unionStrict.any).toMatchObject({ count: 2, share: 0.5 });
    expect(figures.headline.unionStrict.certain).toMatchObject({ count: 2, share: 0.5 });
  });
});
