import { expect, it } from 'vitest';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit } from './fixtures.js';

// 10 offers: 4 part-time (1 with hours stated in its text), 2 CDD of which 1 lacks its duration, 1 hostile title.
const OFFERS: FixtureOffer[] = [
  { id: 'C1', fullTime: false, flags: [{ category: 'hours_mismatch' }, { category: 'part_time' }] },
  { id: 'C2', fullTime: false, description: 'Temps partiel, 24 heures par semaine.' },
  { id: 'C3', fullTime: false },
  { id: 'C4', fullTime: false },
  { id: 'C5', contract: 'CDD', flags: [{ category: 'duration_missing' }, { category: 'not_cdi' }] },
  { id: 'C6', contract: 'CDD', flags: [{ category: 'not_cdi' }] },
  // The classifiers flag an offer stating no working time at all as hours_missing, and the section counts them.
  { id: 'C7', fullTime: null, flags: [{ category: 'hours_missing' }] },
  { id: 'C8', fullTime: null, description: 'Du lundi au vendredi, 35h/semaine.' },
  { id: 'C9' },
  { id: 'C10', title: '<script>alert(1)</script>' },
];

describeEachEngine('face à l’audit CGT', (engine) => {
  it('puts each CGT figure beside Vigie’s, over all offers and over the rule’s natural base', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'census' }, OFFERS);
    const figures = await computeFigures(db, audit);
    const row = (id: string) => figures.cgt.find((entry) => entry.id === id)!;

    const hours = row('hours_mismatch');
    expect(hours.cgtShare).toBeCloseTo(301 / 1708, 12);
    expect(hours.base).toBe('partTime');
    expect(hours.vigieAll?.any.share).toBeCloseTo(1 / 10, 12);
    expect(hours.vigieNatural?.any.share).toBeCloseTo(1 / 4, 12);
    expect(hours.vigieNatural?.any.sampled).toBe(4);

    const duration = row('duration_missing');
    expect(duration.base).toBe('fixedTerm');
    expect(duration.vigieNatural?.any.share).toBeCloseTo(1 / 2, 12);

    // Part-time offers with no weekly hours in their fields or text: C1, C3, C4 of 4.
    expect(row('part_time_no_schedule').vigieNatural?.any.share).toBeCloseTo(3 / 4, 12);
    // Working time not stated at all: C7 only (C8 states it in its text, the others are shown full- or part-time).
    expect(row('working_time_missing').vigieAll?.any.share).toBeCloseTo(1 / 10, 12);
    expect(row('cgt_2022').cgtShare).toBe(0.76);
    expect(row('union_strict').cgtShare).toBe(0.0822);

    const page = renderHtml(figures);
    expect(page).toContain('<section id="cgt"><h2>Face à l’audit CGT</h2>');
    expect(page).toContain('sur les offres à temps partiel (4 lues)');
    expect(page).toContain('76,0\u202f%');
    expect(page).not.toContain('<script>alert(1)</script>');
    const markdown = renderMarkdown(figures);
    expect(markdown).toContain('## Face à l’audit CGT');
    expect(markdown).toContain('8,2\u202f%');
  });

  it('says "non vérifié" for dead links on an import that visited no partner page', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'import' }, OFFERS);
    const figures = await computeFigures(db, audit);
    expect(figures.cgt.find((entry) => entry.id === 'dead_link')?.vigieAll).toBeNull();
    expect(renderMarkdown(figures)).toMatch(/Lien mort ou offre expirée \| non vérifié/);
  });
});
