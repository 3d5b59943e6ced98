import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAudit } from '../../db/audits.js';
import { launchChromium } from '../../lib/browser.js';
import { printReport } from '../../reports/export/render-pdf.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { seededRandom } from '../../reports/statistics/seeded-random.js';
import { openTestDatabase } from '../helpers/databases.js';
import { seedAudit, simulatedOffers } from './fixtures.js';
import { type PdfPage, readPdf } from './pdf-reader.js';

const artifacts = new URL('../artifacts/', import.meta.url);

/** The A4 page's printable height in CSS pixels: 297 mm less the stylesheet's 14 mm and 16 mm margins. */
const PAGE_HEIGHT_PX = ((297 - 14 - 16) / 25.4) * 96;

/**
 * Marks, in the page printed, the top and bottom of every block that must not be cut and the bottom of every
 * heading with the top of what follows it, each as a 2-pixel link placed absolutely (the layout does not move).
 * Chromium writes each link as an annotation of the page it lands on: where a block begins and ends is read
 * from the PDF itself, not guessed. Returns each block's kind and its height in the print layout.
 */
const MARK_BLOCKS = `(() => {
  const mark = (element, name, edge) => {
    const link = document.createElement('a');
    link.href = 'https://vigie.invalid/m/' + name + '-' + edge;
    link.setAttribute('style', 'position:absolute;left:0;width:2px;height:2px;' + (edge === 'bottom' ? 'bottom:0' : 'top:0'));
    if (getComputedStyle(element).position === 'static') element.style.position = 'relative';
    element.appendChild(link);
  };
  const blocks = [];
  const kinds = { 'chart-wrap': 'chart', 'table-wrap': 'table', card: 'card', example: 'example' };
  for (const [cls, kind] of Object.entries(kinds))
    document.querySelectorAll('.' + cls).forEach((element, index) => {
      const name = kind + index;
      blocks.push({ name, kind, height: element.getBoundingClientRect().height });
      mark(element, name, 'top');
      mark(element, name, 'bottom');
    });
  const headings = [];
  document.querySelectorAll('main h2, main h3').forEach((heading, index) => {
    const next = heading.nextElementSibling;
    if (!next) return;
    const name = 'heading' + index;
    headings.push({ name, text: heading.textContent });
    mark(heading, name, 'bottom');
    mark(next, name, 'next');
  });
  return { blocks, headings };
})()`;

interface Marked {
  blocks: Array<{ name: string; kind: string; height: number }>;
  headings: Array<{ name: string; text: string }>;
}

let browser: Browser;
let pages: PdfPage[];
let marked: Marked;

beforeAll(async () => {
  browser = await launchChromium();
  const { db } = await openTestDatabase('pglite');
  const random = seededRandom(7);
  await seedAudit(
    db,
    { kind: 'sample', sampleSize: 400, seed: 6 },
    simulatedOffers(random, 400, 1.4).map((offer) => ({ ...offer, weight: 40 })),
    { label: 'Octobre 2026', population: 16_000 },
  );
  const audit = await seedAudit(
    db,
    { kind: 'sample', sampleSize: 400, seed: 7 },
    simulatedOffers(random, 400).map((offer) => ({ ...offer, weight: 40 })),
    { label: 'Novembre 2026', population: 16_000 },
  );
  const figures = await computeFigures(db, audit, {
    compareWith: await resolveAudit(db, 'previous', audit.id),
    now: new Date('2026-11-28T12:00:00Z'),
  });
  const context = await browser.newContext({ viewport: { width: 703, height: 1000 } });
  const tab = await context.newPage();
  await tab.route('**/*', (route) => route.abort());
  await tab.setContent(renderHtml(figures), { waitUntil: 'load' });
  await tab.emulateMedia({ media: 'print' });
  marked = (await tab.evaluate(MARK_BLOCKS)) as Marked;
  const pdf = await printReport(tab);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(new URL('report-pages.pdf', artifacts), pdf);
  pages = readPdf(pdf);
  await context.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** The page (from 1) each mark was printed on. */
function pageOfMarks(): Map<string, number> {
  const found = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const link of page.links) {
      const name = /^https:\/\/vigie\.invalid\/m\/(.+)$/.exec(link)?.[1];
      if (name && !found.has(name)) found.set(name, index + 1);
    }
  });
  return found;
}

describe('the PDF report', () => {
  it('runs over several pages, each numbered "page X sur Y" in its footer', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, index) => {
      expect(page.text).toContain(`page ${index + 1} sur ${pages.length}`);
    });
    expect(pages[0]!.text).toContain('Audit des offres');
  });

  it('cuts no chart, card, example or table shorter than a page across a page break', () => {
    const at = pageOfMarks();
    expect(marked.blocks.filter((block) => block.kind === 'chart').length).toBeGreaterThanOrEqual(4);
    const cut: string[] = [];
    for (const block of marked.blocks) {
      const top = at.get(`${block.name}-top`);
      const bottom = at.get(`${block.name}-bottom`);
      expect(top, `${block.name} top printed`).toBeDefined();
      expect(bottom, `${block.name} bottom printed`).toBeDefined();
      // Only a table taller than a whole page may, and must, continue on the next one (its header repeated).
      const mayBreak = block.kind === 'table' && block.height > PAGE_HEIGHT_PX * 0.95;
      if (top !== bottom && !mayBreak) cut.push(`${block.name} (pages ${top}–${bottom})`);
    }
    expect(cut).toEqual([]);
  });

  it('leaves no heading alone at the foot of a page', () => {
    const at = pageOfMarks();
    expect(marked.headings.length).toBeGreaterThan(10);
    const stranded = marked.headings
      .filter((heading) => at.get(`${heading.name}-bottom`) !== at.get(`${heading.name}-next`))
      .map((heading) => heading.text);
    expect(stranded).toEqual([]);
  });
});
