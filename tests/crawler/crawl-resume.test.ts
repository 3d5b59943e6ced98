import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { dropSchema, openDatabase } from '../../db/connect.js';
import { streamOffers } from '../../db/offers.js';
import { DEFAULT_CREDENTIALS } from '../../replica/index.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { postgresUrl } from '../helpers/databases.js';
import { crawlDatabase, replica, replicaSettings } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

const ROOT = new URL('../../', import.meta.url);
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Where the CLI child keeps its data: a PostgreSQL schema of its own when available, else a PGlite folder. */
async function childDatabase(): Promise<{
  env: Record<string, string>;
  args: string[];
  open: () => ReturnType<typeof openDatabase>;
}> {
  if (postgresUrl) {
    const schema = `k_${randomBytes(5).toString('hex')}`;
    const setup = await openDatabase({ url: postgresUrl, schema, migrate: false });
    await setup.close();
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    cleanups.push(async () => {
      const admin = await openDatabase({ url: postgresUrl!, migrate: false });
      await dropSchema(admin.db, schema);
      await admin.close();
    });
    return {
      env: { DATABASE_URL: url.href },
      args: [],
      open: () => openDatabase({ url: postgresUrl!, schema }),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigie-resume-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'db');
  return { env: {}, args: ['--db', path], open: () => openDatabase({ path }) };
}

function runCli(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(process.execPath, vigieArgv(args), {
    cwd: ROOT,
    env: { ...process.env, ...env, VIGIE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout })),
  );
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, done };
}

describe('resuming a crawl', () => {
  it('kill -9 mid-crawl, then the same command again: the same final sample as an uninterrupted crawl', async () => {
    const target = await replica({ offers: 2000, seed: 51 });
    const design = { sample: 300, strata: 'departement' as const, seed: 9, maxResults: 200 };

    const reference = await crawlDatabase();
    const uninterrupted = await runCrawl({ ...replicaSettings(target), database: reference, ...design });
    const expected = new Map<string, [string | null, number]>();
    for await (const batch of streamOffers(reference.db, uninterrupted.auditId)) {
      for (const row of batch) expected.set(row.offer.id, [row.stratum, row.weight]);
    }
    expect(expected.size).toBe(300);

    const storage = await childDatabase();
    const args = [
      ...storage.args,
      'crawl',
      '--sample',
      '300',
      '--strata',
      'departement',
      '--seed',
      '9',
      '--max-results',
      '200',
      '--rate',
      '80',
      '--no-partners',
      '--api-url',
      target.apiUrl,
      '--token-url',
      target.tokenUrl,
      '--json',
    ];
    const env = {
      ...storage.env,
      FT_CLIENT_ID: DEFAULT_CREDENTIALS.clientId,
      FT_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret,
    };
    target.resetStats();
    const first = runCli(args, env);
    // Killed once planning is done and search pages are being stored: the worst moment for a naive crawler.
    while (target.stats().requests < 150 && first.child.exitCode === null) await sleep(10);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.code).toBeNull();

    const second = await runCli(args, env).done;
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as {
      resumed: boolean;
      offers: number;
      complete: boolean;
      auditId: number;
    };
    expect(summary).toMatchObject({ resumed: true, offers: 300, complete: true });

    const database = await storage.open();
    try {
      const audits = await database.db.selectFrom('audits').select('id').execute();
      expect(audits).toHaveLength(1);
      const got = new Map<string, [string | null, number]>();
      for await (const batch of streamOffers(database.db, summary.auditId)) {
        for (const row of batch) got.set(row.offer.id, [row.stratum, row.weight]);
      }
      expect(got).toEqual(expected);
    } finally {
      await database.close();
    }
  });
});
