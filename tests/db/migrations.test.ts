import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dropSchema, openDatabase } from '../../db/connect.js';
import { migrations } from '../../db/migrations/index.js';
import { lockDataDir } from '../../db/pglite-lock.js';
import { DatabaseError } from '../../lib/errors.js';
import { postgresUrl } from '../helpers/databases.js';

describe.runIf(postgresUrl)('migrations on PostgreSQL', () => {
  it('lets several processes start at once: one migrates, the others find nothing to do', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const openers = Array.from({ length: 4 }, () => openDatabase({ url: postgresUrl!, schema, poolSize: 2 }));
    const databases = await Promise.all(openers);
    try {
      const applied = await sql<{
        name: string;
      }>`select name from ${sql.id(schema, 'kysely_migration')}`.execute(databases[0]!.db);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
      await databases[1]!.db
        .insertInto('audits')
        .values({
          label: 'x',
          source: 'api',
          status: 'running',
          design: JSON.stringify({ kind: 'census' }),
          population: null,
          details: '{}',
          period: null,
          classifier_version: null,
        })
        .execute();
    } finally {
      await dropSchema(databases[0]!.db, schema);
      await Promise.all(databases.map((database) => database.close()));
    }
  });

  it('drops a schema only between migrations, never while one lists the tables', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // One connection holds the lock, one waits to drop, one looks.
    const database = await openDatabase({ url: postgresUrl!, schema, poolSize: 3 });
    const migrationLockId = 727_071_001;
    const schemaExists = async () =>
      (
        await sql<{
          found: boolean;
        }>`select exists (select 1 from pg_namespace where nspname = ${schema}) as found`.execute(database.db)
      ).rows[0]?.found;
    try {
      let dropped = false;
      const drop = await database.db.connection().execute(async (connection) => {
        // Stands for a migration under way elsewhere: it holds the lock the migrator takes.
        await sql`select pg_advisory_lock(${migrationLockId})`.execute(connection);
        const pending = dropSchema(database.db, schema).then(() => {
          dropped = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(dropped).toBe(false);
        expect(await schemaExists()).toBe(true);
        await sql`select pg_advisory_unlock(${migrationLockId})`.execute(connection);
        return pending;
      });
      await drop;
      expect(await schemaExists()).toBe(false);
    } finally {
      await database.close();
    }
  });

  it('fails fast with a clear message when the server cannot be reached', async () => {
    await expect(openDatabase({ url: 'postgres://vigie:hunter2@127.0.0.1:1/none' })).rejects.toThrow(
      /impossible de joindre PostgreSQL à postgres:\/\/vigie:\*\*\*@127\.0\.0\.1:1\/none/,
    );
  });
});

describe('the embedded database lock', () => {
  it('keeps a second opener out while the first holds the folder, then lets it in', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'vigie-lock-')), 'db');
    const release = await lockDataDir(dataDir);
    const held = await lockDataDir(dataDir, 300).then(
      () => null,
      (error: unknown) => error,
    );
    expect(held).toBeInstanceOf(DatabaseError);
    expect(held instanceof DatabaseError && held.message).toMatch(
      /est utilisée par un autre processus Vigie/,
    );
    expect(held instanceof DatabaseError && held.saidIn('en').message).toMatch(
      new RegExp(
        `^the embedded database .* is used by another Vigie process: ".*" \\(pid ${process.pid}\\), since `,
      ),
    );
    expect(held instanceof DatabaseError && held.saidIn('en').hint).toContain(`kill ${process.pid}`);
    release();
    const again = await lockDataDir(dataDir, 300);
    again();
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'vigie-lock-')), 'db');
    writeFileSync(`${dataDir}.lock`, '999999999');
    const release = await lockDataDir(dataDir, 300);
    release();
  });

  it('opens an embedded database in a folder and finds its data again', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigie-pglite-')), 'db');
    const first = await openDatabase({ path });
    await first.db
      .insertInto('audits')
      .values({
        label: 'persisted',
        source: 'file',
        status: 'running',
        design: JSON.stringify({ kind: 'import' }),
        population: null,
        details: '{}',
        period: null,
        classifier_version: null,
      })
      .execute();
    await first.close();
    const second = await openDatabase({ path });
    const rows = await second.db.selectFrom('audits').select('label').execute();
    await second.close();
    expect(rows).toEqual([{ label: 'persisted' }]);
  });

  it('opens the folder a symbolic link points to, under the one lock of that folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vigie-pglite-'));
    const real = join(root, 'real');
    mkdirSync(real);
    symlinkSync(real, join(root, 'link'));
    const throughLink = await openDatabase({ path: join(root, 'link') });
    expect(throughLink.location).toBe(real);
    // The real path is held: opening it directly is told who holds it, not a second database on the same files.
    await expect(lockDataDir(real, 300)).rejects.toThrow(/est utilisée par un autre processus Vigie/);
    await throughLink.close();
    expect(readdirSync(real)).toContain('PG_VERSION');
  });

  it('refuses a folder that already holds other files, in French, and writes nothing in it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vigie-other-'));
    writeFileSync(join(folder, 'notes.txt'), 'mes notes');
    await expect(openDatabase({ path: folder })).rejects.toThrow(
      /n’est pas un dossier de base Vigie : il contient déjà d’autres fichiers \(notes\.txt\)/,
    );
    await expect(openDatabase({ path: join(folder, 'notes.txt') })).rejects.toThrow(
      /est un fichier, pas un dossier/,
    );
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
