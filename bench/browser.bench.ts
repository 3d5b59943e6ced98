import { readdirSync, readFileSync } from 'node:fs';
import { HttpClient } from '../crawler/http/polite-fetch.js';
import { unlimited } from '../crawler/http/rate-limiter.js';
import { BrowserPool } from '../crawler/sources/partner/browser-pool.js';
import { PartnerFetcher } from '../crawler/sources/partner/partner-fetcher.js';
import { AddressGuard } from '../lib/http/address-guard.js';
import { Corpus } from '../replica/index.js';
import type { Benchmark } from './benchmark.js';
import { secondsSince } from './helpers/offers.js';
import { startReplicaChild } from './helpers/replica-child.js';

const MAX_PAGES = 2_000;
/**
 * The run stops taking new pages after this long (the figure is then over fewer pages, and says so). The issue's
 * 2,000 pages take 200 s at the target and ≈ 420 s at the 4.7 pages/s measured on the reference machine; with
 * this budget the whole `npm run bench` at full scale still fits in its half hour (≈ 22 minutes).
 */
const TIME_BUDGET_MS = 450_000;
/** Enough offers for MAX_PAGES JavaScript-only pages when every live, consistent partner page is one. */
const OFFERS_PER_PAGE = 4;

/**
 * JavaScript-only partner pages read the way the crawler reads them: `PartnerFetcher` (HTTP first, then Chromium
 * through the `BrowserPool` when the HTML is an empty shell), with the pool's defaults (4 tabs, contexts recycled
 * every 25 pages, a page read once its content has appeared and its requests have been quiet for 100 ms), twice
 * as many pages in flight as tabs, so that a page is always waiting for a free tab. The replica serves every live
 * partner page as a JavaScript shell. Memory: the RSS of this process and every Chromium process under it,
 * sampled each second; "flat" compares the first and last quarters.
 */
export const benchmark: Benchmark = {
  name: 'browser',
  measures: 'JS-only partner pages through Chromium',
  unit: 'pages/s',
  target: { value: 10, kind: 'atLeast' },
  defaultScale: MAX_PAGES,
  async run({ scale, seed }) {
    const pages = Math.min(scale, MAX_PAGES);
    const offers = pages * OFFERS_PER_PAGE;
    const replica = await startReplicaChild({ offers, seed, rateLimit: false, jsOnlyShare: 1 });
    // The loopback replica is reachable only because its exact origin is trusted, as in a crawl of it.
    const addressGuard = new AddressGuard({ resolve: async () => [], trustedOrigins: [replica.url] });
    const pool = new BrowserPool({ guard: (url) => addressGuard.check(url) });
    const concurrency = 2 * pool.size;
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(treeRssMb(process.pid, replica.pid)), 1000);
    try {
      const corpus = new Corpus({ offers, seed, jsOnlyShare: 1 });
      const urls: Array<{ id: string; url: string }> = [];
      for (let index = 0; index < offers && urls.length < pages; index++) {
        if (corpus.plan(index).pageState !== 'js_only') continue;
        const offer = corpus.offer(index, replica.url);
        const url = offer.origineOffre?.partenaires?.[0]?.url;
        if (url) urls.push({ id: offer.id, url });
      }
      const http = new HttpClient({
        addressGuard,
        limiters: new Map([[replica.url, unlimited]]),
        defaultRate: 1_000_000,
      });
      const fetcher = new PartnerFetcher(http, pool);
      // Chromium's start is a one-off: outside the measurement.
      await fetcher.fetch(urls[0]!.id, urls[0]!.url);
      // Memory is compared over the measured run only: samples taken before Chromium started are not its memory.
      samples.length = 0;
      let next = 0;
      let rendered = 0;
      let live = 0;
      let failed = 0;
      const started = performance.now();
      const treeCpuAtStart = treeCpuSeconds(process.pid, replica.pid);
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < urls.length && performance.now() - started < TIME_BUDGET_MS) {
            const { id, url } = urls[next++]!;
            const page = await fetcher.fetch(id, url);
            if (page.renderedWith === 'browser') rendered++;
            if (page.live === true) live++;
            if (page.reason === 'browser_failed') failed++;
          }
        }),
      );
      const seconds = secondsSince(started);
      const treeCpu = treeCpuSeconds(process.pid, replica.pid) - treeCpuAtStart;
      samples.push(treeRssMb(process.pid, replica.pid));
      const quarter = Math.max(1, Math.floor(samples.length / 4));
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      const firstQuarter = mean(samples.slice(0, quarter));
      const lastQuarter = mean(samples.slice(-quarter));
      return {
        value: next / seconds,
        extra: {
          pages: next,
          renderedWithBrowser: rendered,
          live,
          browserFailed: failed,
          seconds,
          // What the pages cost on a shared machine: CPU of this process and of Chromium, the replica's apart.
          treeCpuSeconds: treeCpu,
          pagesPerTreeCpuSecond: next / treeCpu,
          treeRssFirstQuarterMb: firstQuarter,
          treeRssLastQuarterMb: lastQuarter,
          treeRssGrowth: lastQuarter / firstQuarter - 1,
          treeRssPeakMb: Math.max(...samples),
        },
        parameters: { concurrency, poolSize: pool.size },
      };
    } finally {
      clearInterval(sampler);
      await pool.close();
      await replica.close();
    }
  },
};

/**
 * CPU time (user + system, children reaped included) of a process and all its descendants, in seconds; the
 * replica's process (`skip`) apart. Renderers that Chromium has reaped count through its children's time.
 */
function treeCpuSeconds(root: number, skip: number): number {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const pid of descendants(root, skip)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime, stime, cutime, cstime are 14–17.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / ticksPerSecond;
}

/** A process and all its descendants, but `skip` and its own. */
function descendants(root: number, skip: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const found: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (pid === skip) continue;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * RSS of a process and all its descendants (Chromium's browser, renderer and utility processes), in MB; the
 * replica's process (`skip`), which serves the pages, is not the crawler's memory.
 */
function treeRssMb(root: number, skip: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const pid = Number(entry);
      rss.set(pid, kb);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (pid === skip) continue;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}
