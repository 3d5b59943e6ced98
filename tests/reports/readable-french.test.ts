import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../classifiers/rules/index.js';
import { resolveAudit } from '../../db/audits.js';
import { DEPARTEMENTS, ROME_DOMAINS, RULE_NAMES, ruleName } from '../../model/names-fr.js';
import { CATEGORY_IDS } from '../../model/taxonomy.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { changeScale } from '../../reports/render/svg-charts.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { openTestDatabase } from '../helpers/databases.js';
import { seedAudit, simulatedOffers } from './fixtures.js';

/** What a reader of the HTML sees: the text outside the tags, entities decoded. */
function visibleText(page: string): string {
  return page
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A rule id (`age_limit.age_range`, the fixtures' `not_cdi.test`) or a bare snake_case code. */
const RULE_ID = new RegExp(`\\b(?:${CATEGORY_IDS.join('|')})\\.[a-z_]+`, 'g');
const SNAKE_CODE = /\b[a-z]+_[a-z_]+\b/g;

let figures: ReportFigures;

beforeAll(async () => {
  const { db } = await openTestDatabase('pglite');
  const random = seededRandom(3);
  const earlier = simulatedOffers(random, 200, 1.4).map((offer) => ({ ...offer, weight: 40 }));
  await seedAudit(db, { kind: 'sample', sampleSize: 200, seed: 2 }, earlier, { label: 'Octobre 2026' });
  const offers = simulatedOffers(random, 200).map((offer) => ({ ...offer, weight: 40 }));
  const audit = await seedAudit(db, { kind: 'sample', sampleSize: 200, seed: 3 }, offers, {
    label: 'Novembre 2026',
  });
  figures = await computeFigures(db, audit, {
    compareWith: await resolveAudit(db, 'previous', audit.id),
    now: new Date('2026-11-28T12:00:00Z'),
  });
}, 120_000);

describe('what a reader sees is French', () => {
  it('names every rule in French, and a variant or an unknown rule by its category', () => {
    for (const rule of ALL_RULES) expect(RULE_NAMES[rule.id], rule.id).toBeTruthy();
    expect(ruleName('not_cdi.cdd')).toBe('Contrat autre que CDI');
    expect(ruleName('<b>x</b>')).toBe('Règle sans nom');
  });

  it('shows no rule id nor snake_case code in the HTML or the Markdown', () => {
    expect(figures.rules.length).toBeGreaterThan(3);
    for (const text of [visibleText(renderHtml(figures)), renderMarkdown(figures)]) {
      expect(text.match(RULE_ID) ?? []).toEqual([]);
      expect(text.match(SNAKE_CODE) ?? []).toEqual([]);
    }
  });

  it('names départements and ROME domains, with their codes beside', () => {
    expect(Object.keys(DEPARTEMENTS)).toHaveLength(101);
    expect(Object.keys(ROME_DOMAINS)).toEqual([...'ABCDEFGHIJKLMN']);
    const paris = figures.breakdowns.departement.find((row) => row.key === '75');
    expect(paris?.label).toBe('Paris (75)');
    const rome = figures.breakdowns.romeDomain.find((row) => row.key?.startsWith('K'));
    expect(rome?.label).toBe(`Services à la personne et à la collectivité (${rome?.key})`);
    const html = visibleText(renderHtml(figures));
    expect(html).toContain('Paris (75)');
    expect(renderMarkdown(figures)).toContain('Paris (75)');
  });

  it('puts the month-over-month section one link from the top, on an axis scaled to its figures', () => {
    const comparison = figures.comparison!;
    const page = renderHtml(figures);
    const hero = page.slice(page.indexOf('<header class="hero">'), page.indexOf('</header>'));
    expect(hero).toContain('href="#evolution"');
    expect(hero).toContain('Ce qui a changé depuis « Octobre 2026 »');
    expect(page).toContain('<section id="evolution">');
    expect(renderMarkdown(figures)).toMatch(
      /Ce qui a changé depuis « Octobre 2026 » : .* après correction \(section/,
    );
    // Intervals of the changes are in signed points, with a decimal comma.
    expect(visibleText(page)).toMatch(/[−+]?\d+,\d à [−+]?\d+,\d\u00a0pts/);
    const scale = changeScale([
      {
        label: 'a',
        before: 0.12,
        after: 0.15,
        beforeInterval: { low: 0.1, high: 0.14 },
        afterInterval: null,
        significant: true,
      },
      { label: 'b', before: 0.2, after: 0.18, beforeInterval: null, afterInterval: null, significant: false },
    ]);
    expect(scale).toEqual({ low: 0.1, high: 0.2, ticks: [0.1, 0.12, 0.14, 0.16, 0.18, 0.2] });
    expect(comparison.changes.length).toBeGreaterThan(3);
  });
});
