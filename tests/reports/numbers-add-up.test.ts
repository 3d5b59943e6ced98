import { expect, it } from 'vitest';
import { listAudits } from '../../db/audits.js';
import { countFlaggedOffers } from '../../db/flags.js';
import { CATEGORY_IDS, isGenuine } from '../../model/taxonomy.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { auditsPage } from '../../web/pages/audits-page.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit, VERSION } from './fixtures.js';

const OFFERS: FixtureOffer[] = [
  { id: 'N01' },
  // Stability and an anonymous employer are descriptions, not problems: still genuine.
  { id: 'N02', contract: 'CDD', flags: [{ category: 'not_cdi' }, { category: 'part_time' }] },
  { id: 'N03', employer: null, flags: [{ category: 'anonymous_employer' }] },
  // A flag citing a finer article than its category's: credited to that article only.
  {
    id: 'N04',
    contract: 'CDD',
    flags: [
      { category: 'cdd_rules', reference: 'Code du travail, art. L1251-5' },
      { category: 'salary_missing', severity: 'likely' },
    ],
  },
  {
    id: 'N05',
    flags: [{ category: 'age_limit', severity: 'likely', reference: 'Code du travail, art. L1132-1' }],
  },
  { id: 'N06', flags: [{ category: 'not_cdi' }, { category: 'duplicate' }] },
];

describeEachEngine('numbers that add up', (engine) => {
  it('computes each headline figure from the flags and from the JSON, and the summaries and /audits agree', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'census' }, OFFERS, { label: 'décembre' });
    const figures: ReportFigures = JSON.parse(JSON.stringify(await computeFigures(db, audit)));

    // From the flags in the database, offer by offer, with the taxonomy's one definition.
    const flags = await db
      .selectFrom('flags')
      .select(['offer_id', 'category', 'severity', 'reference'])
      .where('audit_id', '=', audit.id)
      .where('classifier_version', '=', VERSION)
      .execute();
    const of = (id: string) =>
      flags
        .filter((flag) => flag.offer_id === id)
        .map((flag) => ({
          category: CATEGORY_IDS.find((category) => category === flag.category) ?? 'not_a_job',
          severity: flag.severity === 'likely' ? ('likely' as const) : ('certain' as const),
        }));
    const ids = OFFERS.map((offer) => offer.id);
    const genuine = ids.filter((id) => isGenuine(of(id))).length;
    const genuineCertain = ids.filter((id) => isGenuine(of(id), { countLikely: false })).length;
    const flagged = ids.length - genuine;
    expect(genuine).toBe(3);
    expect(genuineCertain).toBe(3 + 1);

    // From the report's JSON.
    expect(figures.headline.genuine.any.count).toBe(genuine);
    expect(figures.headline.genuine.certain.count).toBe(genuineCertain);
    expect(figures.audit.flaggedOffers).toBe(flagged);
    expect(figures.audit.offersRead - figures.headline.genuine.any.count).toBe(figures.audit.flaggedOffers);

    // The summaries, `vigie audits` and /audits.
    expect(await countFlaggedOffers(db, audit.id, VERSION)).toBe(flagged);
    const listed = (await listAudits(db)).find((entry) => entry.id === audit.id)!;
    expect(listed.flaggedOffers).toBe(flagged);
    expect(auditsPage([listed])).toMatch(new RegExp(`<td>6</td>\\s*<td>${flagged}</td>`));
    const page = renderHtml(figures);
    expect(page).toContain(`3 à 4 offres sans problème sur 6 lues ; ${flagged} signalées`);
    expect(page).not.toContain('sans aucune alerte');

    // Each flag counted once, under the article it cites (N05's age limit cites L1132-1, not L5331-2).
    const article = (id: string) => figures.articles.find((entry) => entry.article === id);
    expect(article('L1132-1')?.any.count).toBe(1);
    expect(article('L1132-1')?.certain.count).toBe(0);
    expect(article('L5331-2')?.any.count).toBe(0);
    expect(article('L1251-5')?.any.count).toBe(1);
    expect(article('L1251-12')?.any.count).toBe(0);
    expect(article('L1242-1')?.any.count).toBe(0);
    expect(renderMarkdown(figures)).not.toMatch(/(\d+) à \1 offres/);
  });

  it('makes no claim about offers online on an import, and says dead links were not checked', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'import', file: 'offres.json' }, OFFERS, { population: 6 });
    const figures = await computeFigures(db, audit);
    expect(figures.audit.population).toBeNull();
    expect(figures.categories.find((category) => category.id === 'dead_link')?.checked).toBe(false);
    const page = renderHtml(figures);
    expect(page).not.toContain('en ligne ·');
    expect(page).not.toContain('soit environ');
    expect(page).toContain('non vérifié');
    expect(renderMarkdown(figures)).toContain('non vérifié');
  });
});
