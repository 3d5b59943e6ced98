import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { VigieDatabase } from '../../../db/connect.js';

/**
 * What the personal-data tests search for what should be gone: every file of a database folder (heap files and
 * WAL included, where deleted rows linger until a VACUUM and a checkpoint), and every text and JSON value of every
 * table.
 */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

/** The files of a database folder whose bytes hold this text, as paths inside the folder: what a purge left. */
export function filesHolding(folder: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  return filesUnder(folder)
    .filter((path) => readFileSync(path).includes(bytes))
    .map((path) => path.slice(folder.length));
}

/** Every text and JSON value of every table, as text. */
export async function dumpText(database: VigieDatabase): Promise<string> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type in ('text', 'character varying', 'json', 'jsonb')`.execute(
    database.db,
  );
  let text = '';
  for (const { table_name, column_name } of columns.rows) {
    const rows = await sql<{
      value: string | null;
    }>`select ${sql.ref(column_name)}::text as value from ${sql.table(table_name)}`.execute(database.db);
    for (const row of rows.rows) text += `${row.value ?? ''}\n`;
  }
  return text;
}
