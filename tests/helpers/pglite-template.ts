import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { ROOT } from './built-cli.js';

/**
 * A new PGlite runs Postgres's initdb before it answers: about 3.5 CPU-seconds in a new process, against 0.8 for
 * one started from the data folder initdb leaves (a tar, as PGlite's own dumpDataDir writes it), and 2 for a `vigie`
 * process opening an existing folder. The suite starts one per test file that uses PGlite, and many `vigie`
 * processes on a database folder of their own, so the global setup makes initdb's folder once (as a tar for
 * in-memory instances, as a folder to copy for `--db`) and the tests start from it.
 *
 * The folder is initdb's alone: no Vigie table, every test and every `vigie` still runs the migrations. It is kept in
 * the temporary folder, one per PGlite version (another version's would not start), made aside then renamed so that
 * two runs making it at once never leave half of one. A first run on an empty folder stays tested where it is the
 * subject (tests/db/migrations.test.ts, `vigie demo`).
 */
function pgliteVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  );
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  if (typeof version !== 'string') throw new Error('node_modules/@electric-sql/pglite has no version');
  return version;
}

/** The path of the initdb'd data folder's tar for this PGlite version, made if it is not there yet. */
export async function pgliteTemplate(): Promise<string> {
  const path = join(tmpdir(), `vigie-test-pglite-${pgliteVersion()}.tar`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const pglite = new PGlite();
  try {
    await pglite.waitReady;
    const dump = await pglite.dumpDataDir('none');
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    renameSync(temporary, path);
  } finally {
    await pglite.close();
  }
  return path;
}

/** The path of an initdb'd, cleanly closed database folder for this PGlite version, made if it is not there yet. */
export async function pgliteTemplateFolder(): Promise<string> {
  const path = join(tmpdir(), `vigie-test-pglite-${pgliteVersion()}.d`);
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  const pglite = new PGlite(temporary);
  try {
    await pglite.waitReady;
  } finally {
    await pglite.close();
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    // Another run renamed its own first: it is as good as this one.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(join(path, 'PG_VERSION'))) throw error;
  }
  return path;
}

/**
 * `path` (absent, or an empty folder) made a copy of the initdb'd folder, for a `vigie --db path` or an
 * openDatabase({ path }) that then only starts and migrates it. Outside the suite's setup, `path` is left as it is
 * and the first open runs initdb itself.
 */
export function seedDatabaseFolder(path: string): string {
  const template = inject('pgliteTemplateFolder');
  if (template && existsSync(join(template, 'PG_VERSION'))) cpSync(template, path, { recursive: true });
  return path;
}

/** Starts a PGlite from the template (or from scratch without one: a file run outside the suite's setup). */
export function pgliteFromTemplate(template: string | undefined): PGlite {
  return template && existsSync(template)
    ? new PGlite({ loadDataDir: new Blob([readFileSync(template)]) })
    : new PGlite();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tar pgliteTemplate() wrote, given to every test file by the global setup. */
    pgliteTemplate: string;
    /** The folder pgliteTemplateFolder() made, copied by seedDatabaseFolder(). */
    pgliteTemplateFolder: string;
  }
}
