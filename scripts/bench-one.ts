import { parseArgs } from 'node:util';
import type { BenchResult } from '../bench/benchmark.js';
import { loadBenchmark } from '../bench/registry.js';

/** Runs one benchmark in this process and prints its result as the last line of stdout (read by bench.ts). */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string' }, seed: { type: 'string', default: '42' } },
});
const benchmark = await loadBenchmark(positionals[0] ?? '');
const scale = values.scale ? Number(values.scale) : benchmark.defaultScale;
const started = performance.now();
let result: BenchResult;
const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
try {
  const measurement = await benchmark.run({
    scale,
    seed: Number(values.seed),
    ...(postgresUrl ? { postgresUrl } : {}),
  });
  const met =
    benchmark.target.kind === 'atLeast'
      ? measurement.value >= benchmark.target.value
      : measurement.value <= benchmark.target.value;
  result = {
    name: benchmark.name,
    measures: benchmark.measures,
    unit: benchmark.unit,
    target: benchmark.target,
    ...measurement,
    parameters: { scale, ...(measurement.parameters ?? {}) },
    met,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    wallSeconds: (performance.now() - started) / 1000,
  };
} catch (error) {
  result = {
    name: benchmark.name,
    measures: benchmark.measures,
    unit: benchmark.unit,
    target: benchmark.target,
    value: Number.NaN,
    met: false,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    wallSeconds: (performance.now() - started) / 1000,
    error: error instanceof Error ? error.message : String(error),
  };
}
process.stdout.write(`\n${JSON.stringify(result)}\n`);
process.exit(0);
