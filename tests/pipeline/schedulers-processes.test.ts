import { randomBytes } from 'node:crypto';
import { mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, openDatabase, type VigieDatabase } from '../../db/connect.js';
import { countOffers } from '../../db/offers.js';
import { periodOf } from '../../pipeline/period.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { postgresUrl } from '../helpers/databases.js';
import { startVigie, type VigieProcess, waitFor } from '../helpers/vigie-process.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe.runIf(postgresUrl)('schedulers as processes on one PostgreSQL', () => {
  it('run one audit per period, resumed by another scheduler after a kill -9', async () => {
    const replica: Replica = await startReplica({ offers: 900, seed: 5, rateLimit: false });
    cleanups.push(() => replica.close());
    const schema = `s_${randomBytes(5).toString('hex')}`;
    const database: VigieDatabase = await openDatabase({ url: postgresUrl!, schema });
    cleanups.push(async () => {
      await dropSchema(database.db, schema);
      await database.close();
    });
    const url = new URL(postgresUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const out = mkdtempSync(join(tmpdir(), 'vigie-schedule-'));
    const env = {
      DATABASE_URL: url.href,
      FT_CLIENT_ID: replica.credentials.clientId,
      FT_CLIENT_SECRET: replica.credentials.clientSecret,
    };
    // A yearly tick in the past: each scheduler catches up its period on start, which is what a restart does.
    const args = [
      'schedule',
      '--cron',
      '0 6 1 1 *',
      '--period',
      'month',
      '--census',
      '--source',
      'api',
      '--api-url',
      replica.apiUrl,
      '--token-url',
      replica.tokenUrl,
      '--rate',
      '100',
      '--partner-rate',
      '60',
      '--no-browser',
      '--format',
      'json,md',
      '--out',
      out,
    ];
    const schedulers: VigieProcess[] = [];
    cleanups.push(async () => {
      for (const scheduler of schedulers) scheduler.child.kill('SIGKILL');
    });

    const first = startVigie(args, env);
    schedulers.push(first);
    const audit = await waitFor('the first scheduler to store offers', async () => {
      const row = await database.db.selectFrom('audits').select(['id', 'period']).executeTakeFirst();
      return row && (await countOffers(database.db, row.id)) > 0 ? row : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}\n--- scheduler 1:\n${first.output()}`);
    });
    first.child.kill('SIGKILL');
    await first.exited;
    const killed = await database.db
      .selectFrom('audits')
      .select('status')
      .where('id', '=', audit.id)
      .executeTakeFirst();
    expect(killed?.status).toBe('running');

    const second = startVigie(args, env);
    const third = startVigie(args, env);
    schedulers.push(second, third);
    const finished = await waitFor(
      'the period to be audited',
      async () =>
        (await database.db
          .selectFrom('audits')
          .select(['id', 'status', 'period'])
          .where('status', '=', 'complete')
          .executeTakeFirst()) ?? undefined,
      150_000,
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}\n--- scheduler 2:\n${second.output()}\n--- scheduler 3:\n${third.output()}`,
      );
    });
    for (const scheduler of [second, third]) scheduler.child.kill('SIGTERM');
    await Promise.all([second.exited, third.exited]);

    const expectedPeriod = periodOf(
      new Date(`${new Date().getUTCFullYear()}-01-01T05:00:00Z`),
      'month',
      'Europe/Paris',
    );
    const audits = await database.db.selectFrom('audits').select(['id', 'status', 'period']).execute();
    expect(audits).toEqual([{ id: audit.id, status: 'complete', period: expectedPeriod }]);
    expect(finished.id).toBe(audit.id);
    expect(await countOffers(database.db, audit.id)).toBe(replica.total);
    expect(readlinkSync(join(out, 'latest'))).toBe(join(out, expectedPeriod));
  }, 240_000);
});
