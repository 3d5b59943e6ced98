/**
 * One benchmark: what it measures, its target on the reference machine (2 cores, 24 GB), and how to run it.
 * Benchmarks are not tests: nothing fails when a target is missed; the table and bench/results.json say so.
 */
export interface Benchmark {
  name: string;
  /** What is measured, in a few words, for the table. */
  measures: string;
  unit: string;
  /** The target from issue 9; `atLeast` for throughputs, `atMost` for durations and memory. */
  target: { value: number; kind: 'atLeast' | 'atMost' };
  /** Scale used when `--scale` is not given, and the largest it is run at. */
  defaultScale: number;
  run(parameters: BenchParameters): Promise<BenchMeasurement>;
}

export interface BenchParameters {
  scale: number;
  seed: number;
  /** PostgreSQL URL for the rows that measure it; undefined skips them. */
  postgresUrl?: string;
}

export interface BenchMeasurement {
  value: number;
  /** Other figures worth keeping (baselines, ratios, counts). */
  extra?: Record<string, number | string>;
  parameters?: Record<string, number | string>;
}

export interface BenchResult extends BenchMeasurement {
  name: string;
  measures: string;
  unit: string;
  target: Benchmark['target'];
  met: boolean;
  peakRssMb: number;
  wallSeconds: number;
  /** When the row finished (rows merged with `--merge` come from several runs). */
  measuredAt?: string;
  error?: string;
}
