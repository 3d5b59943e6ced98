import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dropSchema, openDatabase } from '../../db/connect.js';
import { listOfferIds } from '../../db/offers.js';
import { DEFAULT_CREDENTIALS } from '../../replica/index.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { postgresUrl } from '../helpers/databases.js';
import { replica } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

const ROOT = new URL('../../', import.meta.url);
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, vigieArgv(args), {
    cwd: ROOT,
    env: { ...process.env, ...env, VIGIE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout })));
}

describe.skipIf(!postgresUrl)('several crawl workers on one PostgreSQL', () => {
  it('share the frontier and the rate limit: every offer once, never above the rate', async () => {
    // One part of 16 pages (no split): work is left once planning has kept its first page, which was its count.
    const target = await replica({ offers: 2400, seed: 71 });
    const schema = `w_${randomBytes(5).toString('hex')}`;
    const database = await openDatabase({ url: postgresUrl!, schema });
    cleanups.push(async () => {
      await dropSchema(database.db, schema);
      await database.close();
    });
    const url = new URL(postgresUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = {
      DATABASE_URL: url.href,
      FT_CLIENT_ID: DEFAULT_CREDENTIALS.clientId,
      FT_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret,
    };
    const common = ['--api-url', target.apiUrl, '--token-url', target.tokenUrl, '--rate', '10', '--json'];
    const rate = 10;
    const [leader, ...workers] = await Promise.all([
      cli(['crawl', '--census', '--no-partners', ...common], env),
      cli(['crawl', '--worker', '--no-partners', ...common], env),
      cli(['crawl', '--worker', '--no-partners', ...common], env),
    ]);
    expect([leader.code, ...workers.map((worker) => worker.code)]).toEqual([0, 0, 0]);
    const summaries = [leader, ...workers].map(
      (run) => JSON.parse(run.stdout) as { auditId: number; requests: number },
    );
    expect(new Set(summaries.map((summary) => summary.auditId)).size).toBe(1);
    // The workers did part of the work: the leader alone did not send every request.
    expect(summaries.slice(1).some((summary) => summary.requests > 0)).toBe(true);

    const ids = await listOfferIds(database.db, summaries[0]!.auditId);
    expect(new Set(ids)).toEqual(new Set(target.ids()));
    expect(target.stats().maxRatePerSecond(5000)).toBeLessThanOrEqual(rate); // arrivals jitter; see workers-kill.test.ts
  });
});
