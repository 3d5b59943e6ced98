import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, openDatabase } from '../../db/connect.js';
import { countOffers, listOfferIds } from '../../db/offers.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { postgresUrl } from '../helpers/databases.js';
import { startVigie, type VigieProcess, waitFor } from '../helpers/vigie-process.js';

/**
 * Issue 8's scale-out promise: three crawl processes on one PostgreSQL, one of them killed mid-crawl. The items it
 * held come back when its lease expires, the others finish the work, every offer is stored exactly once, and
 * together they never exceed the rate limit kept in PostgreSQL.
 */
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe.runIf(postgresUrl)('three crawl workers on one PostgreSQL, one killed', () => {
  it('end with every offer exactly once and the global rate never exceeded', async () => {
    const replica: Replica = await startReplica({ offers: 1500, seed: 23, rateLimit: false });
    cleanups.push(() => replica.close());
    const schema = `k_${randomBytes(5).toString('hex')}`;
    const database = await openDatabase({ url: postgresUrl!, schema });
    cleanups.push(async () => {
      await dropSchema(database.db, schema);
      await database.close();
    });
    const url = new URL(postgresUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = {
      DATABASE_URL: url.href,
      FT_CLIENT_ID: replica.credentials.clientId,
      FT_CLIENT_SECRET: replica.credentials.clientSecret,
    };
    const rate = 6;
    const common = [
      '--api-url',
      replica.apiUrl,
      '--token-url',
      replica.tokenUrl,
      '--rate',
      String(rate),
      '--no-partners',
      '--no-progress',
      '--lease-seconds',
      '2',
      '--json',
    ];
    const processes: VigieProcess[] = [
      startVigie(['crawl', '--census', '--max-results', '40', ...common], env),
      startVigie(['crawl', '--worker', ...common], env),
      startVigie(['crawl', '--worker', ...common], env),
    ];
    cleanups.push(async () => {
      for (const process of processes) process.child.kill('SIGKILL');
    });
    const victim = processes[2]!;
    const auditId = await waitFor('offers to be stored', async () => {
      const audit = await database.db.selectFrom('audits').select('id').executeTakeFirst();
      return audit && (await countOffers(database.db, audit.id)) > 0 ? audit.id : undefined;
    });
    victim.child.kill('SIGKILL');
    await victim.exited;
    const stored = await countOffers(database.db, auditId);
    expect(stored).toBeLessThan(replica.total);

    const codes = await Promise.all(processes.slice(0, 2).map((process) => process.exited));
    expect(codes, processes.map((process) => process.output()).join('\n---\n')).toEqual([0, 0]);
    const ids = await listOfferIds(database.db, auditId);
    expect(ids).toHaveLength(replica.total);
    expect(new Set(ids)).toEqual(new Set(replica.ids()));
    const audits = await database.db.selectFrom('audits').select(['id', 'status']).execute();
    expect(audits).toEqual([{ id: auditId, status: 'crawled' }]);
    // Requests are spaced at issue (3 % under the rate); arrivals carry the machine's scheduling jitter. A limiter
    // exactly at the rate puts rate × 5 + 1 arrivals in a sliding five seconds (one at each end), and the gateway
    // grants more still (its burst capacity is a second's worth, francetravail.md): so at most 31 here. The margin
    // keeps that bound on a loaded machine (one CI run counted 31, its arrivals bunched by a starved replica); a
    // limiter 4 % over the rate, or workers not sharing it, goes above. The API's own calls are counted, as its
    // gateway counts them: token requests (another host in production, and one more for the worker started again)
    // are not limited.
    const windowSeconds = 5;
    const mostInWindow = replica.stats().maxLimitedPerSecond(windowSeconds * 1000) * windowSeconds;
    expect(Math.round(mostInWindow)).toBeLessThanOrEqual(rate * windowSeconds + 1);
  }, 240_000);
});
