import { runCrawl } from '../crawler/crawl.js';
import { DEFAULT_CREDENTIALS } from '../replica/index.js';
import type { BenchMeasurement, Benchmark } from './benchmark.js';
import { benchDatabase } from './helpers/crawl-database.js';
import { startReplicaChild } from './helpers/replica-child.js';

/**
 * The crawls measured: the crawler's default API rate (3 requests/s) into the embedded database — the figure —
 * and, when PostgreSQL is there, the replica's own default (10/s) into PostgreSQL with its shared rate limiter.
 * Offers are sized for about 70 s and 30 s of requests (~100 counts for the census plan, then pages of 150).
 */
const RUNS = [
  { engine: 'pglite', rate: 3, offers: 12_000 },
  { engine: 'postgres', rate: 10, offers: 20_000 },
] as const;

/**
 * An API census of a replica whose token bucket allows `rate` requests per second (burst = rate), the crawler told
 * the same rate. Achieved rate: the requests the replica saw, between the first and the last, divided by the
 * allowed rate. Every 429 (the replica's count and the crawler's) is reported: there must be none. MaxInAnySecond
 * is the most API calls the replica received in any sliding second, as its rate limiter counts them (the token
 * endpoint, another host in production, left out; with it: MaxInAnySecondAllRoutes): never more than the rate.
 */
export const benchmark: Benchmark = {
  name: 'crawl-efficiency',
  measures: 'API census at the rate limit: achieved ÷ allowed',
  unit: 'ratio',
  target: { value: 0.95, kind: 'atLeast' },
  defaultScale: RUNS[0].offers,
  async run({ scale, seed, postgresUrl }) {
    const extra: BenchMeasurement['extra'] = {};
    let value = Number.NaN;
    for (const { engine, rate, offers: planned } of RUNS) {
      if (engine === 'postgres' && !postgresUrl) continue;
      const offers = Math.min(scale, planned);
      const replica = await startReplicaChild({ offers, seed, rateLimit: { perSecond: rate, burst: rate } });
      const database = await benchDatabase(engine, postgresUrl);
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
          rate,
          partners: false,
          browser: false,
          progress: false,
        });
        const log = await replica.stats();
        const spanSeconds = (log.lastMs - log.firstMs) / 1000;
        const achieved = spanSeconds > 0 ? (log.requests - 1) / spanSeconds : 0;
        const key = `${engine}At${rate}`;
        if (Number.isNaN(value)) value = achieved / rate;
        Object.assign(extra, {
          [`${key}Ratio`]: achieved / rate,
          [`${key}PerSecond`]: achieved,
          [`${key}Requests`]: log.requests,
          [`${key}Replica429`]: log.rejected429,
          [`${key}Crawler429`]: summary.status429,
          [`${key}MaxInAnySecond`]: log.maxRatePerSecond,
          [`${key}MaxInAnySecondAllRoutes`]: log.maxRatePerSecondAllRoutes,
          [`${key}Offers`]: summary.offers,
          [`${key}Complete`]: String(summary.complete),
        });
      } finally {
        await database.close();
        await replica.close();
      }
    }
    return { value, extra, parameters: { runs: RUNS.map((run) => `${run.engine}@${run.rate}/s`).join(',') } };
  },
};
