import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { checkUrl, type UrlPolicy } from './url-guard.js';

const BLOCKED_RESOURCES = new Set(['image', 'font', 'media', 'stylesheet']);

/**
 * Renders a JavaScript-only partner page in Chromium, with every request the page makes (navigation, redirects,
 * scripts, XHR) checked against the URL policy first: a page's own scripts must not be able to reach what the
 * server itself may not. Chromium starts on first use and is shared.
 */
export class GuardedRenderer {
  private browser: Promise<Browser> | undefined;

  constructor(
    private readonly policy: UrlPolicy,
    private readonly timeoutMs = 15_000,
  ) {}

  async render(url: string): Promise<{ html: string; finalUrl: string; status: number | null }> {
    this.browser ??= launchChromium();
    const browser = await this.browser;
    const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const page = await context.newPage();
      await page.route('**/*', async (route) => {
        const request = route.request();
        if (BLOCKED_RESOURCES.has(request.resourceType())) return route.abort();
        try {
          await checkUrl(request.url(), this.policy);
        } catch {
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`rendering took more than ${this.timeoutMs} ms`)),
          this.timeoutMs,
        );
      });
      const load = async () => {
        const response = await page.goto(url, { waitUntil: 'load', timeout: this.timeoutMs });
        await page
          .waitForFunction(() => (document.body?.textContent ?? '').trim().length > 40, undefined, {
            timeout: 4000,
          })
          .catch(() => {});
        return { status: response?.status() ?? null, finalUrl: page.url(), html: await page.content() };
      };
      return await Promise.race([load(), deadline]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser).close().catch(() => {});
  }
}
