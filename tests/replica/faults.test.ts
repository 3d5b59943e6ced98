import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DRIFT_ADDED_FIELD, DRIFT_RENAMED_FIELD } from '../../replica/api/schema-drift.js';
import { FaultInjector, parseFaults } from '../../replica/faults.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { apiGet, fetchToken, type SearchBody } from './replica-client.js';

let replica: Replica;
let token: string;

beforeAll(async () => {
  replica = await startReplica({ offers: 2000, seed: 17, rateLimit: false });
  token = await fetchToken(replica);
});
afterAll(() => replica.close());
beforeEach(() => {
  replica.setFaults({});
  replica.resetStats();
});

const search = (range = '0-9') => apiGet(replica, token, `/offres/search?range=${range}`);

describe('faults on demand', () => {
  it('parses the CLI form', () => {
    expect(
      parseFaults(
        'latency=200,5xx=0.05,429=0.02,reset=0.01,truncate=0.01,malformed=0.01,trickle=0.01,drift=rename',
      ),
    ).toEqual({
      latencyMs: 200,
      error5xx: 0.05,
      storm429: 0.02,
      reset: 0.01,
      truncate: 0.01,
      malformed: 0.01,
      trickle: 0.01,
      drift: 'rename',
    });
    expect(() => parseFaults('colour=blue')).toThrow();
  });

  it('draws the same faults for the same seed', () => {
    const draw = () => {
      const injector = new FaultInjector({ error5xx: 0.1, storm429: 0.05, reset: 0.05, seed: 9 });
      return Array.from({ length: 200 }, () => injector.decide().kind).join(',');
    };
    expect(draw()).toBe(draw());
    expect(draw()).toContain('5xx');
  });

  it('adds latency', async () => {
    replica.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await search()).status).toBe(206);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers bursts of 5xx, then recovers', async () => {
    replica.setFaults({ error5xx: 1, burstLength: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await search()).status);
    for (const status of statuses) expect([502, 503]).toContain(status);
    replica.setFaults({});
    expect((await search()).status).toBe(206);
    expect(Object.values(replica.stats().faults).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('answers 429 storms with Retry-After, counted apart from the rate limiter', async () => {
    replica.setFaults({ storm429: 1, stormLength: 2 });
    const response = await search();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(replica.stats().faulted429).toBe(1);
    expect(replica.stats().rejected429).toBe(0);
  });

  it('resets connections', async () => {
    replica.setFaults({ reset: 1 });
    await expect(search()).rejects.toThrow();
  });

  it('cuts bodies short of their Content-Length', async () => {
    replica.setFaults({ truncate: 1 });
    await expect(search().then((response) => response.text())).rejects.toThrow();
  });

  it('sends malformed JSON with an honest length', async () => {
    replica.setFaults({ malformed: 1 });
    const response = await search();
    expect(response.status).toBe(206);
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(() => JSON.parse(text)).toThrow();
  });

  it('trickles bodies slowly, but completely', async () => {
    replica.setFaults({ trickle: 1, trickleChunkBytes: 4096, trickleDelayMs: 30 });
    const started = performance.now();
    const body = (await (await search('0-19')).json()) as SearchBody;
    expect(body.resultats).toHaveLength(20);
    expect(performance.now() - started).toBeGreaterThan(90);
  });

  it('drifts the schema: a field renamed, a field added', async () => {
    replica.setFaults({ drift: 'both' });
    const body = (await (await search()).json()) as SearchBody;
    for (const offer of body.resultats) {
      expect(offer[DRIFT_RENAMED_FIELD.from]).toBeUndefined();
      expect(offer[DRIFT_RENAMED_FIELD.to]).toEqual(expect.any(String));
      expect(offer[DRIFT_ADDED_FIELD]).toBeDefined();
    }
  });

  it('hits only the chosen parts of the replica', async () => {
    replica.setFaults({ error5xx: 1, routes: ['site'] });
    expect((await search()).status).toBe(206);
    expect((await fetch(`${replica.url}/offres/recherche`)).status).toBeGreaterThanOrEqual(502);
    const tokenStillWorks = await fetchToken(replica);
    expect(tokenStillWorks).toBeTruthy();
  });
});

describe('request statistics', () => {
  it('count requests by route and measure the highest rate', async () => {
    for (let i = 0; i < 5; i++) await search();
    await fetch(`${replica.url}/robots.txt`);
    const stats = replica.stats();
    expect(stats.byRoute['GET /offres/search']).toBe(5);
    expect(stats.byRoute['GET /robots.txt']).toBe(1);
    expect(stats.requests).toBe(6);
    expect(stats.maxRatePerSecond(1000, 'GET /offres/search')).toBe(5);
    expect(stats.timestamps('GET /offres/search')).toHaveLength(5);
    replica.resetStats();
    expect(replica.stats().requests).toBe(0);
  });

  it('let a test check a polite client never exceeded its rate', async () => {
    for (let i = 0; i < 4; i++) {
      await search();
      await new Promise((resolve) => setTimeout(resolve, 260));
    }
    expect(replica.stats().maxRatePerSecond(1000, 'GET /offres/search')).toBeLessThanOrEqual(4);
    expect(replica.stats().maxRatePerSecond(500, 'GET /offres/search')).toBeLessThanOrEqual(4);
  });
});

describe('the corpus between two crawls', () => {
  it('loses, gains and changes offers after advance()', async () => {
    const other = await startReplica({ offers: 1000, seed: 2, rateLimit: false });
    try {
      const otherToken = await fetchToken(other);
      const totalOf = async () =>
        Number(
          /\/(\d+)$/.exec(
            (await apiGet(other, otherToken, '/offres/search?range=0-0')).headers.get('content-range')!,
          )![1],
        );
      expect(await totalOf()).toBe(1000);
      const before = new Set(other.ids());
      const step = other.advance({ expire: 0.1, add: 0.2, modify: 0.05 });
      expect(await totalOf()).toBe(1000 - step.expired + step.added);
      const after = new Set(other.ids());
      expect([...before].filter((id) => !after.has(id))).toHaveLength(step.expired);
      expect([...after].filter((id) => !before.has(id))).toHaveLength(step.added);
      const admin = await fetch(`${other.url}/_admin/advance`, {
        method: 'POST',
        body: JSON.stringify({ expire: 0, add: 0.1, modify: 0 }),
      });
      expect(((await admin.json()) as { added: number }).added).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('starts at a later epoch with --epoch', async () => {
    const later = await startReplica({ offers: 500, seed: 2, epoch: 2, rateLimit: false });
    try {
      expect(later.corpus.epoch).toBe(2);
      expect(later.corpus.size).toBeGreaterThan(500);
    } finally {
      await later.close();
    }
  });
});
