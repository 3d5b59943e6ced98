import type { Command } from 'commander';
import { databaseOptionsFromEnvironment, openDatabase, type VigieDatabase } from '../db/connect.js';
import { databaseDiskFull } from '../lib/errors.js';
import { getLogger } from '../lib/logger.js';
import { globalOptions } from './global-options.js';

/** Opens the database the user chose (DATABASE_URL, --db, VIGIE_DB or the default), runs `work`, and closes it. */
export async function withDatabase<T>(
  command: Command,
  work: (database: VigieDatabase) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(databaseOptionsFromEnvironment(globalOptions(command))).catch(
    (error: unknown) => {
      throw databaseDiskFull(error) ?? error;
    },
  );
  getLogger('db').debug({ engine: database.engine, location: database.location }, 'database open');
  try {
    return await work(database);
  } catch (error) {
    throw databaseDiskFull(error) ?? error;
  } finally {
    await database.close();
  }
}
