import type { Benchmark } from './benchmark.js';

/**
 * The benchmarks of issue 9, in the order the table shows them. Each is loaded only in the process that runs it,
 * so one benchmark's imports never weigh on another's memory figure.
 */
const modules: Record<string, () => Promise<{ benchmark: Benchmark }>> = {
  classify: () => import('./classify.bench.js'),
  dedup: () => import('./dedup.bench.js'),
  'dedup-quality': () => import('./dedup-quality.bench.js'),
  'census-plan': () => import('./census-plan.bench.js'),
  'crawl-efficiency': () => import('./crawl-efficiency.bench.js'),
  'crawl-raw': () => import('./crawl-raw.bench.js'),
  'website-crawl': () => import('./website-crawl.bench.js'),
  browser: () => import('./browser.bench.js'),
  report: () => import('./report.bench.js'),
  'report-pglite': () => import('./report-pglite.bench.js'),
  check: () => import('./check.bench.js'),
};

export const benchmarkNames = Object.keys(modules);

export async function loadBenchmark(name: string): Promise<Benchmark> {
  const load = modules[name];
  if (!load) throw new Error(`unknown benchmark "${name}"; known: ${benchmarkNames.join(', ')}`);
  return (await load()).benchmark;
}
