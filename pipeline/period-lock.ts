import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { VigieDatabase } from '../db/connect.js';

/**
 * Runs `work` only if no other process is auditing this period. On PostgreSQL the lock is a session advisory
 * lock held on its own connection: it is released when the work ends, and also when the process dies (the server
 * closes the session), so a killed scheduler never blocks the next one. The embedded database is already limited
 * to one process by its folder lock, so there the work always runs.
 *
 * @returns the work's result, or `undefined` when another process holds the period.
 */
export async function withPeriodLock<T>(
  database: VigieDatabase,
  period: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (database.engine !== 'postgres') return work();
  return withAdvisoryLock(database.db, `vigie:audit-period:${period}`, work);
}
