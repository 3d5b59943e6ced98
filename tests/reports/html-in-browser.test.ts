import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAudit } from '../../db/audits.js';
import { launchChromium } from '../../lib/browser.js';
import { renderPdf } from '../../reports/export/render-pdf.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { openTestDatabase } from '../helpers/databases.js';
import { openInBrowser } from './browser-page.js';
import { seedAudit, simulatedOffers } from './fixtures.js';

const artifacts = new URL('../artifacts/', import.meta.url);

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  let figures: ReportFigures;
  let page: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const { db } = await openTestDatabase('pglite');
    const random = seededRandom(42);
    await seedAudit(
      db,
      { kind: 'sample', sampleSize: 600, seed: 41 },
      simulatedOffers(random, 600, 1.4).map((offer) => ({ ...offer, weight: 40 })),
      { label: 'Octobre 2026', population: 24_000 },
    );
    const offers = simulatedOffers(random, 600).map((offer) => ({ ...offer, weight: 40 }));
    const audit = await seedAudit(db, { kind: 'sample', sampleSize: 600, seed: 42 }, offers, {
      label: 'Novembre 2026',
      population: 24_000,
      clusters: [
        { cluster: 'k1', original: offers[0]!.id, members: offers.slice(1, 9).map((offer) => offer.id) },
        { cluster: 'k2', original: offers[10]!.id, members: offers.slice(11, 14).map((offer) => offer.id) },
      ],
    });
    figures = await computeFigures(db, audit, {
      compareWith: await resolveAudit(db, 'previous', audit.id),
      now: new Date('2026-11-28T12:00:00Z'),
    });
    page = renderHtml(figures);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(new URL('report.html', artifacts), page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders without errors or network requests, on a desktop and a phone', async () => {
    for (const [name, viewport] of [
      ['report.png', { width: 1100, height: 900 }],
      ['report-phone.png', { width: 390, height: 844 }],
    ] as const) {
      const { context, tab, problems, requests } = await openInBrowser(browser, page, viewport);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(await tab.locator('h1').textContent()).toContain('Novembre 2026');
      expect(await tab.locator('section').count()).toBeGreaterThanOrEqual(8);
      expect(await tab.locator('svg.chart').count()).toBeGreaterThanOrEqual(4);
      // Nothing may be wider than the screen on a phone: tables scroll inside their own box.
      const overflow = await tab.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(1);
      await tab.screenshot({ path: new URL(name, artifacts).pathname, fullPage: true });
      await context.close();
    }
  });

  it('prints to a PDF', async () => {
    const pdf = await renderPdf(page);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    writeFileSync(new URL('report.pdf', artifacts), pdf);
  });
});
