import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll } from 'vitest';
import { type Engine, openDatabase, type VigieDatabase } from '../../../db/connect.js';
import { ROOT, vigieArgv } from '../../helpers/built-cli.js';
import { postgresUrl } from '../../helpers/databases.js';

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
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db).catch(() => {});
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
  const path = join(dir, 'db');
  return { engine, env: {}, args: ['--db', path], open: () => openDatabase({ path }) };
}

export interface CliRun {
  pid: number;
  /** True while the process runs. */
  running(): boolean;
  kill9(): void;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * `vigie ARGS` as its own process (the build, kept current: tests/helpers/built-cli.ts), stdout and stderr kept
 * apart. The environment is the test's, minus what would leak a developer's settings into the child, plus `env`.
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
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
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

/** The tests' own random choices (kill points, fuzz seeds) use the project's seeded generator. */
export { seededRandom } from '../../../reports/statistics/seeded-random.js';

/** Long seeded variants run with `npm run test:soak` (VIGIE_SOAK=1); the normal suite runs short ones. */
export const SOAK = process.env.VIGIE_SOAK === '1';
