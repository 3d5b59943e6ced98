/**
 * Guarantee 4 — published pages are safe: the address guard holds for every way a stranger's link or page can
 * reach an address.
 *
 * - Every IPv6 spelling of a loopback or private IPv4 address (IPv4-compatible `::7f00:1`, `::127.0.0.1`,
 *   IPv4-translated `::ffff:0:7f00:1`, NAT64 `64:ff9b::7f00:1`, mapped `::ffff:7f00:1`…) is refused, written in
 *   the link or returned by the resolver.
 * - `serve --site-url http://127.0.0.1:R` trusts that one origin: `/api/check?q=http://127.0.0.1:OTHER/…` and
 *   `http://localhost:OTHER/…` are refused, and the server on the other port sees no request at all.
 * - A partner page rendered in Chromium (check's renderer and the crawler's pool, one guard: `lib/guarded-browser.ts`)
 *   reaches no address the guard refuses, WebSockets included (`page.route`
 *   does not see them).
 * - No name is resolved through the system resolver on the check's code paths: the resolver is injected, and a
 *   spy on `node:dns` proves it is never called.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSettingsFrom, urlPolicyOf } from '../../check/check-settings.js';
import { createCheckFetcher } from '../../check/crawler-fetcher.js';
import { guardedFetch } from '../../check/guarded-fetch.js';
import { GuardedRenderer } from '../../check/guarded-render.js';
import { readPartnerPageGuarded } from '../../check/read-partner-page.js';
import { runServe } from '../../cli/commands/serve.js';
import { BrowserPool } from '../../crawler/sources/partner/browser-pool.js';
import { findChromium } from '../../lib/browser.js';
import {
  AddressGuard,
  assertPublicAddress,
  checkUrl,
  checkUrlSyntax,
  isNonPublicAddress,
  type Resolver,
  type UrlPolicy,
  UrlRefused,
} from '../../lib/http/address-guard.js';

const EMBEDDED_LOOPBACK = [
  '::7f00:1',
  '::127.0.0.1',
  '::ffff:0:7f00:1',
  '::ffff:0:127.0.0.1',
  '0:0:0:0:0:0:7f00:1',
  '::ffff:7f00:1',
  '::ffff:127.0.0.1',
  '0:0:0:0:0:ffff:7f00:0001',
  '64:ff9b::7f00:1',
  '64:ff9b::127.0.0.1',
  '64:ff9b:1::7f00:1',
  '2002:7f00:1::1',
  '::a9fe:a9fe',
  '::ffff:0:a9fe:a9fe',
  '::ffff:a9fe:a9fe',
  '::a00:1',
  '::c0a8:1',
  '::',
  '::1',
  '::ffff:1:7f00:1',
];

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    return error instanceof UrlRefused ? error.refusal : `other: ${String(error)}`;
  }
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('IPv4 inside IPv6', () => {
  const policy: UrlPolicy = { allowedHosts: ['.public.test'] };

  it('is refused in every spelling, as a literal and as a resolved address', async () => {
    for (const address of EMBEDDED_LOOPBACK) {
      expect(isNonPublicAddress(address), address).toBe(true);
      expect(isNonPublicAddress(`[${address}]`), address).toBe(true);
      const resolver: Resolver = async () => [address];
      expect(await refusal(() => checkUrl('https://www.public.test/', policy, resolver)), address).toBe(
        'private_address',
      );
      expect(await refusal(() => assertPublicAddress('www.public.test', address, policy))).toBe(
        'private_address',
      );
      const literal: UrlPolicy = { allowedHosts: [address, `[${address}]`] };
      expect(await refusal(() => checkUrlSyntax(`http://[${address}]/`, literal)), address).not.toBe(
        'allowed',
      );
    }
  });

  it('still lets public addresses through', async () => {
    for (const address of ['2606:4700:4700::1111', '2a01:cb00::1', '::ffff:8.8.8.8', '93.184.216.34']) {
      expect(isNonPublicAddress(address), address).toBe(false);
      expect(await refusal(() => checkUrl('https://www.public.test/', policy, async () => [address]))).toBe(
        'allowed',
      );
    }
  });
});

describe('a configured loopback site', () => {
  it('trusts its origin, not its host', () => {
    const policy = urlPolicyOf(checkSettingsFrom({ siteUrl: 'http://127.0.0.1:8080' }, {}));
    expect(checkUrlSyntax('http://127.0.0.1:8080/offres/1', policy).port).toBe('8080');
    for (const url of [
      'http://127.0.0.1:8081/',
      'http://127.0.0.1:5432/',
      'http://127.0.0.1/',
      'https://127.0.0.1:8080/',
      'http://localhost:8080/',
      'http://localhost:8081/',
      'http://[::1]:8080/',
      'http://[::ffff:7f00:1]:8080/',
    ]) {
      expect(() => checkUrlSyntax(url, policy), url).toThrow(UrlRefused);
    }
    // The socket check too: a name of the trusted host on another port resolving to loopback is refused.
    expect(() => assertPublicAddress('127.0.0.1', '127.0.0.1', policy, 'http://127.0.0.1:8081/')).toThrow(
      UrlRefused,
    );
    expect(() =>
      assertPublicAddress('127.0.0.1', '127.0.0.1', policy, 'http://127.0.0.1:8080/x'),
    ).not.toThrow();
  });

  describe('through `vigie serve`', () => {
    const secretHits: string[] = [];
    let site: Server;
    let secret: Server;
    let sitePort: number;
    let secretPort: number;
    let serve: Awaited<ReturnType<typeof runServe>>;

    beforeAll(async () => {
      // The "replica": knows no offer.
      site = createServer((_request, response) => void response.writeHead(404).end('introuvable'));
      // Another service of the same machine, which a stranger's link must not reach.
      secret = createServer((request, response) => {
        secretHits.push(request.url ?? '');
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body>secret admin page</body></html>');
      });
      sitePort = await listen(site);
      secretPort = await listen(secret);
      serve = await runServe({
        port: 0,
        siteUrl: `http://127.0.0.1:${sitePort}`,
        browser: false,
        timeout: 2000,
        env: {},
      });
    });
    afterAll(async () => {
      await serve?.stop();
      await closeServer(site);
      await closeServer(secret);
    });

    it('refuses links to another port of the same machine', async () => {
      for (const link of [
        `http://127.0.0.1:${secretPort}/admin`,
        `http://localhost:${secretPort}/admin`,
        `http://127.0.0.1:${secretPort}/offres/1234567`,
      ]) {
        const answer = await fetch(`${serve.url}/api/check?q=${encodeURIComponent(link)}`);
        const body = await answer.text();
        expect(body).not.toContain('secret admin page');
        // Either no verdict at all, or one saying the page was not read because the guard refused it.
        if (answer.status === 200) {
          const verdict: unknown = JSON.parse(body);
          expect(verdict, link).toMatchObject({
            partner: { live: null, reason: expect.stringMatching(/^not_allowed_/) },
          });
        } else {
          expect(answer.status, `${link}: ${body}`).toBeGreaterThanOrEqual(400);
        }
      }
      expect(secretHits).toEqual([]);
    });
  });
});

const chromium = findChromium();
if (!chromium && process.env.VIGIE_REQUIRE_CHROMIUM === '1') {
  throw new Error('VIGIE_REQUIRE_CHROMIUM=1 but no Chromium found');
}

/** A WebSocket server that answers every connection with a secret: what a local admin service could leak. */
function secretWebSocketServer(hits: string[]): Server {
  const server = createServer((_request, response) => void response.writeHead(426).end());
  server.on('upgrade', (request, socket: Socket) => {
    hits.push(request.headers.host ?? '');
    const key = String(request.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const payload = Buffer.from('ws-secret-42');
    socket.write(Buffer.concat([Buffer.from([0x81, payload.length]), payload]));
    socket.on('error', () => {});
  });
  return server;
}

describe.skipIf(!chromium)('a partner page rendered in Chromium', () => {
  const wsHits: string[] = [];
  let page: Server;
  let ws: Server;
  let pagePort: number;
  let wsPort: number;

  beforeAll(async () => {
    ws = secretWebSocketServer(wsHits);
    wsPort = await listen(ws);
    page = createServer((request, response) => {
      const target = (request.url ?? '').includes('localhost')
        ? `ws://localhost:${wsPort}/`
        : `ws://127.0.0.1:${wsPort}/`;
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html><body><div id="root"></div>
<script>
const root = document.getElementById('root');
const genuine = () => { if (!root.textContent) root.textContent = 'Offre de serveur en CDD, contrat de 3 mois, Annecy, temps plein.'; };
try {
  const socket = new WebSocket(${JSON.stringify(target)});
  socket.onmessage = (event) => { root.textContent = 'leaked: ' + event.data + ' — offre de serveur en CDD, contrat de trois mois.'; };
  socket.onerror = genuine;
  socket.onclose = genuine;
} catch { genuine(); }
setTimeout(genuine, 3000);
</script></body></html>`);
    });
    pagePort = await listen(page);
  });
  afterAll(async () => {
    await closeServer(page);
    await closeServer(ws);
  });

  it('opens no WebSocket the guard refuses (another host, another port of the trusted host)', async () => {
    const cases: Array<[UrlPolicy, string]> = [
      [
        { allowedHosts: [], privateHostsAllowed: ['127.0.0.1'] },
        `http://127.0.0.1:${pagePort}/offre/localhost`,
      ],
      [
        { allowedHosts: [], trustedOrigins: [`http://127.0.0.1:${pagePort}`] },
        `http://127.0.0.1:${pagePort}/offre/1`,
      ],
    ];
    for (const [policy, url] of cases) {
      const renderer = new GuardedRenderer(policy, 15_000);
      try {
        const rendered = await renderer.render(url);
        expect(rendered.html).toMatch(/<div id="root">Offre de serveur en CDD/);
        expect(rendered.html).not.toContain('ws-secret-42');
      } finally {
        await renderer.close();
      }
    }
    expect(wsHits).toEqual([]);
  });

  it('in the crawler’s pool too: the page is read, the WebSocket to another loopback port never opens', async () => {
    const pageOrigin = `http://127.0.0.1:${pagePort}`;
    const addressGuard = new AddressGuard({
      resolve: async () => ['127.0.0.1'],
      trustedOrigins: [pageOrigin],
    });
    const pool = new BrowserPool({
      size: 1,
      quietMs: 100,
      settleMs: 8_000,
      guard: (url) => addressGuard.check(url),
    });
    try {
      for (const path of ['/offre/1', '/offre/localhost']) {
        const rendered = await pool.render(`${pageOrigin}${path}`);
        expect(rendered.html, path).toMatch(/<div id="root">Offre de serveur en CDD/);
        expect(rendered.html, path).not.toContain('ws-secret-42');
      }
    } finally {
      await pool.close();
    }
    expect(wsHits).toEqual([]);
  });
});

describe('the system resolver', () => {
  const require = createRequire(import.meta.url);
  const dns: typeof import('node:dns') = require('node:dns');
  const calls: string[] = [];
  const original = { lookup: dns.lookup, promisesLookup: dns.promises.lookup };
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><body><h1>Serveur H/F</h1><p>CDD de 3 mois à Annecy, 35 h par semaine.</p></body></html>',
        );
    });
    port = await listen(server);
    const spy = ((hostname: string, ...rest: unknown[]) => {
      calls.push(hostname);
      const callback = rest[rest.length - 1];
      if (typeof callback === 'function') callback(new Error(`system resolver called for ${hostname}`));
    }) as typeof dns.lookup;
    dns.lookup = spy;
    dns.promises.lookup = (async (hostname: string) => {
      calls.push(hostname);
      throw new Error(`system resolver called for ${hostname}`);
    }) as typeof dns.promises.lookup;
    syncBuiltinESMExports();
  });
  afterAll(async () => {
    dns.lookup = original.lookup;
    dns.promises.lookup = original.promisesLookup;
    syncBuiltinESMExports();
    await closeServer(server);
  });

  it('is never called on the check paths: names go through the injected resolver', async () => {
    const injected: string[] = [];
    const resolve: Resolver = async (host) => {
      injected.push(host);
      return host === 'offres.partner.test' ? ['93.184.216.34'] : ['127.0.0.1'];
    };
    const policy: UrlPolicy = {
      allowedHosts: ['.partner.test'],
      trustedOrigins: [`http://127.0.0.1:${port}`],
    };
    // A public name, a name resolving to loopback, a trusted origin: the guard answers without the system.
    expect(await refusal(() => checkUrl('https://offres.partner.test/1', policy, resolve))).toBe('allowed');
    expect(await refusal(() => checkUrl('https://evil.partner.test/1', policy, resolve))).toBe(
      'private_address',
    );
    expect(await refusal(() => checkUrl('https://nonexistent.invalid/', policy, resolve))).toBe(
      'host_not_allowed',
    );
    const fetched = await guardedFetch(`http://127.0.0.1:${port}/offre/1`, { policy, resolve });
    expect(fetched.status).toBe(200);
    await expect(
      guardedFetch('http://evil.partner.test/', { policy, resolve, timeoutMs: 2000 }),
    ).rejects.toMatchObject({ refusal: 'private_address' });
    const partner = await readPartnerPageGuarded('1234567', `http://127.0.0.1:${port}/offre/1`, {
      policy,
      timeoutMs: 2000,
      renderer: null,
      userAgent: 'vigie-test',
    });
    expect(partner.status).toBe(200);
    expect(injected).toEqual(expect.arrayContaining(['offres.partner.test', 'evil.partner.test']));
    expect(calls).toEqual([]);
  });

  it('is never called by the check fetcher either: its resolver reaches the guard, robots.txt and the sources', async () => {
    const injected: string[] = [];
    const resolve: Resolver = async (host) => {
      injected.push(host);
      return ['127.0.0.1'];
    };
    const settings = checkSettingsFrom(
      { siteUrl: `http://127.0.0.1:${port}`, partnerHost: ['.partner.test'], browser: false },
      {},
    );
    const fetcher = await createCheckFetcher({ ...settings, resolve });
    try {
      // A partner name that resolves to loopback: refused by the injected answer, the system never asked.
      const page = await fetcher.fetchPartnerPage?.('https://evil.partner.test/offre/1');
      expect(page?.reason).toBe('not_allowed_private_address');
      expect(injected).toContain('evil.partner.test');
      expect(calls).toEqual([]);
    } finally {
      await fetcher.close();
    }
  });
});
