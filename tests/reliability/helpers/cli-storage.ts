import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { dropSchema, type Engine, openDatabase, type VigieDatabase } from '../../../db/connect.js';
import { runClassify } from '../../../pipeline/classify-audit.js';
import { runImport } from '../../../pipeline/import-file.js';
import { type ReportFormat, runReport } from '../../../pipeline/write-report.js';
import { ROOT, vigieArgv } from '../../helpers/built-cli.js';
import { postgresUrl } from '../../helpers/databases.js';
import { seedDatabaseFolder } from '../../helpers/pglite-template.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Registers work to do once the test file is over (children to kill, schemas to drop), newest first. */
export function onCleanup(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

/** Where a `vigie` child process keeps its data, and how the test opens the same data to look at it. */
export interface CliStorage {
  engine: Engine;
  /** Extra environment (DATABASE_URL) and global arguments (`--db PATH`) for the child. */
  env: Record<string, string>;
  args: string[];
  open(): Promise<VigieDatabase>;
}

/**
 * Fresh storage for a child process on the given engine: a PGlite folder of its own, or a PostgreSQL schema of
 * its own (through `options=-c search_path=…` in DATABASE_URL), dropped after the file.
 */
export async function cliStorage(engine: Engine): Promise<CliStorage> {
  if (engine === 'postgres') {
    if (!postgresUrl) throw new Error('PostgreSQL storage needs TEST_DATABASE_URL');
    const schema = `r_${randomBytes(5).toString('hex')}`;
    const setup = await openDatabase({ url: postgresUrl, schema, migrate: false, poolSize: 1 });
    await setup.close();
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    onCleanup(async () => {
      const admin = await openDatabase({ url: postgresUrl!, migrate: false, poolSize: 1 });
      await dropSchema(admin.db, schema).catch(() => {});
      await admin.close();
    });
    return {
      engine,
      env: { DATABASE_URL: url.href },
      args: [],
      open: () => openDatabase({ url: postgresUrl!, schema, poolSize: 2 }),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigie-reliability-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const path = seedDatabaseFolder(join(dir, 'db'));
  return { engine, env: {}, args: ['--db', path], open: () => openDatabase({ path }) };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  pid: number;
  /** True while the process runs. */
  running(): boolean;
  kill9(): void;
  done: Promise<CliResult>;
}

/**
 * `vigie ARGS` as its own process (the build, kept current: tests/helpers/built-cli.ts), stdout and stderr kept apart. The environment is the
 * test's, minus what would leak a developer's settings into the child, plus `env`.
 */
export function runVigie(args: string[], env: Record<string, string> = {}): CliRun {
  const inherited = { ...process.env };
  for (const key of ['DATABASE_URL', 'VIGIE_DB', 'FT_CLIENT_ID', 'FT_CLIENT_SECRET']) delete inherited[key];
  const child = spawn(process.execPath, vigieArgv(args), {
    cwd: ROOT,
    env: { ...inherited, VIGIE_LOG_LEVEL: 'warn', VIGIE_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const done = new Promise<CliResult>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    pid: child.pid ?? -1,
    running: () => child.exitCode === null && child.signalCode === null,
    kill9: () => {
      child.kill('SIGKILL');
    },
    done,
  };
}

/**
 * `vigie ARGS` on a storage, as its own process, expected to succeed: a failure names the command and shows what
 * it said on stderr. For the command a test is about; what only prepares its data is done in-process (below).
 */
export async function vigieOk(storage: Pick<CliStorage, 'args' | 'env'>, args: string[]): Promise<CliResult> {
  const run = await runVigie([...storage.args, ...args], storage.env).done;
  expect(run.code, `vigie ${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run;
}

/**
 * Works on a storage in-process, then closes it so that a `vigie` process can open it next (an embedded
 * database has one user at a time). Setup steps go through here: the same use cases the CLI's `import`,
 * `classify` and `report` call, without a process of ~1 s of CPU each.
 */
export async function withStorage<T>(
  storage: CliStorage,
  work: (database: VigieDatabase) => Promise<T>,
): Promise<T> {
  const database = await storage.open();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** `vigie import FILE`, then `vigie classify --audit ID` if asked, in-process: the audit's number. */
export async function importInProcess(
  storage: CliStorage,
  file: string,
  options: { classify?: boolean } = {},
): Promise<number> {
  return withStorage(storage, async (database) => {
    const { auditId } = await runImport({ database, file });
    if (options.classify) await runClassify({ database, audit: auditId });
    return auditId;
  });
}

/** `vigie report --audit ID --out DIR --format …`, in-process. */
export async function reportInProcess(
  storage: CliStorage,
  audit: number,
  out: string,
  formats: readonly ReportFormat[],
): Promise<void> {
  await withStorage(storage, (database) => runReport({ database, audit, out, formats }));
}

/** The tests' own random choices (kill points, fuzz seeds) use the project's seeded generator. */
export { seededRandom } from '../../../reports/statistics/seeded-random.js';

/** Long seeded variants run with `npm run test:soak` (VIGIE_SOAK=1); the normal suite runs short ones. */
export const SOAK = process.env.VIGIE_SOAK === '1';
