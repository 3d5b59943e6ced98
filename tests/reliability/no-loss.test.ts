/**
 * Guarantee 1 — no loss, no double count.
 *
 * A crawl killed with `kill -9` at any moment (while migrating, planning, paging, fetching partner pages, or
 * writing), any number of times, and then run again with the same command, ends with exactly the audit an
 * uninterrupted crawl gives: the same offers with the same strata and weights, each stored once and never counted
 * as changed, the same partner pages, the same recorded failures, one audit. And a database that cannot be reached
 * at start is a clear error (exit code 3) within seconds, not a hang.
 *
 * Each seeded run draws its own sample design, its own kill points and its engine (PGlite and PostgreSQL in
 * turn). `npm run test:soak` runs 50 of them; a failing run names its seed, and VIGIE_RELIABILITY_SEED=N replays
 * from there. The PostgreSQL server restarted mid-crawl is in postgres-restart.test.ts; the single kill of
 * tests/crawler/crawl-resume.test.ts and the two-worker crawl of tests/crawler/crawl-workers.test.ts are not
 * repeated here.
 */
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import type { VigieDatabase } from '../../db/connect.js';
import { DEFAULT_CREDENTIALS, type Replica, startReplica } from '../../replica/index.js';
import { engines, openTestDatabase } from '../helpers/databases.js';
import { hangLimitMs } from '../helpers/machine-speed.js';
import { cliStorage, runVigie, SOAK, seededRandom } from './helpers/cli-storage.js';

const RUNS = SOAK ? 50 : engines.length;
const BASE_SEED = Number(process.env.VIGIE_RELIABILITY_SEED ?? 20_261_128);

interface AuditSnapshot {
  audits: number;
  /** offer id → stratum, weight, content hash, revision. */
  offers: Map<string, string>;
  partnerPages: string[];
  fetchErrors: string[];
  unfinished: number;
}

/** Everything of the (only) crawl audit a test compares: what a report would count. */
async function snapshot(database: VigieDatabase, auditId?: number): Promise<AuditSnapshot> {
  const { db } = database;
  const audits = await db.selectFrom('audits').select('id').orderBy('id').execute();
  const id = auditId ?? audits[0]?.id ?? -1;
  const offers = await db
    .selectFrom('offers')
    .select(['offer_id', 'stratum', 'weight', 'content_hash', 'revision'])
    .where('audit_id', '=', id)
    .execute();
  const pages = await db
    .selectFrom('partner_pages')
    .select(['offer_id', 'url', 'live', 'reason', 'status'])
    .where('audit_id', '=', id)
    .execute();
  const errors = await db
    .selectFrom('fetch_errors')
    .select(['offer_id', 'stage', 'cause'])
    .where('audit_id', '=', id)
    .execute();
  const unfinished = await db
    .selectFrom('frontier')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('audit_id', '=', id)
    .where('status', 'in', ['pending', 'leased'])
    .executeTakeFirstOrThrow();
  return {
    audits: audits.length,
    offers: new Map(
      offers.map((row) => [
        row.offer_id,
        `${row.stratum} ${Number(row.weight)} ${row.content_hash} r${row.revision}`,
      ]),
    ),
    partnerPages: pages
      .map((row) => `${row.offer_id} ${row.url} ${row.live} ${row.reason} ${row.status}`)
      .sort(),
    fetchErrors: errors.map((row) => `${row.offer_id} ${row.stage} ${row.cause}`).sort(),
    unfinished: Number(unfinished.n),
  };
}

