import { randomBytes } from 'node:crypto';
import { dropSchema, openDatabase, type VigieDatabase } from '../../db/connect.js';

/**
 * A fresh database for one measurement: in-memory PGlite, or a new schema of PostgreSQL, dropped on close, so a
 * benchmark never touches anyone's data and leaves nothing behind.
 */
export async function benchDatabase(
  engine: 'pglite' | 'postgres',
  postgresUrl?: string,
): Promise<VigieDatabase> {
  if (engine === 'pglite') return openDatabase({ inMemory: true });
  if (!postgresUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const inner = await openDatabase({ url: postgresUrl, schema });
  return {
    ...inner,
    async close() {
      await dropSchema(inner.db, schema).catch(() => {});
      await inner.close();
    },
  };
}
