import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Corpus } from '../replica/index.js';
import type { Benchmark } from './benchmark.js';
import { OFFLINE_BASE_URL } from './helpers/offers.js';

/** Cold starts timed per way of running; the figure is their median. */
const RUNS = 7;
const ROOT = resolve(import.meta.dirname, '..');

/**
 * `vigie check --file offer.json`, each run a new process, from spawn to exit: what a jobseeker waits. Measured
 * for the built CLI (tsc into a temporary copy, so the shared working tree's dist/ is never touched) — the
 * figure — and for the TypeScript sources through tsx, as a fresh checkout runs it.
 */
export const benchmark: Benchmark = {
  name: 'check',
  measures: '`vigie check --file` cold start to verdict (built)',
  unit: 's',
  target: { value: 1, kind: 'atMost' },
  defaultScale: RUNS,
  async run({ seed }) {
    const work = mkdtempSync(join(tmpdir(), 'vigie-bench-check-'));
    try {
      const corpus = new Corpus({ offers: 50, seed });
      const offerFile = join(work, 'offre.json');
      writeFileSync(offerFile, JSON.stringify(corpus.offer(7, OFFLINE_BASE_URL)));
      const built = buildCopy(work);
      const env = { ...process.env, VIGIE_LOG_LEVEL: 'error', DATABASE_URL: '', VIGIE_DB: '' };
      const args = ['check', '--file', offerFile, '--json'];
      const builtTimes = await timeRuns([join(built, 'bin', 'vigie.js'), ...args], env);
      const tsxTimes = await timeRuns(['--import', 'tsx', join(ROOT, 'cli', 'main.ts'), ...args], env);
      return {
        value: median(builtTimes.seconds),
        extra: {
          builtMedianSeconds: median(builtTimes.seconds),
          builtMaxSeconds: Math.max(...builtTimes.seconds),
          tsxMedianSeconds: median(tsxTimes.seconds),
          exitCode: builtTimes.exitCode,
        },
        parameters: { runs: RUNS },
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

/** The CLI compiled as `npm run build` does, into `work/vigie` with bin/, package.json and node_modules. */
function buildCopy(work: string): string {
  const copy = join(work, 'vigie');
  mkdirSync(join(copy, 'bin'), { recursive: true });
  const tsc = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      join(copy, 'dist'),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!existsSync(join(copy, 'dist', 'cli', 'main.js'))) {
    throw new Error(`the build failed: ${(tsc.stdout + tsc.stderr).slice(0, 300)}`);
  }
  cpSync(join(ROOT, 'bin', 'vigie.js'), join(copy, 'bin', 'vigie.js'));
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

async function timeRuns(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number[]; exitCode: number }> {
  const seconds: number[] = [];
  let exitCode = -1;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    exitCode = await new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk.toString('utf8');
      });
      child.on('error', fail);
      child.on('exit', (code) => {
        if (code === 2) fail(new Error(`vigie check gave no verdict: ${errors.slice(0, 300)}`));
        else done(code ?? -1);
      });
    });
    seconds.push((performance.now() - started) / 1000);
  }
  return { seconds, exitCode };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