describe('kill -9 at random points, then the same command again', () => {
  let target: Replica;
  beforeAll(async () => {
    // Partner pages live on the replica's own origin: one rate for all, generous enough to keep runs short.
    target = await startReplica({ offers: 1500, seed: 61, rateLimit: false });
  });
  afterAll(async () => {
    await target?.close();
  });

  for (let run = 0; run < RUNS; run++) {
    const seed = BASE_SEED + run;
    const engine = engines[run % engines.length]!;
    it(`run ${run + 1}/${RUNS} (seed ${seed}, ${engine}): the same audit as an uninterrupted crawl`, async () => {
      const random = seededRandom(seed);
      const sampleSize = 60 + Math.floor(random() * 90);
      const strata = (['departement', 'typeContrat', 'origine'] as const)[Math.floor(random() * 3)]!;

      // The reference: the same design crawled in one go, in-process.
      const reference = await openTestDatabase('pglite');
      target.resetStats();
      const uninterrupted = await runCrawl({
        database: reference,
        source: 'api',
        clientId: DEFAULT_CREDENTIALS.clientId,
        clientSecret: DEFAULT_CREDENTIALS.clientSecret,
        apiUrl: target.apiUrl,
        tokenUrl: target.tokenUrl,
        sample: sampleSize,
        strata,
        seed,
        maxResults: 300,
        rate: 1000,
        partnerRate: 1000,
        browser: false,
        progress: false,
      });
      expect(uninterrupted.complete).toBe(true);
      const expected = await snapshot(reference, uninterrupted.auditId);
      const totalRequests = target.stats().requests;
      expect(expected.offers.size).toBe(sampleSize);
      expect(expected.partnerPages.length).toBeGreaterThan(0);

      const storage = await cliStorage(engine);
      const args = [
        ...storage.args,
        'crawl',
        '--sample',
        String(sampleSize),
        '--strata',
        strata,
        '--seed',
        String(seed),
        '--max-results',
        '300',
        '--rate',
        '300',
        '--partner-rate',
        '300',
        '--no-browser',
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

      // One to three kills: some while the process starts (migrations, planning), most once requests flow.
      const kills = 1 + Math.floor(random() * (SOAK ? 3 : 2));
      const killedAt: string[] = [];
      for (let kill = 0; kill < kills; kill++) {
        target.resetStats();
        const child = runVigie(args, env);
        if (random() < 0.25) {
          await sleep(300 + random() * 1500);
          killedAt.push('startup');
        } else {
          const threshold = 1 + Math.floor(random() * totalRequests * 0.9);
          while (child.running() && target.stats().requests < threshold) await sleep(3);
          killedAt.push(`request ${target.stats().requests}`);
        }
        if (!child.running()) {
          // It finished before its kill point: nothing left to interrupt.
          const finished = await child.done;
          expect(finished.code, finished.stderr).toBe(0);
          break;
        }
        child.kill9();
        const killed = await child.done;
        expect(killed.signal).toBe('SIGKILL');
      }

      const last = await runVigie(args, env).done;
      expect(last.code, `${killedAt.join(', ')}\n${last.stderr}`).toBe(0);
      expect(JSON.parse(last.stdout)).toMatchObject({ complete: true, offers: sampleSize });

      const database = await storage.open();
      try {
        const got = await snapshot(database);
        expect(got.audits, 'one audit, continued, never a second one').toBe(1);
        expect(got.unfinished).toBe(0);
        // Equal maps: the same ids, strata, weights and contents, and revision 1 (never counted as changed).
        expect(got.offers).toEqual(expected.offers);
        expect(got.partnerPages).toEqual(expected.partnerPages);
        expect(got.fetchErrors).toEqual(expected.fetchErrors);
      } finally {
        await database.close();
      }
    }, 300_000);
  }
});

describe('a database that cannot be reached at start', () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  it('is a clear error with exit code 3 within seconds, the password never printed', async () => {
    const port = await closedPort();
    const url = `postgres://vigie:Pa55-unreachable@127.0.0.1:${port}/vigie`;
    const started = Date.now();
    const [audits, crawl] = await Promise.all([
      runVigie(['audits'], { DATABASE_URL: url }).done,
      runVigie(['crawl', '--census', '--source', 'site', '--site-url', 'http://127.0.0.1:9/'], {
        DATABASE_URL: url,
      }).done,
    ]);
    // A hang guard, not a performance figure: the pg pool alone would wait forever for some failures. Starting two
    // processes takes most of it; the refusal itself is immediate. Scaled by the machine's measured slowness.
    expect(Date.now() - started).toBeLessThan(hangLimitMs(40_000));
    for (const run of [audits, crawl]) {
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toContain(
        `impossible de joindre PostgreSQL à postgres://vigie:***@127.0.0.1:${port}/vigie`,
      );
      expect(run.stderr).toMatch(/→ .*le serveur tourne/);
      expect(run.stderr + run.stdout).not.toContain('Pa55-unreachable');
      expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    }
  });

  it('also when the server is a silent black hole (connection timeout, not a hang)', async () => {
    // TEST-NET-2 is never routed: the connection attempt either fails at once or times out.
    const url = 'postgres://vigie:Pa55-blackhole@198.51.100.7:5432/vigie';
    const started = Date.now();
    const run = await runVigie(['audits'], { DATABASE_URL: url }).done;
    // The pool's connection timeout (10 s) plus the start of the process: well short of a hang.
    expect(Date.now() - started).toBeLessThan(10_000 + hangLimitMs(30_000));
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(
      'impossible de joindre PostgreSQL à postgres://vigie:***@198.51.100.7:5432/vigie',
    );
    expect(run.stderr).not.toContain('Pa55-blackhole');
  }, 300_000);
});
