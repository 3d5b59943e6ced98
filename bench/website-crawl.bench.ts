import { HttpClient } from '../crawler/http/polite-fetch.js';
import { unlimited } from '../crawler/http/rate-limiter.js';
import { SiteSource } from '../crawler/sources/site/site-source.js';
import { Corpus } from '../replica/index.js';
import type { Benchmark } from './benchmark.js';
import { cpuSeconds, secondsSince } from './helpers/offers.js';
import { startReplicaChild } from './helpers/replica-child.js';

/** Detail pages fetched at most: ~20 s at the target. */
const MAX_PAGES = 10_000;
/** Requests in flight: loopback answers fast, so a few keep the parser busy. */
const CONCURRENCY = 16;

/**
 * The website source's detail path: `SiteSource.fetchOffer` (HTTP with robots.txt obeyed, the truncation check,
 * cheerio parsing into an Offer) over every offer of a replica served from its own process, no rate limit and no
 * database. Pages per second of wall time, every page read into an offer.
 */
export const benchmark: Benchmark = {
  name: 'website-crawl',
  measures: 'detail pages fetched + parsed (cheerio), loopback',
  unit: 'pages/s',
  target: { value: 500, kind: 'atLeast' },
  defaultScale: MAX_PAGES,
  async run({ scale, seed }) {
    const pages = Math.min(scale, MAX_PAGES);
    const replica = await startReplicaChild({ offers: pages, seed, rateLimit: false });
    try {
      const corpus = new Corpus({ offers: pages, seed });
      const ids = Array.from({ length: pages }, (_, index) => corpus.idOf(index));
      const origin = new URL(replica.siteUrl).origin;
      const http = new HttpClient({ limiters: new Map([[origin, unlimited]]) });
      const site = new SiteSource(http, { siteUrl: replica.siteUrl });
      // robots.txt and the connection pool warm up outside the measurement.
      await site.fetchOffer(ids[0]!);
      let next = 0;
      let read = 0;
      let missing = 0;
      const started = performance.now();
      const cpu = cpuSeconds();
      const replicaCpu = replica.cpuSeconds();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < ids.length) {
            const id = ids[next++]!;
            const fetched = await site.fetchOffer(id);
            if (fetched) read++;
            else missing++;
          }
        }),
      );
      const seconds = secondsSince(started);
      return {
        value: pages / seconds,
        extra: {
          pages,
          read,
          missing,
          seconds,
          crawlerCpuShare: (cpuSeconds() - cpu) / seconds,
          replicaCpuShare: (replica.cpuSeconds() - replicaCpu) / seconds,
          requests: http.stats.requests,
        },
        parameters: { concurrency: CONCURRENCY },
      };
    } finally {
      await replica.close();
    }
  },
};
