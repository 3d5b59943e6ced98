import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAuditStatus } from '../../db/audits.js';
import { runReport } from '../../pipeline/write-report.js';
import { OFFER_CSV_COLUMNS } from '../../reports/export/offers-csv.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { adjustForNonResponse } from '../../reports/statistics/nonresponse.js';
import { parseCsv } from '../../reports/validation/parse-csv.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit } from './fixtures.js';

describe('weights adjusted for offers lost between drawing and fetching', () => {
  it('give each offer read N_h / n_h(fetched), and name the strata that read nothing', () => {
    const adjusted = adjustForNonResponse(
      [
        { name: 'a', population: 100, drawn: 4 },
        { name: 'b', population: 300, drawn: 4 },
        { name: 'c', population: 50, drawn: 2 },
      ],
      new Map([
        ['a', 4],
        ['b', 3],
      ]),
    );
    expect(
      adjusted.strata.map((stratum) => [stratum.name, stratum.fetched, stratum.lost, stratum.weight]),
    ).toEqual([
      ['a', 4, 0, 25],
      ['b', 3, 1, 100],
      ['c', 0, 2, null],
    ]);
    expect([adjusted.drawn, adjusted.fetched, adjusted.lost, adjusted.strataWithLosses]).toEqual([
      10, 7, 3, 2,
    ]);
    expect(adjusted.emptied.map((stratum) => stratum.name)).toEqual(['c']);
    expect(adjusted.excludedPopulation).toBe(50);
  });
});

describe('drawn offers an unfinished crawl has not read yet', () => {
  it('are pending, not lost; a stratum that read none yet is set apart from one that lost all', () => {
    const adjusted = adjustForNonResponse(
      [
        { name: 'a', population: 100, drawn: 4 },
        { name: 'b', population: 300, drawn: 4 },
        { name: 'c', population: 50, drawn: 2 },
        { name: 'd', population: 80, drawn: 2 },
      ],
      new Map([
        ['a', 2],
        ['b', 3],
      ]),
      new Map([
        ['a', 1],
        ['c', 2],
      ]),
    );
    expect(
      adjusted.strata.map((stratum) => [stratum.name, stratum.pending, stratum.lost, stratum.weight]),
    ).toEqual([
      ['a', 1, 1, 50],
      ['b', 0, 1, 100],
      ['c', 2, 0, null],
      ['d', 0, 2, null],
    ]);
    expect([adjusted.pending, adjusted.lost, adjusted.strataPending, adjusted.strataWithLosses]).toEqual([
      3, 4, 2, 3,
    ]);
    expect(adjusted.notYetRead.map((stratum) => stratum.name)).toEqual(['c']);
    expect(adjusted.emptied.map((stratum) => stratum.name)).toEqual(['d']);
    expect(adjusted.excludedPopulation).toBe(130);
  });
});

