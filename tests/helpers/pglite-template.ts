import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ROOT } from './built-cli.js';

/**
 * A new PGlite runs Postgres's initdb before it answers: about 3.5 CPU-seconds in a new process, against 0.8 for
 * one started from the data folder initdb leaves (a tar, as PGlite's own dumpDataDir writes it). The suite starts
 * one per test file that uses PGlite, so the global setup makes that folder once and the files start from it.
 *
 * The folder is initdb's alone: no Vigie table, every test still runs the migrations into its own schema. It is
 * kept in the temporary folder, one per PGlite version (a tar from another version would not start), written
 * aside then renamed so that two runs making it at once never leave half a file.
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
  }
}
