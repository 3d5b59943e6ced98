import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, inject } from 'vitest';
import { dropSchema, type Engine, openDatabase, type VigieDatabase } from '../../db/connect.js';
import { pgliteFromTemplate } from './pglite-template.js';

/**
 * Runs the same database tests on every engine Vigie supports: the embedded PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set. CI sets VIGIE_REQUIRE_POSTGRES=1, which turns a missing PostgreSQL into a failure
 * instead of a visible skip.
 *
 * A new PGlite takes seconds to start, so one instance serves a whole test file, started from the data folder the
 * global setup made (tests/helpers/pglite-template.ts); each test gets its own schema, which isolates it as well as
 * a new database would.
 */
export const postgresUrl = process.env.TEST_DATABASE_URL;
const requirePostgres = process.env.VIGIE_REQUIRE_POSTGRES === '1';

// The skip itself is said once for the suite, by tests/helpers/global-setup.ts.
if (!postgresUrl && requirePostgres) {
  throw new Error('VIGIE_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
}

let sharedPGlite: Promise<PGlite> | undefined;
const opened: VigieDatabase[] = [];

afterAll(async () => {
  for (const database of opened.splice(0)) await database.close().catch(() => {});
  const pglite = await sharedPGlite;
  sharedPGlite = undefined;
  await pglite?.close();
});

export const engines: Engine[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated, isolated database on the given engine. Closed (and its schema dropped) after the file. */
export async function openTestDatabase(engine: Engine): Promise<VigieDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let database: VigieDatabase;
  if (engine === 'pglite') {
    sharedPGlite ??= (async () => {
      const pglite = pgliteFromTemplate(inject('pgliteTemplate'));
      await pglite.waitReady;
      return pglite;
    })();
    database = await openDatabase({ pglite: await sharedPGlite, schema });
  } else {
    if (!postgresUrl) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
    const inner = await openDatabase({ url: postgresUrl, schema, poolSize: 4 });
    database = {
      ...inner,
      async close() {
        await dropSchema(inner.db, schema).catch(() => {});
        await inner.close();
      },
    };
  }
  opened.push(database);
  return database;
}

/** `describe` once per engine, with the engine's name in the title: "offers store [pglite]". */
export function describeEachEngine(title: string, body: (engine: Engine) => void): void {
  for (const engine of engines) describe(`${title} [${engine}]`, () => body(engine));
}
