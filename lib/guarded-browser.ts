import type { BrowserContext, Route } from 'playwright-core';

/**
 * Refuses a URL (throws) when a page written by a stranger must not reach it: check's URL policy, or the
 * crawler's AddressGuard. Both judge http(s) URLs; a WebSocket is judged by the address of its handshake.
 */
export type UrlCheck = (url: string) => Promise<void>;

/** Never loaded by a page read for its text. */
export const BLOCKED_RESOURCES = new Set(['image', 'font', 'media', 'stylesheet']);

/** The address a WebSocket's handshake goes to, as the http(s) URL the guard judges. */
export function handshakeUrl(url: string): string {
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

export interface GuardContextOptions {
  /** Awaited before a request the guard let through goes out (the crawler's rate limiter). */
  beforeRequest?: (url: string) => Promise<void>;
}

/**
 * The one guard of every Chromium that renders a stranger's page (check's renderer, the crawler's pool): every
 * request of the context (navigation, redirects, scripts, XHR, frames, popups) is checked before it goes out;
 * WebSockets, which `route` does not see, go through `routeWebSocket` and reach their server only once the guard
 * lets their address through; WebRTC and WebTransport are removed. The context must be created with
 * `serviceWorkers: 'block'` (a service worker's requests escape routing).
 */
export async function guardContext(
  context: BrowserContext,
  check: UrlCheck,
  options: GuardContextOptions = {},
): Promise<void> {
  await context.addInitScript(UNROUTED_APIS);
  await context.routeWebSocket(/.*/, async (socket) => {
    try {
      await check(handshakeUrl(socket.url()));
    } catch {
      // 1008: policy violation. The page sees a socket that closed, as if the server had refused it.
      await socket.close({ code: 1008, reason: 'blocked' }).catch(() => {});
      return;
    }
    socket.connectToServer();
  });
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    if (BLOCKED_RESOURCES.has(request.resourceType())) return route.abort();
    const url = request.url();
    try {
      await check(url);
    } catch {
      return route.abort('blockedbyclient');
    }
    if (options.beforeRequest) await options.beforeRequest(url);
    return route.continue();
  });
}