describeEachEngine('a stratified sample that lost offers', (engine) => {
  it('is estimated with the adjusted weights, and the report says how many were lost', async () => {
    const { db } = await openTestDatabase(engine);
    // Drawn: 4 of 100 in 01, 4 of 300 in 02, 2 of 50 in 03 (weights as drawn: 25, 75, 25). Read: all 4 of 01,
    // 2 of 02, none of 03.
    const illegal = [{ category: 'age_limit' as const }];
    const offers: FixtureOffer[] = [
      { id: 'A1', stratum: '01', weight: 25, departement: '01', flags: illegal },
      { id: 'A2', stratum: '01', weight: 25, departement: '01' },
      { id: 'A3', stratum: '01', weight: 25, departement: '01' },
      { id: 'A4', stratum: '01', weight: 25, departement: '01' },
      { id: 'B1', stratum: '02', weight: 75, departement: '02', flags: illegal },
      { id: 'B2', stratum: '02', weight: 75, departement: '02' },
    ];
    const design = {
      kind: 'stratified' as const,
      sampleSize: 10,
      strata: 'departement' as const,
      allocation: 'proportional' as const,
      seed: 3,
    };
    const seeded = await seedAudit(db, design, offers, { population: 450 });
    const audit = {
      ...seeded,
      details: {
        stratified: {
          table: [
            { name: '01', size: 100, sampled: 4, weight: 25 },
            { name: '02', size: 300, sampled: 4, weight: 75 },
            { name: '03', size: 50, sampled: 2, weight: 25 },
          ],
        },
      },
    };
    const figures = await computeFigures(db, audit);

    // From first principles: each stratum's share of what was read, weighted by its population among the strata
    // that read something: (100 · 1/4 + 300 · 1/2) / (100 + 300). The weights as drawn would give
    // (25 + 75) / (100 + 150) = 0.4, the 02 stratum counting for half its population.
    const expected = (100 * (1 / 4) + 300 * (1 / 2)) / (100 + 300);
    expect(figures.headline.illegal.any.share).toBeCloseTo(expected, 12);
    expect(figures.headline.illegal.any.share).not.toBeCloseTo(0.4, 3);
    expect(figures.audit.weightTotal).toBeCloseTo(400, 9);
    expect(figures.headline.illegal.any.estimatedTotal).toBeCloseTo(expected * 400, 9);

    expect(figures.nonResponse).toMatchObject({ drawn: 10, fetched: 6, lost: 4, strataWithLosses: 2 });
    expect(figures.nonResponse?.emptied).toEqual([{ name: '03', population: 50, drawn: 2 }]);
    const markdown = renderMarkdown(figures);
    expect(markdown).toContain('4 sur 10 tirées');
    expect(markdown).toContain('dans 2 des 3 strates');
    expect(markdown).toContain('1 strate n’a aucune offre lue');
    expect(markdown).toContain('50 offres en ligne, qui sont donc exclues des chiffres');
    expect(markdown).toContain('la colonne « poids » donne ce poids ajusté');

    // The offers CSV gives each offer the weight the figures use (N_h / n_h read), the drawn one beside it.
    await setAuditStatus(db, seeded.id, seeded.status, { details: audit.details });
    const out = mkdtempSync(join(tmpdir(), 'vigie-weights-'));
    await runReport({ database: { db }, audit: seeded.id, formats: ['csv'], out });
    const rows = parseCsv(readFileSync(join(out, `vigie-audit-${seeded.id}-offres.csv`), 'utf8'));
    rmSync(out, { recursive: true, force: true });
    const column = (name: string) => OFFER_CSV_COLUMNS.indexOf(name);
    const weights = new Map(
      rows.slice(1).map((row) => [row[column('offre')], [row[column('poids')], row[column('poids_tirage')]]]),
    );
    expect(weights.get('A1')).toEqual(['25', '25']);
    expect(weights.get('B1')).toEqual(['150', '75']);
    // Summed, the CSV's weights are the population the figures speak for.
    const total = rows
      .slice(1)
      .reduce((sum, row) => sum + Number((row[column('poids')] ?? '').replace(',', '.')), 0);
    expect(total).toBeCloseTo(figures.audit.weightTotal, 9);
    await db.destroy();
  });

  it('says nothing was lost when every drawn offer was read, and keeps the weights as drawn', async () => {
    const { db } = await openTestDatabase(engine);
    const offers: FixtureOffer[] = [
      { id: 'A1', stratum: '01', weight: 50, departement: '01', flags: [{ category: 'age_limit' }] },
      { id: 'A2', stratum: '01', weight: 50, departement: '01' },
      { id: 'B1', stratum: '02', weight: 100, departement: '02' },
      { id: 'B2', stratum: '02', weight: 100, departement: '02' },
    ];
    const design = {
      kind: 'stratified' as const,
      sampleSize: 4,
      strata: 'departement' as const,
      allocation: 'equal' as const,
      seed: 3,
    };
    const seeded = await seedAudit(db, design, offers, { population: 300 });
    const audit = {
      ...seeded,
      details: {
        stratified: {
          table: [
            { name: '01', size: 100, sampled: 2, weight: 50 },
            { name: '02', size: 200, sampled: 2, weight: 100 },
          ],
        },
      },
    };
    const figures = await computeFigures(db, audit);
    expect(figures.headline.illegal.any.share).toBeCloseTo((100 * (1 / 2)) / 300, 12);
    expect(figures.nonResponse).toMatchObject({ drawn: 4, fetched: 4, lost: 0, emptied: [] });
    expect(renderMarkdown(figures)).toContain('aucune, les 4 offres tirées ont été lues');
    await db.destroy();
  });
});
