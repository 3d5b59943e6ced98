import type { TestProject } from 'vitest/node';
import { refreshBuild } from './built-cli.js';
import { pgliteTemplate, pgliteTemplateFolder } from './pglite-template.js';

/**
 * Runs once for the whole suite, in vitest's main process: what the suite skips on this machine is said here,
 * once, rather than by every test file that imports a helper (each file runs in a process of its own); and the
 * compiled CLI the tests spawn is brought up to date with the sources (tests/helpers/built-cli.ts); and the files
 * that use PGlite are given a data folder initdb has already made (tests/helpers/pglite-template.ts).
 */
export default async function setup(project: TestProject): Promise<void> {
  if (!process.env.TEST_DATABASE_URL && process.env.VIGIE_REQUIRE_POSTGRES !== '1') {
    console.warn(
      '[tests] TEST_DATABASE_URL is not set: database tests run on PGlite only (PostgreSQL skipped); set it, e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test, to run them on PostgreSQL too',
    );
  }
  const { compiled, removed } = await refreshBuild();
  if (removed.length > 0) {
    console.info(`[tests] dist/: ${removed.length} compiled file(s) without a source removed`);
  }
  if (compiled.length > 0) {
    console.info(
      `[tests] dist/ compiled again for ${compiled.length} changed source file(s): the spawned vigie runs the code as it is`,
    );
  }
  project.provide('pgliteTemplate', await pgliteTemplate());
  project.provide('pgliteTemplateFolder', await pgliteTemplateFolder());
}
