import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckError } from '../../check/check-error.js';
import { buildVerdict, type Verdict } from '../../check/verdict.js';
import { configureLogger } from '../../lib/logger.js';
import { type RunningServer, startServer, type WebServerOptions } from '../../web/server.js';
import { sampleOffer } from '../check/sample-offer.js';
import { hangLimitMs } from '../helpers/machine-speed.js';

const verdict: Verdict = buildVerdict({
  offer: sampleOffer(),
  flags: [],
  partnerPages: [],
  duplicates: [],
  offerUrl: 'https://candidat.francetravail.fr/offres/recherche/detail/196FBMG',
  checkedAt: '2026-11-28T12:00:00.000Z',
});

// These tests make checks fail on purpose; their error logs would only be noise here.
configureLogger({ level: 'silent' });

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(options: Partial<WebServerOptions> = {}): Promise<{ url: string; calls: string[] }> {
  const calls: string[] = [];
  running = await startServer({
    port: 0,
    check: async (query) => {
      calls.push(query);
      return verdict;
    },
    ...options,
  });
  return { url: running.url, calls };
}

describe('web server', () => {
  it('serves the form with strict security headers', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<label for="q">');
    expect(page).not.toContain('<script');
    const css = await fetch(`${url}/style.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers the JSON endpoint, then from its cache', async () => {
    const { url, calls } = await serve();
    const first = await fetch(`${url}/api/check?q=${encodeURIComponent('196FBMG')}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-vigie-cache')).toBe('miss');
    expect(await first.json()).toMatchObject({ id: '196FBMG', genuine: true, flags: [] });
    // The same offer by its link is the same check.
    const second = await fetch(
      `${url}/api/check?q=${encodeURIComponent('https://candidat.francetravail.fr/offres/recherche/detail/196fbmg?x=1')}`,
    );
    expect(second.headers.get('x-vigie-cache')).toBe('hit');
    const posted = await fetch(`${url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: '196FBMG' }),
    });
    expect(posted.status).toBe(200);
    expect(calls).toEqual(['196FBMG']);
  });

  it('limits each client with a token bucket: 429 with Retry-After', async () => {
    const { url } = await serve({ rateLimit: { burst: 3, perSecond: 0.1 } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${url}/api/check?q=196FBMG`);
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after');
        expect((await response.json()).error.message).toMatch(/Trop de vérifications/);
      } else await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('behind --trust-proxy, counts a client under the hop the proxy appended, not one it wrote itself', async () => {
    const { url } = await serve({ rateLimit: { burst: 2, perSecond: 0.01 }, trustProxy: true });
    // One client spoofing a new left-most address each time; the proxy appends what it saw, 203.0.113.7.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${url}/api/check?q=196FBMG`, {
        headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` },
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    // Another client behind the same proxy has its own bucket.
    const other = await fetch(`${url}/api/check?q=196FBMG`, {
      headers: { 'x-forwarded-for': '203.0.113.8' },
    });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const { url, calls } = await serve({ maxBodyBytes: 1024 });
    const big = await fetch(`${url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `q=${'A'.repeat(100_000)}`,
    }).catch(() => undefined);
    // The server may close the connection after answering; what matters is that it answered 413.
    if (big) expect(big.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${url}/verifier`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('error', reject);
      request.write('q='.padEnd(4096, 'A'));
      request.write('A'.repeat(4096));
    });
    expect(streamed).toBe(413);
    expect(calls).toEqual([]);
  });

  it('turns bad input and failures into French messages, never a stack trace', async () => {
    const { url } = await serve({
      rateLimit: { burst: 100 },
      check: async (query) => {
        if (query === '111AAAA') throw new CheckError('timeout', 'upstream took 30 s');
        if (query === '222BBBB') throw new CheckError('not_found');
        throw new TypeError('Cannot read properties of undefined (reading secretInternals)');
      },
    });
    const cases: Array<[string, number, RegExp]> = [
      ['bonjour', 400, /ni un lien ni un numéro/],
      ['', 400, /rien saisi/],
      ['https://evil.example/x', 400, /ni à France Travail ni à un site partenaire/],
      ['javascript:alert(1)', 400, /http ou https/],
      ['A'.repeat(3000), 400, /trop long/],
      ['111AAAA', 504, /trop de temps/],
      ['222BBBB', 404, /Aucune offre/],
      ['333CCCC', 500, /erreur inattendue/],
    ];
    for (const [q, status, message] of cases) {
      const api = await fetch(`${url}/api/check?q=${encodeURIComponent(q)}`);
      expect(api.status, q).toBe(status);
      const body = await api.text();
      expect(body, q).toMatch(message);
      expect(body).not.toMatch(/secretInternals|TypeError|at \w+ \(|upstream took/);
      const page = await fetch(`${url}/verifier?q=${encodeURIComponent(q)}`);
      expect(page.status, q).toBe(status);
      const html = await page.text();
      expect(html).toMatch(message);
      expect(html).not.toMatch(/secretInternals|TypeError|upstream took/);
    }
  });

  it('answers unknown pages and methods plainly', async () => {
    const { url } = await serve();
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    expect((await fetch(`${url}/api/check?q=x`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${url}/verifier`, { redirect: 'manual' })).status).toBe(303);
    const audits = await fetch(`${url}/audits`);
    expect(audits.status).toBe(200);
    expect(await audits.text()).toMatch(/Aucun audit/);
  });

  it('answers "too slow" past the deadline even if the check ignores its signal', async () => {
    const { url } = await serve({ checkTimeoutMs: 200, check: () => new Promise<Verdict>(() => {}) });
    const started = Date.now();
    const response = await fetch(`${url}/api/check?q=196FBMG`);
    expect(response.status).toBe(504);
    expect((await response.json()).error.code).toBe('timeout');
    // At the deadline, not when the check gives up (never): a hang guard, scaled by the machine's slowness.
    expect(Date.now() - started).toBeLessThan(hangLimitMs(2000));
  });

  it('keeps slots for other clients when the checks of one client are slow', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    const waiters: Array<{ n: number; resolve: () => void }> = [];
    const startedReaches = (n: number) =>
      new Promise<void>((resolve) => (started >= n ? resolve() : waiters.push({ n, resolve })));
    const { url } = await serve({
      maxConcurrentChecks: 4,
      trustProxy: true,
      check: async (query) => {
        started++;
        for (const waiter of waiters.filter((w) => started >= w.n)) waiter.resolve();
        if (query.startsWith('SLOW')) await gate;
        return verdict;
      },
    });
    const as = (client: string, query: string) =>
      fetch(`${url}/api/check?q=${query}`, { headers: { 'x-forwarded-for': client } });
    // One client's four checks on slow partner links: two run, the others are told to come back.
    const slow = [as('203.0.113.1', 'SLOW001'), as('203.0.113.1', 'SLOW002')];
    await startedReaches(2);
    for (const query of ['SLOW003', 'SLOW004']) {
      const answer = as('203.0.113.1', query);
      slow.push(answer);
      await Promise.race([answer, startedReaches(started + 1)]);
    }
    const other = await as('203.0.113.2', 'FAST001');
    expect(other.status).toBe(200);
    release();
    const statuses = await Promise.all(slow.map(async (answer) => (await answer).status));
    expect(statuses).toEqual([200, 200, 503, 503]);
  });

  it('tells clients to come back when too many checks run at once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { url } = await serve({
      maxConcurrentChecks: 1,
      check: async () => {
        await gate;
        return verdict;
      },
    });
    const slow = fetch(`${url}/api/check?q=111AAAA`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busy = await fetch(`${url}/api/check?q=222BBBB`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBeTruthy();
    release();
    expect((await slow).status).toBe(200);
  });
});
