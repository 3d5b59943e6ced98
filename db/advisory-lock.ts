import { type Kysely, sql } from 'kysely';
import type { Schema } from './schema.js';

/**
 * Runs `work` holding a PostgreSQL session advisory lock on `key`, taken on its own connection: released when the
 * work ends, and also when the process dies (the server closes the session).
 *
 * @returns the work's result, or `undefined` when another session holds the lock.
 */
export async function withAdvisoryLock<T>(
  db: Kysely<Schema>,
  key: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(connection);
    if (!rows[0]?.locked) return undefined;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection).catch(() => {});
    }
  });
}
