import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchResult } from '../bench/benchmark.js';
import { benchmarkNames } from '../bench/registry.js';

/**
 * `npm run bench [-- --scale 1000000] [--only classify,dedup] [--merge]`: runs each benchmark in its own process
 * (so that its peak RSS is its own), prints a table and writes bench/results.json. With `--merge`, the rows run
 * replace theirs in the existing file and the other rows are kept, each row saying when it was measured.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'bench/results.json' },
    merge: { type: 'boolean', default: false },
  },
});

const selected = values.only ? values.only.split(',').map((name) => name.trim()) : benchmarkNames;
const unknown = selected.filter((name) => !benchmarkNames.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benchmarkNames.join(', ')}\n`);
  process.exit(2);
}

const scale = values.scale ? Number(values.scale) : 'default';
/** With --merge, the rows of the existing results file (checked before anything runs). */
const earlierRows = values.merge && existsSync(values.out) ? readEarlierRows() : undefined;

function readEarlierRows(): BenchResult[] {
  const earlier = JSON.parse(readFileSync(values.out, 'utf8')) as {
    scale?: unknown;
    results?: BenchResult[];
  };
  if (earlier.scale !== scale) {
    process.stderr.write(
      `--merge: ${values.out} was measured at scale ${String(earlier.scale)}, this run is at ${scale}; ` +
        'run every row again, or write elsewhere with --out\n',
    );
    process.exit(2);
  }
  return earlier.results ?? [];
}

/** Issue 9: every row at full scale within half an hour. */
const BUDGET_SECONDS = 30 * 60;

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
const startedAt = new Date();
const started = performance.now();
const results: BenchResult[] = [];
for (const [index, name] of selected.entries()) {
  process.stderr.write(`bench: [${index + 1}/${selected.length}] ${name}… (${elapsed()} so far)\n`);
  results.push({ ...(await runOne(name)), measuredAt: new Date().toISOString() });
  process.stderr.write(`bench: ${name}: ${formatValue(results.at(-1)!)}\n`);
  // Written after every row, so that a run stopped half-way keeps the rows it finished.
  writeResults(index + 1 === selected.length);
}

const totalSeconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${formatTable(results)}\n\ntotal: ${elapsed()} for ${results.length} benchmark(s)` +
    `${values.scale ? ` at scale ${values.scale}` : ''} (budget for all at full scale: ${BUDGET_SECONDS / 60} min` +
    `${selected.length === benchmarkNames.length ? `, ${totalSeconds <= BUDGET_SECONDS ? 'within it' : 'OVER IT'}` : ''})\n` +
    `machine: ${JSON.stringify(machine)}\nwritten: ${values.out}\n`,
);

function writeResults(complete: boolean): void {
  mkdirSync(dirname(values.out), { recursive: true });
  const merged = earlierRows !== undefined;
  let rows = results;
  if (earlierRows) {
    const byName = new Map(earlierRows.map((row) => [row.name, row]));
    for (const row of results) byName.set(row.name, row);
    rows = benchmarkNames.flatMap((name) => byName.get(name) ?? []);
  }
  const run = {
    at: startedAt.toISOString(),
    complete: merged ? rows.length === benchmarkNames.length : complete,
    ...(merged ? { merged: true } : {}),
    scale,
    seed: Number(values.seed),
    // A merged file's rows come from several runs: their own wall times add up to what one run would take.
    totalWallSeconds: merged
      ? Math.round(rows.reduce((sum, row) => sum + row.wallSeconds, 0) * 10) / 10
      : Math.round((performance.now() - started) / 100) / 10,
    budgetSeconds: BUDGET_SECONDS,
    machine,
    results: rows,
  };
  writeFileSync(values.out, `${JSON.stringify(run, null, 2)}\n`);
}

function elapsed(): string {
  const seconds = Math.round((performance.now() - started) / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function runOne(name: string): Promise<BenchResult> {
  const args = ['--import', 'tsx', 'scripts/bench-one.ts', name, '--seed', values.seed];
  if (values.scale) args.push('--scale', values.scale);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, VIGIE_LOG_LEVEL: 'error' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last) as BenchResult);
      } catch {
        resolve({
          name,
          measures: '',
          unit: '',
          target: { value: 0, kind: 'atLeast' },
          value: Number.NaN,
          met: false,
          peakRssMb: 0,
          wallSeconds: 0,
          error: `exited with ${code}: ${last.slice(0, 300)}`,
        });
      }
    });
  });
}

function formatValue(result: BenchResult): string {
  if (result.error) return `error: ${result.error}`;
  return `${round(result.value)} ${result.unit} (target ${result.target.kind === 'atLeast' ? '≥' : '≤'} ${result.target.value}) ${result.met ? 'met' : 'MISSED'}`;
}

function formatTable(rows: BenchResult[]): string {
  const header = ['benchmark', 'measures', 'value', 'target', 'met', 'peak RSS', 'wall', 'notes'];
  const body = rows.map((row) => [
    row.name,
    row.measures,
    row.error ? 'error' : `${round(row.value)} ${row.unit}`,
    `${row.target.kind === 'atLeast' ? '≥' : '≤'} ${row.target.value} ${row.unit}`,
    row.error ? '—' : row.met ? 'yes' : 'NO',
    `${Math.round(row.peakRssMb)} MB`,
    `${round(row.wallSeconds)} s`,
    row.error ??
      Object.entries(row.extra ?? {})
        .map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : value}`)
        .join(' '),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(2);
}
