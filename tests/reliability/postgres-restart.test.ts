/**
 * Guarantee 1, second half — the PostgreSQL server restarted mid-crawl loses nothing and counts nothing twice.
 *
 * A `vigie crawl` writes into PostgreSQL; halfway through, the server is restarted the hard way (`pg_ctl restart
 * -m immediate`: a crash, uncommitted transactions lost). The crawl either rides out the restart or stops with an
 * error; run again, it finishes, and the audit equals that of an uninterrupted crawl.
 *
 * The restarted server is a private one this test creates (initdb in a temporary folder, a free port), not the
 * shared test server: other test files — and other people's test runs on the same machine — keep their
 * connections. It runs when PostgreSQL is required (VIGIE_REQUIRE_POSTGRES=1, as in CI) or asked for
 * (VIGIE_PG_RESTART=1), and needs PostgreSQL's server binaries (/usr/lib/postgresql/<version>/bin).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { openDatabase } from '../../db/connect.js';
import { DEFAULT_CREDENTIALS, startReplica } from '../../replica/index.js';
import { openTestDatabase } from '../helpers/databases.js';
import { onCleanup, runVigie } from './helpers/cli-storage.js';

const wanted = process.env.VIGIE_REQUIRE_POSTGRES === '1' || process.env.VIGIE_PG_RESTART === '1';

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'pg_ctl')));
  return found;
}

const bin = serverBinaries();
if (!wanted)
  console.warn('[tests] postgres-restart: set VIGIE_PG_RESTART=1 (or VIGIE_REQUIRE_POSTGRES=1) to run it');
else if (!bin)
  throw new Error('postgres-restart: PostgreSQL server binaries not found under /usr/lib/postgresql');

/** initdb refuses to run as root: as root, the server runs as the postgres user. */
function asServerUser(command: string, args: string[]): string {
  const root = process.getuid?.() === 0;
  return execFileSync(root ? 'runuser' : command, root ? ['-u', 'postgres', '--', command, ...args] : args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface PrivateServer {
  url: string;
  restart(): void;
}

async function privateServer(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asServerUser(join(bin!, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const ctl = (...args: string[]) =>
    asServerUser(join(bin!, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', ...args]);
  ctl('-o', options, 'start');
  onCleanup(() => {
    try {
      ctl('-m', 'immediate', 'stop');
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => ctl('-m', 'immediate', '-o', options, 'restart'),
  };
}

const target = wanted && bin ? await startReplica({ offers: 1500, seed: 62, rateLimit: false }) : undefined;
afterAll(async () => {
  await target?.close();
});

describe.runIf(wanted && bin)('the PostgreSQL server restarted mid-crawl', () => {
  it('ends, after a rerun if needed, with the audit of an uninterrupted crawl', async () => {
    const replica = target!;
    const design = { sample: 150, strata: 'departement' as const, seed: 44 };
    const reference = await openTestDatabase('pglite');
    const uninterrupted = await runCrawl({
      database: reference,
      source: 'api',
      clientId: DEFAULT_CREDENTIALS.clientId,
      clientSecret: DEFAULT_CREDENTIALS.clientSecret,
      apiUrl: replica.apiUrl,
      tokenUrl: replica.tokenUrl,
      ...design,
      maxResults: 300,
      rate: 1000,
      partnerRate: 1000,
      browser: false,
      progress: false,
    });
    const expectedOffers = await reference.db
      .selectFrom('offers')
      .select(['offer_id', 'stratum', 'weight', 'content_hash', 'revision'])
      .where('audit_id', '=', uninterrupted.auditId)
      .orderBy('offer_id')
      .execute();
    const expectedPages = await reference.db
      .selectFrom('partner_pages')
      .select(['offer_id', 'url', 'reason'])
      .where('audit_id', '=', uninterrupted.auditId)
      .orderBy('offer_id')
      .orderBy('url')
      .execute();
    const totalRequests = uninterrupted.requests;

    const server = await privateServer();
    const args = [
      'crawl',
      '--sample',
      String(design.sample),
      '--strata',
      design.strata,
      '--seed',
      String(design.seed),
      '--max-results',
      '300',
      // Slow enough that the restart lands mid-crawl, with items in flight.
      '--rate',
      '60',
      '--partner-rate',
      '60',
      '--no-browser',
      '--api-url',
      replica.apiUrl,
      '--token-url',
      replica.tokenUrl,
      '--json',
    ];
    const env = {
      DATABASE_URL: server.url,
      FT_CLIENT_ID: DEFAULT_CREDENTIALS.clientId,
      FT_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret,
    };
    replica.resetStats();
    const first = runVigie(args, env);
    while (first.running() && replica.stats().requests < totalRequests / 2) await sleep(5);
    expect(first.running(), 'the crawl ended before the restart: nothing was tested').toBe(true);
    server.restart();
    let result = await first.done;
    const outcomes = [`first run: exit ${result.code}`];
    for (let rerun = 0; rerun < 3 && result.code !== 0; rerun++) {
      result = await runVigie(args, env).done;
      outcomes.push(`rerun: exit ${result.code}`);
    }
    expect(result.code, `${outcomes.join(', ')}\n${result.stderr.slice(-2000)}`).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ complete: true, offers: design.sample });

    const database = await openDatabase({ url: server.url, poolSize: 1 });
    try {
      const audits = await database.db.selectFrom('audits').select('id').execute();
      expect(audits).toHaveLength(1);
      const offers = await database.db
        .selectFrom('offers')
        .select(['offer_id', 'stratum', 'weight', 'content_hash', 'revision'])
        .orderBy('offer_id')
        .execute();
      const asText = (rows: typeof offers) =>
        rows.map(
          (row) =>
            `${row.offer_id} ${row.stratum} ${Number(row.weight)} ${row.content_hash} r${row.revision}`,
        );
      expect(asText(offers)).toEqual(asText(expectedOffers));
      const pages = await database.db
        .selectFrom('partner_pages')
        .select(['offer_id', 'url', 'reason'])
        .orderBy('offer_id')
        .orderBy('url')
        .execute();
      expect(pages).toEqual(expectedPages);
    } finally {
      await database.close();
    }
  }, 300_000);
});
