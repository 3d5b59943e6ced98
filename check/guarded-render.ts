import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { checkUrl, type UrlPolicy } from './url-guard.js';

const BLOCKED_RESOURCES = new Set(['image', 'font', 'media', 'stylesheet']);

/** The address a WebSocket's handshake goes to, as the http(s) URL the guard judges. */
function handshakeUrl(url: string): string {
  return url.replace(/^ws(s?):/i, 'http$1:');
}

/**
 * What a page's scripts could use to reach an address without a request Playwright routes: WebRTC (STUN and
 * TURN reach any host and port) and WebTransport. Removed from every frame before any script of the page runs.
 */
const UNROUTED_APIS = `(() => {
  for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceTransport', 'WebTransport']) {
    try { Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false }); } catch {}
  }
})();`;

/**
 * Renders a JavaScript-only partner page in Chromium, with every request the page makes (navigation, redirects,
 * scripts, XHR, WebSockets, in the page, its frames and any popup it opens) checked against the URL policy first:
 * a page's own scripts must not be able to reach what the server itself may not. `page.route` does not see
 * WebSockets: they go through `routeWebSocket`, connected to the server only once the guard lets their address
 * through. Chromium starts on first use and is shared.
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
      await context.addInitScript(UNROUTED_APIS);
      await context.routeWebSocket(/.*/, async (socket) => {
        try {
          await checkUrl(handshakeUrl(socket.url()), this.policy);
        } catch {
          // 1008: policy violation. The page sees a socket that closed, as if the server had refused it.
          await socket.close({ code: 1008, reason: 'blocked' }).catch(() => {});
          return;
        }
        socket.connectToServer();
      });
      await context.route('**/*', async (route) => {
        const request = route.request();
        if (BLOCKED_RESOURCES.has(request.resourceType())) return route.abort();
        try {
          await checkUrl(request.url(), this.policy);
        } catch {
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
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
