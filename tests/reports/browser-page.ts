import type { Browser } from 'playwright-core';

/** Opens a page in Chromium and records everything that should never happen in a report. */
export async function openInBrowser(browser: Browser, page: string, viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const tab = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await tab.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await tab.setContent(page, { waitUntil: 'load' });
  return { context, tab, problems, requests };
}
