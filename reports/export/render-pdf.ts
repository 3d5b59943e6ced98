import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from '../../lib/browser.js';

/** Whether a PDF can be made here: it needs Chromium, which a minimal server may not have. */
export function canRenderPdf(): boolean {
  return findChromium() !== undefined;
}

/**
 * The footer Chromium prints in each page's bottom margin: "page 3 sur 12". Chromium fills the `pageNumber` and
 * `totalPages` spans; the template has its own tiny document, so it states its font and size.
 */
export const PDF_FOOTER =
  '<div style="width:100%;margin:0 12mm;font:8pt system-ui,Arial,sans-serif;color:#5b6475;text-align:right">' +
  'page <span class="pageNumber"></span> sur <span class="totalPages"></span></div>';

/** Chromium's print options for a report: A4 with the stylesheet's margins, backgrounds, the numbered footer. */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: PDF_FOOTER,
} as const;

/** Prints a tab holding a report to PDF, as `renderPdf` does: tests print a tab they have prepared the same way. */
export async function printReport(tab: Page): Promise<Buffer> {
  await tab.emulateMedia({ media: 'print' });
  return await tab.pdf(PDF_OPTIONS);
}

/**
 * The report's HTML printed to PDF by Chromium, with the page's print styles. Scripts are disabled and every
 * request is refused: the page is self-contained, and offer text must not be able to reach out even here.
 */
export async function renderPdf(page: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page, { waitUntil: 'load' });
    return await printReport(tab);
  } finally {
    await browser.close();
  }
}
