import { sql } from 'kysely';
import { getLogger } from '../lib/logger.js';
import type { VigieDatabase } from './connect.js';

/**
 * Deletes an audit with everything observed in it (the foreign keys cascade), then removes the bytes too: a
 * deleted row stays in its table's files and in the write-ahead log until they are rewritten, so the purged
 * phone numbers and e-mail addresses could still be read off the disk. VACUUM FULL rewrites every table of the
 * schema into new files (the old ones are unlinked); then the log is switched and checkpointed twice with
 * recycling off (PGlite), so the segments that held the deleted rows are removed rather than kept for reuse.
 *
 * On PostgreSQL the role may lack the right to checkpoint (superuser or pg_checkpoint): the rows and the table
 * files are gone anyway, and the old log segments go at the server's next checkpoints (or its archive keeps them,
 * which is the server's administrator's business).
 */
export async function purgeAudit(database: VigieDatabase, auditId: number): Promise<void> {
  const { db } = database;
  await db.deleteFrom('audits').where('id', '=', auditId).execute();
  await scrubDisk(database);
}

/**
 * Removes the bytes of deleted or rewritten rows from the disk: every table of the schema rewritten (VACUUM
 * FULL), then the write-ahead log switched and checkpointed (see purgeAudit). Also run after an anonymisation.
 */
export async function scrubDisk(database: VigieDatabase): Promise<void> {
  const { db } = database;
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  for (const { name } of rows) await sql`vacuum full ${sql.table(name)}`.execute(db);
  try {
    // PGlite checkpoints in its one backend, so the session's setting is the checkpoint's: old segments are
    // unlinked instead of renamed for reuse with their bytes still in them.
    if (database.engine === 'pglite') await sql`set wal_recycle = off`.execute(db);
    for (let round = 0; round < 2; round++) {
      await sql`select pg_switch_wal()`.execute(db);
      await sql`checkpoint`.execute(db);
    }
    if (database.engine === 'pglite') await sql`reset wal_recycle`.execute(db);
  } catch (error) {
    getLogger('db').warn(
      { err: error instanceof Error ? error.message : String(error) },
      'purge: the write-ahead log could not be checkpointed; its old segments go at the next checkpoints',
    );
  }
}
