import { afterAll, describe, expect, it } from 'vitest';
import { HttpClient, retryAfterMs, USER_AGENT } from '../../crawler/http/polite-fetch.js';
import { TokenBucket, unlimited } from '../../crawler/http/rate-limiter.js';
import { formatDuration, formatProgress } from '../../crawler/progress.js';
import { FetchFailure } from '../../lib/http/fetch-failure.js';
import { parseRobots } from '../../lib/http/robots.js';
import { type StubServer, startStub } from './helpers/http-stub.js';

const servers: StubServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function stub(handler: Parameters<typeof startStub>[0]): Promise<StubServer> {
  const server = await startStub(handler);
  servers.push(server);
  return server;
}

function fastClient(server: StubServer, extra: ConstructorParameters<typeof HttpClient>[0] = {}): HttpClient {
  return new HttpClient({
    limiters: new Map([[server.url, unlimited]]),
    baseDelayMs: 1,
    maxDelayMs: 5,
    maxRetryAfterMs: 50,
    ...extra,
  });
}

describe('token bucket', () => {
  it('never lets more than `rate` requests into any one-second window', async () => {
    const bucket = new TokenBucket({ rate: 50 });
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 70 }, () => bucket.acquire().then(() => times.push(performance.now()))),
    );
    times.sort((a, b) => a - b);
    for (let i = 0; i + 50 < times.length; i++)
      expect(times[i + 50]! - times[i]!).toBeGreaterThanOrEqual(1000);
  });

  it('slows down to a crawl delay, never speeds up', () => {
    const bucket = new TokenBucket({ rate: 10, margin: 0 });
    bucket.slowTo(50);
    expect(bucket.interval).toBe(100);
    bucket.slowTo(2000);
    expect(bucket.interval).toBe(2000);
  });

  it('refuses a nonsensical rate', () => {
    expect(() => new TokenBucket({ rate: 0 })).toThrow(/positive/);
  });
});

