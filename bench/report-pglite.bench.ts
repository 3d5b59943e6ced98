import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { openDatabase } from '../db/connect.js';
import type { Benchmark } from './benchmark.js';
import { timeHtmlReport } from './helpers/report-census.js';

/**
 * `vigie report --format html` on the same census as the `report` row (`buildReportCensus`), in the default
 * embedded database: PGlite in a folder on disk. Building a million offers into PGlite takes minutes, so the folder
 * is kept under `$TMPDIR/vigie-bench/` (keyed by seed and scale) and built once, in a child
 * process so that the build's memory is not this row's. Only the report is timed: opening the database is not.
 */
export const benchmark: Benchmark = {
  name: 'report-pglite',
  measures: 'all figures + HTML, census on embedded PGlite',
  unit: 's',
  target: { value: 30, kind: 'atMost' },
  defaultScale: 1_000_000,
  async run({ scale, seed }) {
    const { folder, auditId, flags, buildSeconds } = await ensureCensusFolder(scale, seed);
    const database = await openDatabase({ path: folder });
    try {
      const report = await timeHtmlReport(database, auditId);
      return {
        value: report.seconds,
        extra: {
          offers: scale,
          flags,
          htmlKb: report.htmlKb,
          // PGlite runs in this process: its CPU time is all of the report's.
          cpuSeconds: report.cpuSeconds,
          auditBuildSeconds: buildSeconds,
        },
      };
    } finally {
      await database.close();
    }
  },
};

const censusManifest = z.object({ auditId: z.number().int(), flags: z.number().int() });

interface CensusFolder {
  folder: string;
  auditId: number;
  flags: number;
  /** The build's seconds when this run built it, 0 when it was already there. */
  buildSeconds: number;
}

async function ensureCensusFolder(scale: number, seed: number): Promise<CensusFolder> {
  const root = process.env.VIGIE_BENCH_CACHE ?? join(tmpdir(), 'vigie-bench');
  // Keyed by seed and scale only: a newer migration (an index, a column filled from the stored offers) is applied
  // to the kept folder when the row opens it, as it would be to a user's database.
  const folder = join(root, `report-pglite-s${seed}-n${scale}`);
  const manifest = join(folder, 'census.json');
  if (existsSync(manifest)) {
    const kept = censusManifest.parse(JSON.parse(readFileSync(manifest, 'utf8')));
    return { folder: join(folder, 'db'), auditId: kept.auditId, flags: kept.flags, buildSeconds: 0 };
  }
  mkdirSync(root, { recursive: true });
  const building = mkdtempSync(join(root, 'report-pglite-building-'));
  const script = fileURLToPath(new URL('./helpers/report-census-build.ts', import.meta.url));
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, join(building, 'db'), String(scale)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`census build exited ${code}`)),
    );
  });
  const built = censusManifest
    .extend({ seconds: z.number() })
    .parse(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
  writeFileSync(
    join(building, 'census.json'),
    `${JSON.stringify({ auditId: built.auditId, flags: built.flags })}\n`,
  );
  // Renamed into place once whole: a build killed half-way is never taken for a census.
  rmSync(folder, { recursive: true, force: true });
  renameSync(building, folder);
  return {
    folder: join(folder, 'db'),
    auditId: built.auditId,
    flags: built.flags,
    buildSeconds: built.seconds,
  };
}
