import type { Benchmark } from './benchmark.js';

/**
 * The benchmarks of issue 9, in the order the table shows them. Each is loaded only in the process that runs it,
 * so one benchmark's imports never weigh on another's memory figure.
 */
const modules: Record<string, () => Promise<{ benchmark: Benchmark }>> = {};

export const benchmarkNames = Object.keys(modules);

export async function loadBenchmark(name: string): Promise<Benchmark> {
  const load = modules[name];
  if (!load) throw new Error(`unknown benchmark "${name}"; known: ${benchmarkNames.join(', ')}`);
  return (await load()).benchmark;
}