describe('polite fetch', () => {
  it('tells the limiter when each request really left, once per request, failed ones included', async () => {
    const server = await stub((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const events: string[] = [];
    const limiter = {
      acquire: async () => {
        events.push('acquire');
      },
      left: () => {
        events.push(`left after ${server.log.length} arrivals`);
      },
    };
    const client = new HttpClient({ limiters: new Map([[server.url, limiter]]), maxRetries: 0 });
    await client.request({ url: `${server.url}/a` });
    await client.request({ url: `${server.url}/b` });
    // Nobody listens on port 9 of loopback: refused, the request never left, yet its turn is over.
    const closed = 'http://127.0.0.1:9';
    const refused = new HttpClient({ limiters: new Map([[closed, limiter]]), maxRetries: 0 });
    await expect(refused.request({ url: `${closed}/c` })).rejects.toThrow();
    expect(events).toEqual([
      'acquire',
      'left after 0 arrivals',
      'acquire',
      'left after 1 arrivals',
      'acquire',
      'left after 2 arrivals',
    ]);
  });

  it('retries 503 and 429, honouring Retry-After, and says who it is', async () => {
    let calls = 0;
    const server = await stub((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(429, { 'retry-after': '0' }).end();
      } else if (calls === 2) res.writeHead(503).end('busy');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const client = fastClient(server);
    const response = await client.request({ url: `${server.url}/x` });
    expect(response.text).toBe('ok');
    expect(client.stats.toJSON()).toMatchObject({ requests: 3, retries: 2, status429: 1 });
    expect(server.log[0]!.headers['user-agent']).toBe(USER_AGENT);
  });

  it('retries a malformed body and a connection reset, then gives up with the cause', async () => {
    let calls = 0;
    const server = await stub((req, res) => {
      calls++;
      if (req.url === '/reset') {
        req.socket.destroy();
        return;
      }
      if (calls % 2 === 1) res.writeHead(200).end('{"resultats": [');
      else res.writeHead(200).end('{"resultats": []}');
    });
    const client = fastClient(server);
    const validate = (r: { text: string }) => {
      try {
        JSON.parse(r.text);
        return undefined;
      } catch {
        return 'malformed_json';
      }
    };
    expect((await client.request({ url: `${server.url}/json`, validate })).text).toBe('{"resultats": []}');
    const failure = await client
      .request({ url: `${server.url}/reset`, maxRetries: 2 })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as FetchFailure).code).toMatch(/connection_reset|network/);
    expect((failure as FetchFailure).attempts).toBe(3);
  });

  it('treats a body cut short as a transient fault', async () => {
    let calls = 0;
    const server = await stub((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(200, { 'content-length': '100' });
        res.write('partial');
        setTimeout(() => res.socket?.destroy(), 5);
      } else res.writeHead(200).end('whole');
    });
    const client = fastClient(server);
    expect((await client.request({ url: `${server.url}/t` })).text).toBe('whole');
    expect(calls).toBe(2);
  });

  it('refuses an oversized body and does not retry a 404', async () => {
    const server = await stub((req, res) => {
      if (req.url === '/big') res.writeHead(200).end('x'.repeat(5000));
      else res.writeHead(404).end('gone');
    });
    const client = fastClient(server, { maxBodyBytes: 1000 });
    await expect(client.request({ url: `${server.url}/big` })).rejects.toMatchObject({
      code: 'body_too_large',
    });
    expect((await client.request({ url: `${server.url}/gone` })).status).toBe(404);
    expect(server.log.filter((entry) => entry.path === '/gone')).toHaveLength(1);
  });

  it('follows redirects by hand, reporting the final URL and every hop', async () => {
    const server = await stub((req, res) => {
      if (req.url === '/a') res.writeHead(301, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(302, { location: `${server.url}/c` }).end();
      else res.writeHead(200).end('here');
    });
    const client = fastClient(server);
    const response = await client.request({ url: `${server.url}/a` });
    expect(response.finalUrl).toBe(`${server.url}/c`);
    expect(response.redirects).toEqual([`${server.url}/a`, `${server.url}/b`]);
    expect(client.stats.requests).toBe(3);
  });

  it('obeys robots.txt and its Crawl-delay', async () => {
    const server = await stub((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200).end('User-agent: *\nDisallow: /private\nCrawl-delay: 0.02\n');
      } else res.writeHead(200).end('page');
    });
    const client = new HttpClient({ defaultRate: 100 });
    await expect(client.request({ url: `${server.url}/private/1`, obeyRobots: true })).rejects.toMatchObject({
      code: 'robots_disallowed',
    });
    expect((await client.request({ url: `${server.url}/public`, obeyRobots: true })).text).toBe('page');
    expect(server.log.filter((entry) => entry.path === '/robots.txt')).toHaveLength(1);
  });

  it('reads Retry-After in seconds and as a date, capped', () => {
    expect(retryAfterMs('3', 60_000)).toBe(3000);
    expect(retryAfterMs('3600', 60_000)).toBe(60_000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString(), 60_000)).toBeGreaterThan(5000);
    expect(retryAfterMs('soon', 60_000)).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('prefers Vigie’s own group, longest match wins, Allow wins ties, wildcards and $', () => {
    const rules = parseRobots(
      [
        'User-agent: *',
        'Disallow: /',
        '',
        'User-agent: Googlebot',
        'User-agent: vigie',
        'Disallow: /offres/*/print$',
        'Disallow: /compte',
        'Allow: /compte/public',
        'Crawl-delay: 2',
      ].join('\n'),
    );
    expect(rules.allows('/offres/recherche')).toBe(true);
    expect(rules.allows('/offres/123/print')).toBe(false);
    expect(rules.allows('/offres/123/print?x=1')).toBe(true);
    expect(rules.allows('/compte/secret')).toBe(false);
    expect(rules.allows('/compte/public/x')).toBe(true);
    expect(rules.crawlDelay).toBe(2);
    const others = parseRobots('User-agent: *\nDisallow: /\n');
    expect(others.allows('/anything')).toBe(false);
    expect(parseRobots('User-agent: *\nDisallow:\n').allows('/x')).toBe(true);
  });
});

describe('progress line', () => {
  it('shows done/total, request rate, time left and errors, in French unless given other words', () => {
    expect(formatProgress({ done: 50, total: 200, errors: 2, requests: 120 }, 60_000, 80)).toMatch(
      /^\[#+-+\] 50\/200 · 2\.0 req\/s · reste 3m00s · 2 erreurs$/,
    );
    expect(formatDuration(Number.NaN)).toBe('?');
    expect(formatDuration(7200)).toBe('2h00m');
  });
});
