/**
 * Application sites (`contact.urlPostulation`) are their own figure in the report: the share of offers that send
 * candidates to one, and of those visited, the share dead or unreachable, with its interval, "non vérifié" when none
 * was visited. Partner copies stay out of it, and it stays out of the partner pages' count.
 */

import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { storePartnerPages } from '../../db/partner-pages.js';
import type { Schema } from '../../db/schema.js';
import { EMPTY_STATED } from '../../model/partner-page.js';
import { applicationLinksCsv } from '../../reports/export/application-links-csv.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { parseCsv } from '../../reports/validation/parse-csv.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit } from './fixtures.js';

const apply = (id: string) => `https://app.mytalentplug.example/postuler/${id}`;

/**
 * Twenty offers: eight with an application site (A01–A08), one partner offer whose urlPostulation is its partner's
 * own page (P01: a partner copy, not an application site), eleven without a link.
 */
const OFFERS: FixtureOffer[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `A0${i + 1}`, applyUrl: apply(`A0${i + 1}`) })),
  {
    id: 'P01',
    origin: 'partner' as const,
    partner: 'METEOJOB',
    partnerUrl: 'https://meteojob.example/offres/P01',
    applyUrl: 'https://meteojob.example/offres/P01',
  },
  ...Array.from({ length: 11 }, (_, i) => ({ id: `N${String(i + 1).padStart(2, '0')}` })),
];

async function visit(db: Kysely<Schema>, auditId: number): Promise<void> {
  const page = (offerId: string, url: string, live: boolean | null, kind: 'partner' | 'application') => ({
    offerId,
    url,
    kind,
    finalUrl: url,
    status: live === null ? null : live ? 200 : 404,
    live,
    reason: live === null ? 'timeout' : live ? 'ok' : 'http_404',
    renderedWith: 'http' as const,
    stated: EMPTY_STATED,
    error: null,
    fetchedAt: '2026-12-02T10:00:00.000Z',
  });
  // Five of the eight sites visited: two dead, one unreachable, two live; the partner's page, dead, apart.
  await storePartnerPages(db, auditId, [
    page('A01', apply('A01'), false, 'application'),
    page('A02', apply('A02'), false, 'application'),
    page('A03', apply('A03'), null, 'application'),
    page('A04', apply('A04'), true, 'application'),
    page('A05', apply('A05'), true, 'application'),
    page('P01', 'https://meteojob.example/offres/P01', false, 'partner'),
  ]);
}

describeEachEngine('the application-link figure', (engine) => {
  it('counts application sites apart from partner copies, in every format', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'sample', sampleSize: 20, seed: 1 }, OFFERS, {
      population: 2000,
    });
    await visit(db, audit.id);
    const figures = await computeFigures(db, audit);
    const figure = figures.applicationLinks;
    expect(figure?.withLink).toMatchObject({ count: 8, sampled: 20, share: 0.4 });
    expect(figure?.visited).toBe(5);
    expect(figure?.dead).toMatchObject({ count: 2, sampled: 5, share: 0.4 });
    expect(figure?.unreachable).toMatchObject({ count: 1, sampled: 5, share: 0.2 });
    // A sample: the shares carry their interval, around the share.
    const interval = figure?.dead?.interval;
    expect(interval?.low).toBeLessThan(0.4);
    expect(interval?.high).toBeGreaterThan(0.4);
    // The partner's page is a partner page; the application sites are counted apart.
    expect(figures.audit.partnerPagesChecked).toBe(1);
    expect(figures.audit.applicationLinksChecked).toBe(5);

    const markdown = renderMarkdown(figures);
    expect(markdown).toContain('## Liens de candidature');
    expect(markdown).toMatch(
      /Offres renvoyant vers un site de candidature \| 40,0\u202f% \(IC 95 % : [^)]+\) \| 8 sur 20/,
    );
    expect(markdown).toMatch(/Lien de candidature mort [^|]+\| 40,0\u202f% \(IC 95 % : [^)]+\) \| 2 sur 5/);
    expect(markdown).toMatch(
      /Lien de candidature injoignable [^|]+\| 20,0\u202f% \(IC 95 % : [^)]+\) \| 1 sur 5/,
    );
    expect(markdown).toContain('liens de candidature vérifiés, comptés à part : 5');
    const html = renderHtml(figures);
    expect(html).toContain('<section id="candidature"><h2>Liens de candidature</h2>');
    expect(html).toContain('href="#candidature"');

    const rows = parseCsv(applicationLinksCsv(figures) ?? '');
    expect(rows[1]?.[0]).toBe('code');
    const byCode = Object.fromEntries(rows.slice(2).map((row) => [row[0], row]));
    expect(byCode.avec_lien?.slice(2, 3)).toEqual(['40']);
    expect(byCode.lien_mort?.slice(5, 7)).toEqual(['2', '5']);
    expect(byCode.lien_injoignable?.[2]).toBe('20');
  });

  it('says "non vérifié" when no application site was visited, not 0 %', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'import', file: 'offres.json' }, OFFERS);
    const figures = await computeFigures(db, audit);
    expect(figures.applicationLinks?.withLink.count).toBe(8);
    expect(figures.applicationLinks?.dead).toBeNull();
    expect(figures.applicationLinks?.unreachable).toBeNull();
    expect(renderMarkdown(figures)).toMatch(/Lien de candidature mort [^|]+\| non vérifié \| — \|/);
    const rows = parseCsv(applicationLinksCsv(figures) ?? '');
    expect(rows.find((row) => row[0] === 'lien_mort')?.[2]).toBe('non vérifié');
  });
});
