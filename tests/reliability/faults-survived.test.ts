/**
 * Guarantee 2 — faults survived.
 *
 * Through latency, 5xx bursts, 429 storms, connection resets, truncated and malformed bodies, slow trickles and
 * schema drift — on the API, the token endpoint and the partner pages at once — a crawl completes with every
 * offer; and partner pages that cannot be had (a host that does not resolve, a page that never finishes loading,
 * a page of 50 MB, one that declares 50 MB, one nested 5,000 elements deep with no offer) are each recorded with
 * their cause,
 * while memory stays bounded and no request outlives its timeout.
 *
 * tests/crawler/crawl-faults.test.ts already crawls the API and the website through 429 storms, 5xx, resets,
 * truncated bodies and malformed JSON; tests/crawler/http.test.ts tests each retry rule of the HTTP client alone.
 * This file adds the slow trickle, schema drift, latency, faults on partner pages and the token endpoint, and the
 * pages no retry can save.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { HttpClient } from '../../crawler/http/polite-fetch.js';
import { SiteSource } from '../../crawler/sources/site/site-source.js';
import { listOfferIds } from '../../db/offers.js';
import { DEFAULT_CREDENTIALS, type Replica, startReplica } from '../../replica/index.js';
import { engines, openTestDatabase } from '../helpers/databases.js';
import { SOAK } from './helpers/cli-storage.js';

const TIMEOUT_MS = 3_000;
const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const server of servers.splice(0)) await server.close().catch(() => {});
});

async function replica(options: Parameters<typeof startReplica>[0]): Promise<Replica> {
  const started = await startReplica({ rateLimit: false, ...options });
  servers.push(started);
  return started;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const FAST = {
  source: 'api' as const,
  clientId: DEFAULT_CREDENTIALS.clientId,
  clientSecret: DEFAULT_CREDENTIALS.clientSecret,
  rate: 1000,
  partnerRate: 1000,
  concurrency: 4,
  browser: false,
  baseDelayMs: 20,
  maxDelayMs: 300,
  timeoutMs: TIMEOUT_MS,
  progress: false,
};

for (const engine of engines) {
  describe(`a crawl through every transient fault [${engine}]`, () => {
    it('completes with every offer, and every partner page observed or explained', async () => {
      const offers = SOAK ? 3000 : 400;
      const target = await replica({
        offers,
        seed: 83,
        faults: {
          latencyMs: 5,
          latencyJitterMs: 20,
          error5xx: 0.04,
          storm429: 0.02,
          reset: 0.03,
          truncate: 0.03,
          malformed: 0.03,
          trickle: 0.05,
          trickleDelayMs: 10,
          drift: 'both',
          routes: ['token', 'api', 'partners'],
          seed: 11,
        },
      });
      const database = await openTestDatabase(engine);
      const summary = await runCrawl({
        ...FAST,
        database,
        apiUrl: target.apiUrl,
        tokenUrl: target.tokenUrl,
        census: true,
        maxResults: 150,
        maxRetries: 12,
      });
      expect(summary.complete).toBe(true);
      expect(summary.failed).toEqual({});
      expect(new Set(await listOfferIds(database.db, summary.auditId))).toEqual(new Set(target.ids()));
      expect(summary.retries).toBeGreaterThan(0);

      // Every partner page of every partner offer, and every application site of an own offer, has its row:
      // fetched, or failed with a reason.
      const pages = await database.db
        .selectFrom('partner_pages')
        .select(['offer_id', 'live', 'reason'])
        .where('audit_id', '=', summary.auditId)
        .execute();
      const partnerOffers = [...target.ids()].filter((id) => {
        const truth = target.truth(id);
        return truth?.partnerPageState !== undefined || truth?.applicationLink !== undefined;
      });
      expect(new Set(pages.map((page) => page.offer_id))).toEqual(new Set(partnerOffers));
      for (const page of pages) expect(page.reason, page.offer_id).toBeTruthy();
      // Each kind of fault was met, or the test proves nothing.
      const stats = target.stats();
      for (const kind of ['reset', 'truncate', 'malformed', 'trickle'])
        expect(stats.faults[kind] ?? 0, kind).toBeGreaterThan(0);
      expect(stats.faulted429).toBeGreaterThan(0);
    }, 240_000);
  });
}

interface Hostile {
  url: string;
  /** For each connection to /never: how long it stayed open, in ms (closed by the client). */
  neverDurations: number[];
  /** Bytes written to /huge before the client hung up. */
  hugeBytes: number[];
}

