/**
 * `/audits/latest` under load: a report is rendered once per audit, classification version and status, concurrent
 * requests share that render, at most `maxConcurrentRenders` run at once (beyond the queue, 503 at once), and
 * `/healthz` answers while renders run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { setAuditStatus } from '../../db/audits.js';
import type { Schema } from '../../db/schema.js';
import { auditPages, renderReport } from '../../web/audit-pages.js';
import { type RunningServer, startServer } from '../../web/server.js';
import { openTestDatabase } from '../helpers/databases.js';
import { hangLimitMs } from '../helpers/machine-speed.js';
import { seedAudit, simulatedOffers, TEN_OFFERS } from '../reports/fixtures.js';
import { seededRandom } from './helpers/cli-storage.js';

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(audits: ReturnType<typeof auditPages>): Promise<RunningServer> {
  const server = await startServer({
    port: 0,
    check: async () => {
      throw new Error('not used');
    },
    audits,
  });
  servers.push(server);
  return server;
}

describe('/audits/latest cached and bounded', () => {
  it(
    'renders once for many concurrent requests, again only for a new classification; /healthz answers meanwhile',
    async () => {
      const database = await openTestDatabase('pglite');
      const audit = await seedAudit(
        database.db,
        { kind: 'census' },
        simulatedOffers(seededRandom(10), 3_000),
      );
      let renders = 0;
      const server = await serve(
        auditPages(database.db, {
          render: (db: Kysely<Schema>, id: number) => {
            renders++;
            return renderReport(db, id);
          },
        }),
      );
      const pages = Array.from({ length: 8 }, () => fetch(`${server.url}/audits/latest`));
      await sleep(20);
      const started = Date.now();
      const health = await fetch(`${server.url}/healthz`, {
        signal: AbortSignal.timeout(hangLimitMs(10_000)),
      });
      const healthMs = Date.now() - started;
      expect(health.status).toBe(200);
      const answers = await Promise.all(pages);
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
      const bodies = new Set(await Promise.all(answers.map((answer) => answer.text())));
      expect(bodies.size).toBe(1);
      expect(renders).toBe(1);
      const renderStart = Date.now();
      const again = await fetch(`${server.url}/audits/${audit.id}`);
      expect(again.status).toBe(200);
      expect(await again.text()).toBe([...bodies][0]);
      expect(renders).toBe(1);
      // A cached answer takes no time at all; /healthz never waited for more than the one shared render. Both are
      // hang guards, scaled by the machine's measured slowness.
      expect(Date.now() - renderStart).toBeLessThan(hangLimitMs(1_000));
      expect(healthMs).toBeLessThan(hangLimitMs(5_000));

      await setAuditStatus(database.db, audit.id, 'complete', { classifierVersion: 'test-2' });
      expect((await fetch(`${server.url}/audits/latest`)).status).toBe(200);
      expect(renders).toBe(2);
    },
    hangLimitMs(120_000),
  );

  it(
    'runs at most maxConcurrentRenders at once, answers 503 beyond the queue, and /healthz at once',
    async () => {
      const database = await openTestDatabase('pglite');
      const ids: number[] = [];
      for (let index = 0; index < 4; index++) {
        ids.push(
          (await seedAudit(database.db, { kind: 'census' }, TEN_OFFERS, { label: `Audit ${index}` })).id,
        );
      }
      let running = 0;
      let most = 0;
      const server = await serve(
        auditPages(database.db, {
          maxConcurrentRenders: 1,
          maxWaitingRenders: 2,
          render: async (_db, id) => {
            running++;
            most = Math.max(most, running);
            // Renders and the limit on /healthz scale together: "at once" stays shorter than one render.
            await sleep(hangLimitMs(400));
            running--;
            return `<!doctype html><title>${id}</title>`;
          },
        }),
      );
      const pages = ids.map((id) => fetch(`${server.url}/audits/${id}`));
      await sleep(50);
      const started = Date.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(hangLimitMs(300));
      const statuses = (await Promise.all(pages)).map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 200, 200, 503]);
      expect(most).toBe(1);
    },
    hangLimitMs(60_000),
  );
});
