import { runCrawl } from '../crawler/crawl.js';
import { DEFAULT_CREDENTIALS } from '../replica/index.js';
import type { Benchmark } from './benchmark.js';
import { benchDatabase } from './helpers/crawl-database.js';
import { startReplicaChild } from './helpers/replica-child.js';

/** The allowed rate, requests per second: the replica enforces it, the crawler is told it. */
const RATE = 10;
/** About 75 s of requests at 10/s: 80,000 offers are ~540 pages plus the counts of the census plan. */
const MAX_OFFERS = 80_000;

/**
 * An API census of a replica whose token bucket allows RATE requests per second (burst RATE), the crawler set to
 * the same rate, in-memory PGlite. Achieved rate: the requests the replica saw, between the first and the last,
 * divided by RATE. Every 429 (the replica's count and the crawler's) is reported: there must be none.
 */
export const benchmark: Benchmark = {
  name: 'crawl-efficiency',
  measures: `API census at ${RATE} req/s: achieved ÷ allowed`,
  unit: 'ratio',
  target: { value: 0.95, kind: 'atLeast' },
  defaultScale: MAX_OFFERS,
  async run({ scale, seed }) {
    const offers = Math.min(scale, MAX_OFFERS);
    const replica = await startReplicaChild({ offers, seed, rateLimit: { perSecond: RATE, burst: RATE } });
    const database = await benchDatabase('pglite');
    try {
      const summary = await runCrawl({
        database,
        source: 'api',
        clientId: DEFAULT_CREDENTIALS.clientId,
        clientSecret: DEFAULT_CREDENTIALS.clientSecret,
        apiUrl: replica.apiUrl,
        tokenUrl: replica.tokenUrl,
        siteUrl: replica.siteUrl,
        census: true,
        rate: RATE,
        partners: false,
        browser: false,
        progress: false,
      });
      const log = await replica.stats();
      const spanSeconds = (log.lastMs - log.firstMs) / 1000;
      const achieved = spanSeconds > 0 ? (log.requests - 1) / spanSeconds : 0;
      return {
        value: achieved / RATE,
        extra: {
          achievedPerSecond: achieved,
          allowedPerSecond: RATE,
          requests: log.requests,
          replica429: log.rejected429,
          crawler429: summary.status429,
          retries: summary.retries,
          maxInAnySecond: log.maxRatePerSecond,
          offers: summary.offers,
          complete: String(summary.complete),
          crawlSeconds: summary.durationMs / 1000,
        },
        parameters: { offers, rate: RATE },
      };
    } finally {
      await database.close();
      await replica.close();
    }
  },
};
