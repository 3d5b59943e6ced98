import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { guardContext } from '../lib/guarded-browser.js';
import { AddressGuard, type Resolver, type UrlPolicy } from '../lib/http/address-guard.js';

/**
 * Renders a JavaScript-only partner page in Chromium, with every request the page makes (navigation, redirects,
 * scripts, XHR, WebSockets, in the page, its frames and any popup it opens) checked against the URL policy first:
 * a page's own scripts must not be able to reach what the server itself may not. `page.route` does not see
 * WebSockets: they go through `routeWebSocket`, connected to the server only once the guard lets their address
 * through. Chromium starts on first use and is shared.
 */
export class GuardedRenderer {
  private browser: Promise<Browser> | undefined;
  private readonly guard: AddressGuard;

  /** `resolve`: the names of the page's requests, for the guard (the system resolver when absent). */
  constructor(
    policy: UrlPolicy,
    private readonly timeoutMs = 15_000,
    resolve?: Resolver,
  ) {
    this.guard = AddressGuard.forPolicy(policy, resolve);
  }

  async render(url: string): Promise<{ html: string; finalUrl: string; status: number | null }> {
    this.browser ??= launchChromium();
    const browser = await this.browser;
    const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' });
    let timer: NodeJS.Timeout | undefined;
    try {
      await guardContext(context, (target) => this.guard.check(target));
      const page = await context.newPage();
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