const FIFTY_MB = 50 * 1024 * 1024;

/** A partner site from hell: a page that never ends, 50 MB pages (one declared up front), a page too deep to read. */
async function hostilePartner(): Promise<Hostile> {
  const hostile: Hostile = { url: '', neverDurations: [], hugeBytes: [] };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    if (path === '/robots.txt') {
      response.writeHead(404).end();
      return;
    }
    if (path.startsWith('/never/')) {
      const opened = Date.now();
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><article class="job-offer"><h1 class="job-title">Chargement');
      const drip = setInterval(() => response.write('.'), 200);
      response.on('close', () => {
        clearInterval(drip);
        hostile.neverDurations.push(Date.now() - opened);
      });
      return;
    }
    if (path.startsWith('/deep/')) {
      // Deep enough to overflow the recursion of the HTML library: read, it throws a RangeError.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        `<html><body><script>x</script>${'<div>'.repeat(5_000)}CDI${'</div>'.repeat(5_000)}</body></html>`,
      );
      return;
    }
    if (path.startsWith('/huge-declared/')) {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(FIFTY_MB) });
      response.write('<html>');
      response.on('close', () => {});
      return;
    }
    if (path.startsWith('/huge/')) {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      let closed = false;
      response.on('close', () => {
        closed = true;
        hostile.hugeBytes.push(sent);
      });
      const pump = () => {
        while (!closed && sent < FIFTY_MB) {
          sent += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', pump);
            return;
          }
        }
        if (!closed) response.end();
      };
      pump();
      return;
    }
    response.writeHead(404).end();
  });
  hostile.url = await listen(server);
  return hostile;
}

/**
 * The API of a replica, passed through, with the partner links of a few offers pointed at hostile pages: the
 * replica's own partner pages cannot be made to hang or weigh 50 MB.
 */
