import { findChromium, launchChromium } from '../../lib/browser.js';

/** Whether a PDF can be made here: it needs Chromium, which a minimal server may not have. */
export function canRenderPdf(): boolean {
  return findChromium() !== undefined;
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
    return await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
