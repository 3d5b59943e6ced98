import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../../../lib/browser.js';
import { guardContext, type UrlCheck } from '../../../lib/guarded-browser.js';
import { AddressGuard } from '../../../lib/http/address-guard.js';
import { getLogger } from '../../../lib/logger.js';
import type { RateLimiter } from '../../http/rate-limiter.js';
import { isJavaScriptShell } from './detect-js-shell.js';

export interface BrowserPoolOptions {
  /** Pages rendered at once: one tab each. @default 4 */
  size?: number;
  /** A context is thrown away after this many pages: Chromium's memory creeps otherwise. @default 25 */
  pagesPerContext?: number;
  /** Navigation timeout. @default 20000 */
  navigationTimeoutMs?: number;
  /** Everything for one page (navigation, scripts, reading) must fit in this. @default 35000 */
  hardTimeoutMs?: number;
  /**
   * The most a page is waited for after "load", for its scripts to fetch and show the offer. @default 10000
   */
  settleMs?: number;
  /**
   * A page is read once its content has appeared (it no longer looks like an empty JavaScript shell) and none of
   * its requests has been in flight for this long. @default 100
   */
  quietMs?: number;
  /** Every request the browser makes to the page's own origin waits for its limiter: scripts and XHR count too. */
  limiterFor?: (url: string) => RateLimiter;
  userAgent?: string;
  /**
   * Judges every request a rendered page makes, WebSockets included: partner pages are written by strangers.
   * @default an AddressGuard with the system resolver (nothing loopback, private, link-local or metadata)
   */
  guard?: UrlCheck;
}

export interface RenderedPage {
  status: number | null;
  finalUrl: string;
  html: string;
}

/** The requests of a tab still waiting for an answer, and when the last one started or ended. */
interface Traffic {
  inFlight: Set<Request>;
  lastChange: number;
}

interface Slot {
  context: BrowserContext | undefined;
  /** The slot's tab, reused from one render to the next: opening a tab costs more than rendering a small page. */
  page: Page | undefined;
  traffic: Traffic;
  /** The address being rendered in the tab: its origin is the one the rate limiter protects. */
  url: string;
  pages: number;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function defaultGuard(): UrlCheck {
  const guard = new AddressGuard();
  return (url) => guard.check(url);
}

/**
 * A small pool of Chromium pages for partner sites that are JavaScript apps. Chromium starts on first use only;
 * contexts are recycled every few pages; every request a page makes (WebSockets included) passes the
 * address guard first; images, fonts, media and styles are never loaded; and each page has a
 * hard deadline after which it is closed, whatever it was doing.
 */
export class BrowserPool {
  private browser: Promise<Browser> | undefined;
  private readonly free: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private readonly options: Required<Omit<BrowserPoolOptions, 'limiterFor' | 'userAgent'>> & {
    [K in 'limiterFor' | 'userAgent']: BrowserPoolOptions[K] | undefined;
  };
  rendered = 0;
  /** Pages rendered at once. */
  readonly size: number;

  constructor(options: BrowserPoolOptions = {}) {
    this.options = {
      size: options.size ?? 4,
      pagesPerContext: options.pagesPerContext ?? 25,
      navigationTimeoutMs: options.navigationTimeoutMs ?? 20_000,
      hardTimeoutMs: options.hardTimeoutMs ?? 35_000,
      settleMs: options.settleMs ?? 10_000,
      quietMs: options.quietMs ?? 100,
      limiterFor: options.limiterFor,
      userAgent: options.userAgent,
      guard: options.guard ?? defaultGuard(),
    };
    this.size = this.options.size;
    this.free = Array.from({ length: this.options.size }, () => ({
      context: undefined,
      page: undefined,
      traffic: { inFlight: new Set<Request>(), lastChange: 0 },
      url: '',
      pages: 0,
    }));
  }

