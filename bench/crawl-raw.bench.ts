import { runCrawl } from '../crawler/crawl.js';
import { DEFAULT_CREDENTIALS } from '../replica/index.js';
import type { BenchMeasurement, Benchmark } from './benchmark.js';
import { benchDatabase } from './helpers/crawl-database.js';
import { cpuSeconds } from './helpers/offers.js';
import { startReplicaChild } from './helpers/replica-child.js';

/** Offers crawled per engine at most: enough for a steady rate, short enough for the 30-minute run. */
const MAX_OFFERS = 25_000;

/**
 * An API census of the replica with no rate limit, into in-memory PGlite and into PostgreSQL (a fresh schema):
 * search pages of 150 offers fetched, parsed, validated and stored by `runCrawl`, partner pages off. The replica
 * runs in its own process (the second core). The figure is the slower engine's offers per second; the replica's
 * own cost of writing offers bounds it (see `crawlerCpuShare`: below 1, the crawler waited for the replica).
 */
export const benchmark: Benchmark = {
  name: 'crawl-raw',
  measures: 'API census, no rate limit, into PGlite and PostgreSQL',
  unit: 'offers/s',
  target: { value: 5_000, kind: 'atLeast' },
  defaultScale: MAX_OFFERS,
  async run({ scale, seed, postgresUrl }) {
    const offers = Math.min(scale, MAX_OFFERS);
    const replica = await startReplicaChild({ offers, seed, rateLimit: false });
    const extra: BenchMeasurement['extra'] = {};
    const rates: number[] = [];
    try {
      for (const engine of ['pglite', 'postgres'] as const) {
        if (engine === 'postgres' && !postgresUrl) {
          extra.postgres = 'skipped (no BENCH_DATABASE_URL or TEST_DATABASE_URL)';
          continue;
        }
        const database = await benchDatabase(engine, postgresUrl);
        try {
          const cpu = cpuSeconds();
          const replicaCpu = replica.cpuSeconds();
          const summary = await runCrawl({
            database,
            source: 'api',
            clientId: DEFAULT_CREDENTIALS.clientId,
            clientSecret: DEFAULT_CREDENTIALS.clientSecret,
            apiUrl: replica.apiUrl,
            tokenUrl: replica.tokenUrl,
            siteUrl: replica.siteUrl,
            census: true,
            rate: 1_000_000,
            concurrency: 8,
            partners: false,
            browser: false,
            progress: false,
          });
          const seconds = summary.durationMs / 1000;
          const rate = summary.offers / seconds;
          rates.push(rate);
          extra[`${engine}OffersPerSecond`] = rate;
          extra[`${engine}Offers`] = summary.offers;
          extra[`${engine}Seconds`] = seconds;
          const crawlerCpu = cpuSeconds() - cpu;
          extra[`${engine}CrawlerCpuShare`] = crawlerCpu / seconds;
          // What one free core of the crawler does: the figure to compare on a shared machine.
          extra[`${engine}OffersPerCrawlerCpuSecond`] = summary.offers / crawlerCpu;
          extra[`${engine}ReplicaCpuShare`] = (replica.cpuSeconds() - replicaCpu) / seconds;
          if (!summary.complete) extra[`${engine}Incomplete`] = JSON.stringify(summary.failed);
        } finally {
          await database.close();
        }
      }
    } finally {
      await replica.close();
    }
    return { value: Math.min(...rates), extra, parameters: { offers } };
  },
};
