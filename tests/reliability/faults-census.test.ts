/**
 * Guarantee 2 — faults survived, the red team's census (issue 19 §1).
 *
 * A census of 200 offers through every fault at once — 50 ms latency, 5xx bursts on a fifth of requests, 429
 * storms on a tenth, resets, truncated and malformed bodies, slow trickles, renamed fields — against a server
 * that allows 2 requests a second (the crawler asks for 3) and whose tokens live 5 seconds. Such a crawl used to
 * say `"offers":50, "complete":true` beside a population of 200, and its report called its shares exact.
 *
 * Each seeded run must end one of the honest ways, never "complete" with offers missing:
 * - complete: every offer online was stored, exactly (checked against the replica's own list);
 * - incomplete: the summary's coverage is what was stored over what was online, the audit stays resumable, and
 *   the report says what share was read and that no figure is exact;
 * - not even planned (its counts refused after every retry): the crawl fails with its cause and the audit is
 *   "failed", never "running" or "crawled".
 * Short (`npm test`): one seed per engine, faults on the token endpoint and the API, partner pages not visited.
 * Soak (`npm run test:soak`): 20 seeds per engine with the partner pages faulted and visited too (≈ 110 s a run,
 * most of it waiting out 429 storms, so the seeds run side by side); `VIGIE_RELIABILITY_SEED=N` replays one.
 */
import { describe, expect, it } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { type Engine, openDatabase, type VigieDatabase } from '../../db/connect.js';
import { listOfferIds } from '../../db/offers.js';
import { DEFAULT_CREDENTIALS, type Replica, startReplica } from '../../replica/index.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { engines, openTestDatabase } from '../helpers/databases.js';
import { SOAK } from './helpers/cli-storage.js';

const OFFERS = 200;
const replayed = process.env.VIGIE_RELIABILITY_SEED;
const seeds = replayed
  ? [Number(replayed)]
  : SOAK
    ? Array.from({ length: 20 }, (_, index) => 101 + index)
    : [101];

async function hostileReplica(seed: number): Promise<Replica> {
  return startReplica({
    offers: OFFERS,
    seed,
    rateLimit: { perSecond: 2, burst: 2 },
    tokenTtlSeconds: 5,
    faults: {
      latencyMs: 50,
      error5xx: 0.2,
      storm429: 0.1,
      reset: 0.05,
      truncate: 0.05,
      malformed: 0.05,
      trickle: 0.02,
      drift: 'rename',
      routes: SOAK ? ['token', 'api', 'partners'] : ['token', 'api'],
      seed: seed * 7,
    },
  });
}

/**
 * The soak's seeds run side by side: on PGlite each gets an engine of its own, since the test helper's shared
 * in-memory instance is one connection and concurrent migrations would interleave on it.
 */
async function databaseFor(engine: Engine): Promise<VigieDatabase> {
  return engine === 'pglite' && SOAK ? openDatabase({ inMemory: true }) : openTestDatabase(engine);
}

for (const engine of engines) {
  describe(`the faults census ends complete or says it is not [${engine}]`, () => {
    for (const seed of seeds) {
      (SOAK ? it.concurrent : it)(
        `seed ${seed}: every offer, or the missing share in the summary and the report`,
        async () => {
          const target = await hostileReplica(seed);
          const database = await databaseFor(engine);
          try {
            const crawl = runCrawl({
              database,
              source: 'api',
              clientId: DEFAULT_CREDENTIALS.clientId,
              clientSecret: DEFAULT_CREDENTIALS.clientSecret,
              apiUrl: target.apiUrl,
              tokenUrl: target.tokenUrl,
              siteUrl: target.siteUrl,
              census: true,
              // The crawler's own default rate (3/s) against a server allowing 2/s: the 429s are the server's.
              partners: SOAK,
              partnerRate: 20,
              concurrency: 4,
              browser: false,
              // Retry-After is waited out as the server asks (up to the crawler's default ceiling) in soak; the
              // short run waits less, which makes giving up on an item more likely, not less.
              ...(SOAK ? {} : { baseDelayMs: 20, maxDelayMs: 400 }),
              timeoutMs: 3_000,
              progress: false,
            });
            const summary = await crawl.catch(async (error: unknown) => {
              // Planning itself may fail for good (its counts refused after every retry): the audit is then
              // "failed", with nothing in it that a report could call complete.
              const audits = await database.db.selectFrom('audits').select(['status']).execute();
              expect(audits.map((row) => row.status)).toEqual(['failed']);
              expect(String(error)).toMatch(/failed after \d+ attempts|refused the token/);
              return undefined;
            });
            if (summary === undefined) return;
            const stored = await listOfferIds(database.db, summary.auditId);
            const online = new Set(target.ids());
            const audit = await getAudit(database.db, summary.auditId);
            if (audit === undefined) throw new Error('the crawl left no audit');

            // Offers stored are offers online, each once, whatever the outcome.
            expect(new Set(stored).size).toBe(stored.length);
            for (const id of stored) expect(online.has(id), id).toBe(true);
            expect(summary.offers).toBe(stored.length);

            if (summary.complete) {
              expect(new Set(stored)).toEqual(online);
              expect(summary.failedItems).toBe(0);
              expect(summary.coverage.share).toBe(1);
              expect(audit.status).toBe('crawled');
              return;
            }
            expect(summary.failedItems).toBeGreaterThan(0);
            expect(Object.keys(summary.failed).length).toBeGreaterThan(0);
            expect(audit.status).toBe('running');
            expect(summary.coverage.read).toBe(stored.length);
            if (summary.population !== null) {
              expect(summary.coverage.expected).toBe(summary.population);
              expect(summary.coverage.share).toBeCloseTo(stored.length / summary.population, 10);
            }
            const markdown = renderMarkdown(await computeFigures(database.db, audit));
            expect(markdown).toContain('Recensement inachevé');
            expect(markdown).toContain('Aucun chiffre n’est exact');
            expect(markdown).not.toContain('Les parts sont exactes');
            if (summary.population !== null && summary.population > 0) {
              const percent = (stored.length / summary.population) * 100;
              expect(markdown).toContain(`(${percent.toFixed(1).replace('.', ',')}\u202f%)`);
            }
          } finally {
            await database.close();
            await target.close();
          }
        },
        SOAK ? 900_000 : 180_000,
      );
    }
  });
}
