import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAudit } from '../../db/audits.js';
import { launchChromium } from '../../lib/browser.js';
import { escapeHtml, html, safeUrl } from '../../lib/html.js';
import { renderPdf } from '../../reports/export/render-pdf.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { ReportFigures } from '../../reports/figures/report-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { openTestDatabase } from '../helpers/databases.js';
import { openInBrowser } from './browser-page.js';
import { type FixtureOffer, seedAudit, simulatedOffers } from './fixtures.js';

const artifacts = new URL('../artifacts/', import.meta.url);

// One Chromium for the whole file: launching it is the slowest step of these tests.
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  let figures: ReportFigures;
  let page: string;

  beforeAll(async () => {
    const { db } = await openTestDatabase('pglite');
    const random = seededRandom(42);
    await seedAudit(
      db,
      { kind: 'sample', sampleSize: 400, seed: 41 },
      simulatedOffers(random, 400, 1.4).map((offer) => ({ ...offer, weight: 40 })),
      { label: 'Octobre 2026', population: 16_000 },
    );
    const offers = simulatedOffers(random, 400).map((offer) => ({ ...offer, weight: 40 }));
    const audit = await seedAudit(db, { kind: 'sample', sampleSize: 400, seed: 42 }, offers, {
      label: 'Novembre 2026',
      population: 16_000,
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

const PAYLOADS = [
  '<script>alert("script")</script>',
  '<img src=x onerror=alert("img")>',
  '</style><script>alert("style")</script>',
  '<a href="javascript:alert(\'lien\')">cliquez</a>',
  '"><svg onload=alert("attr")>',
  "'><iframe src=javascript:alert('frame')></iframe>",
  '<link rel=stylesheet href=https://evil.example/x.css><img src=https://evil.example/pixel.gif>',
  '</title><script>alert("title")</script>',
  '<style>body{background:url(https://evil.example/bg)}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
];

function hostileOffers(): FixtureOffer[] {
  return PAYLOADS.map((payload, index) => ({
    id: index === 0 ? '"><script>alert("id")</script>' : `X${index}`,
    title: payload,
    employer: PAYLOADS[(index + 1) % PAYLOADS.length]!,
    departement: PAYLOADS[(index + 2) % PAYLOADS.length]!,
    rome: PAYLOADS[(index + 3) % PAYLOADS.length]!,
    origin: 'partner',
    partner: PAYLOADS[(index + 4) % PAYLOADS.length]!,
    contract: index % 2 === 0 ? 'CDI' : PAYLOADS[(index + 5) % PAYLOADS.length]!,
    flags: [
      { category: 'age_limit', evidence: payload, rule: PAYLOADS[(index + 6) % PAYLOADS.length]! },
      { category: 'not_a_job', severity: 'likely', evidence: `javascript:alert(${index})` },
    ],
  }));
}

describe('hostile offer text', () => {
  let page: string;

  beforeAll(async () => {
    const { db } = await openTestDatabase('pglite');
    const audit = await seedAudit(db, { kind: 'census' }, hostileOffers(), {
      label: '<script>alert("label")</script>',
      clusters: [{ cluster: '<b>c</b>', original: 'X1', members: ['X2', 'X3'] }],
    });
    page = renderHtml(await computeFigures(db, audit, { examplesPerCategory: 10 }));
    mkdirSync(new URL('../artifacts/', import.meta.url), { recursive: true });
    writeFileSync(new URL('../artifacts/hostile-report.html', import.meta.url), page);
  }, 120_000);

  it('is escaped everywhere by the template, and links are http(s) only', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;',
    );
    expect(html`<p title="${'" onmouseover="x'}">${'<b>'}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;b&gt;</p>',
    );
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl('https://candidat.francetravail.fr/x')).toBe('https://candidat.francetravail.fr/x');
    // The page holds exactly one <style> and no script, iframe, img, link or event handler written by an offer.
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<iframe|<img|<link|<svg onload|<meta http-equiv="refresh"/i);
    // An event handler can only live inside a tag; offer text shows "onerror=" as escaped text, outside any tag.
    expect(page).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  });

  it('runs nothing, requests nothing and still renders in Chromium', async () => {
    const { context, tab, problems, requests } = await openInBrowser(browser, page);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const dom = await tab.evaluate(`(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        scripts: document.querySelectorAll('script, iframe, img, link, object, embed').length,
        handlers: all.filter((el) => [...el.attributes].some((attr) => attr.name.startsWith('on'))).length,
        badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((href) => !href.startsWith('#') && !href.startsWith('https://')),
        styles: document.querySelectorAll('style').length,
        metaRefresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
        sections: document.querySelectorAll('section').length,
        text: document.body.innerText,
      };
    })()`);
    const seen = dom as {
      scripts: number;
      handlers: number;
      badLinks: string[];
      styles: number;
      metaRefresh: number;
      sections: number;
      text: string;
    };
    expect(seen.scripts).toBe(0);
    expect(seen.handlers).toBe(0);
    expect(seen.badLinks).toEqual([]);
    expect(seen.styles).toBe(1);
    expect(seen.metaRefresh).toBe(0);
    expect(seen.sections).toBeGreaterThanOrEqual(8);
    // The hostile text is shown to the reader as text.
    expect(seen.text).toContain('<script>alert("script")</script>');
    expect(seen.text).toContain('javascript:alert(1)');
    await tab.screenshot({ path: new URL('../artifacts/hostile-report.png', import.meta.url).pathname });
    await context.close();
  });

  it('stays inert in Markdown', async () => {
    const { db } = await openTestDatabase('pglite');
    const audit = await seedAudit(db, { kind: 'census' }, hostileOffers());
    const markdown = renderMarkdown(await computeFigures(db, audit));
    expect(markdown).not.toMatch(/<script|<img|<iframe|<svg|<link|<style|<meta/i);
    expect(markdown).not.toMatch(/\]\(javascript:/i);
  });
});