  async render(url: string): Promise<RenderedPage> {
    const slot = await this.takeSlot();
    try {
      slot.url = url;
      const page = await this.pageFor(slot);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          page.close().catch(() => {});
          reject(new Error(`rendering took more than ${this.options.hardTimeoutMs} ms`));
        }, this.options.hardTimeoutMs);
      });
      try {
        return await Promise.race([this.load(page, slot.traffic, url), deadline]);
      } catch (error) {
        // A tab that failed (timed out, crashed, refused to navigate) is not trusted with the next page.
        await page.close().catch(() => {});
        if (slot.page === page) slot.page = undefined;
        throw error;
      } finally {
        clearTimeout(timer);
      }
    } finally {
      this.releaseSlot(slot);
    }
  }

  private async load(page: Page, traffic: Traffic, url: string): Promise<RenderedPage> {
    traffic.inFlight.clear();
    traffic.lastChange = performance.now();
    const response = await page.goto(url, { waitUntil: 'load', timeout: this.options.navigationTimeoutMs });
    const html = await this.settle(page, traffic);
    this.rendered++;
    return { status: response?.status() ?? null, finalUrl: page.url(), html };
  }

  /**
   * A JavaScript app fetches the offer after (or around) "load": the page is read once its content has appeared
   * and its requests have been quiet for `quietMs` (the app's own XHR waits for the rate limiter too). A shell
   * whose request starts late is still a shell when the network is quiet: it is waited for, up to `settleMs`.
   * Playwright's "networkidle" waited 500 ms of silence after every page, content or not: most of a render.
   */
  private async settle(page: Page, traffic: Traffic): Promise<string> {
    const { quietMs, settleMs } = this.options;
    const deadline = performance.now() + settleMs;
    for (;;) {
      const now = performance.now();
      const quietFor = traffic.inFlight.size === 0 ? now - traffic.lastChange : 0;
      if (quietFor >= quietMs || now >= deadline) {
        if (now >= deadline || page.isClosed()) return await page.content();
        // A script navigating away (a redirect in JavaScript) leaves no page to read for a moment: look again.
        const html = await page.content().catch(() => undefined);
        if (html !== undefined && !isJavaScriptShell(html)) return html;
        // Still empty with nothing in flight: give its scripts another quiet window before looking again.
        traffic.lastChange = performance.now();
        continue;
      }
      const wait = traffic.inFlight.size === 0 ? quietMs - quietFor : quietMs;
      await sleep(Math.max(5, Math.min(wait, deadline - now, quietMs)));
    }
  }

  /** The slot's tab, in a context recycled every `pagesPerContext` pages; opened, with its routing, when missing. */
  private async pageFor(slot: Slot): Promise<Page> {
    const context = await this.contextFor(slot);
    if (slot.page && !slot.page.isClosed()) return slot.page;
    const page = await context.newPage();
    const { traffic } = slot;
    const started = (request: Request) => {
      traffic.inFlight.add(request);
      traffic.lastChange = performance.now();
    };
    const ended = (request: Request) => {
      if (traffic.inFlight.delete(request)) traffic.lastChange = performance.now();
    };
    page.on('request', started);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    slot.page = page;
    return page;
  }

  private async contextFor(slot: Slot): Promise<BrowserContext> {
    if (slot.context && slot.pages >= this.options.pagesPerContext) {
      await slot.context.close().catch(() => {});
      slot.context = undefined;
      slot.page = undefined;
    }
    if (!slot.context) {
      this.browser ??= launchChromium();
      const browser = await this.browser;
      slot.context = await browser.newContext({
        ...(this.options.userAgent ? { userAgent: this.options.userAgent } : {}),
        javaScriptEnabled: true,
        serviceWorkers: 'block',
      });
      // The partner's own host is what politeness protects; waiting on its CDN's scripts would make a render crawl.
      const { limiterFor } = this.options;
      await guardContext(slot.context, this.options.guard, {
        ...(limiterFor
          ? {
              beforeRequest: async (target: string) => {
                if (sameOrigin(target, slot.url)) await limiterFor(target).acquire();
              },
            }
          : {}),
      });
      slot.pages = 0;
    }
    slot.pages++;
    return slot.context;
  }

  private takeSlot(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (!browser) return;
    try {
      await (await browser).close();
    } catch (error) {
      getLogger('crawler').debug(
        { err: error instanceof Error ? error.message : String(error) },
        'browser close',
      );
    }
  }
}