async function redirectingApi(
  target: Replica,
  links: (id: string, index: number) => string | undefined,
): Promise<string> {
  let partnerIndex = 0;
  const rewritten = new Map<string, string | undefined>();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${target.url}${request.url}`, {
      method: request.method ?? 'GET',
      headers: { authorization: request.headers.authorization ?? '' },
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    let body = await upstream.text();
    if (request.url?.includes('/offres/search') && body.startsWith('{')) {
      const json = JSON.parse(body) as { resultats?: Array<Record<string, unknown>> };
      for (const offer of json.resultats ?? []) {
        const origin = offer.origineOffre as { partenaires?: Array<{ url?: string }> } | undefined;
        const partner = origin?.partenaires?.[0];
        if (!partner?.url) continue;
        const id = String(offer.id);
        if (!rewritten.has(id)) rewritten.set(id, links(id, partnerIndex++));
        const link = rewritten.get(id);
        if (link) {
          partner.url = link;
          delete (offer.contact as { urlPostulation?: string } | undefined)?.urlPostulation;
        }
      }
      body = JSON.stringify(json);
    }
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, key) => {
      if (!['content-length', 'transfer-encoding', 'content-encoding', 'connection'].includes(key))
        headers[key] = value;
    });
    response.writeHead(upstream.status, headers).end(body);
  });
  return listen(server);
}

describe('partner pages no retry can save', () => {
  it('are recorded with their cause, within their timeout, in bounded memory', async () => {
    const target = await replica({ offers: 120, seed: 84 });
    const hostile = await hostilePartner();
    const kinds = ['dns', 'never', 'huge', 'huge-declared', 'deep'] as const;
    /** Hostile link → what it is. */
    const planted = new Map<string, (typeof kinds)[number]>();
    const proxy = await redirectingApi(target, (id, index) => {
      if (index >= kinds.length * 2) return undefined;
      const kind = kinds[index % kinds.length]!;
      const link =
        kind === 'dns' ? `http://nonexistent.invalid/offres/${id}` : `${hostile.url}/${kind}/${id}`;
      planted.set(link, kind);
      return link;
    });
    const database = await openTestDatabase('pglite');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const summary = await runCrawl({
      ...FAST,
      database,
      apiUrl: `${proxy}/partenaire/offresdemploi/v2`,
      tokenUrl: target.tokenUrl,
      census: true,
      maxResults: 150,
      // The hostile site lives on loopback: trusted by its origin, as the replica is; names resolve here, not
      // through the system (nothing leaves the machine).
      trustedOrigins: [hostile.url],
      resolve: async (host: string) => {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      },
    });
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    expect(summary.complete).toBe(true);
    expect(new Set(await listOfferIds(database.db, summary.auditId))).toEqual(new Set(target.ids()));
    expect(planted.size).toBe(kinds.length * 2);
    const pages = await database.db
      .selectFrom('partner_pages')
      .select(['url', 'live', 'reason', 'error'])
      .where('audit_id', '=', summary.auditId)
      .where('url', 'in', [...planted.keys()])
      .execute();
    expect(pages).toHaveLength(planted.size);
    const reasons = Object.fromEntries(pages.map((page) => [planted.get(page.url), page.reason]));
    const expected = {
      dns: 'dns',
      never: 'timeout',
      huge: 'body_too_large',
      'huge-declared': 'body_too_large',
      // Read to the bottom (no stack overflow), and there is no offer there.
      deep: 'no_offer_found',
    };
    for (const page of pages) {
      const kind = planted.get(page.url)!;
      expect({ kind, reason: page.reason }).toEqual({ kind, reason: expected[kind] });
      expect(page.live).toBeNull();
      // The deep page was fetched and read: a judgement, not a failure. The others could not be had.
      if (kind === 'deep') expect(page.error, kind).toBeNull();
      else expect(page.error, kind).toBeTruthy();
    }
    expect(Object.keys(reasons).sort()).toEqual([...kinds].sort());

    // Hang guards, not performance figures: the client gave up on time, and read 10 MiB at most, not 50 MB.
    expect(hostile.neverDurations.length).toBeGreaterThan(0);
    // Generous: on a loaded machine timers fire late; a request without a deadline would stay open to the end.
    for (const duration of hostile.neverDurations) expect(duration).toBeLessThan(TIMEOUT_MS + 12_000);
    for (const bytes of hostile.hugeBytes) expect(bytes).toBeLessThan(FIFTY_MB);
    expect(rssGrowth).toBeLessThan(400 * 1024 * 1024);
  }, 180_000);
});

describe('a website page nested 5,000 elements deep', () => {
  it('is read when it holds an offer, and fails only its own item, with its cause, when it holds none', async () => {
    const nest = (html: string) =>
      html
        .replace('<body>', `<body>${'<div>'.repeat(5_000)}`)
        .replace('</body>', `${'</div>'.repeat(5_000)}</body>`);
    const deepOffer = nest(
      readFileSync(new URL('../crawler/fixtures/detail-page-real-shape.html', import.meta.url), 'utf8'),
    );
    const deepNothing = nest('<html><body>x</body></html>');
    const server = createServer((request, response) => {
      if (request.url === '/robots.txt') response.writeHead(404).end();
      else if (request.url?.endsWith('/detail/196FBMG'))
        response.writeHead(200, { 'content-type': 'text/html' }).end(deepOffer);
      else response.writeHead(200, { 'content-type': 'text/html' }).end(deepNothing);
    });
    // Reading a deep page takes seconds on a loaded machine: past Node's 5 s keep-alive timeout the server would
    // close the idle connection just as the client reuses it, and the test would see that reset, not the page.
    server.keepAliveTimeout = 120_000;
    const site = await listen(server);
    const source = new SiteSource(new HttpClient({ defaultRate: 1000, maxRetries: 0 }), { siteUrl: site });
    expect((await source.fetchOffer('196FBMG'))?.offer).toMatchObject({
      id: '196FBMG',
      title: "Chargé d'accueil banque (H/F)",
    });
    await expect(source.fetchOffer('196FBMH')).rejects.toMatchObject({ code: 'unreadable_page' });
    await expect(source.search({}, 0, 19)).rejects.toMatchObject({ code: 'unexpected_page' });
  });
});
