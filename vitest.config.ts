import { defineConfig } from 'vitest/config';
import { TEST_NODE_FLAGS } from './tests/helpers/built-cli.js';
import { machineSlowness } from './tests/helpers/machine-speed.js';
import SlowFirstSequencer from './tests/helpers/slow-first-sequencer.js';

// The default time a test (or hook) may take before it counts as hung: two minutes on an idle machine, more on a
// loaded one (the machine's measured slowness, as the tests' own hang guards scale theirs).
const hangMs = Math.round(120_000 * machineSlowness());

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: hangMs,
    hookTimeout: hangMs,
    pool: 'forks',
    // The test files' own PGlite is compiled as the spawned vigie's is (tests/helpers/built-cli.ts): once, by V8's
    // baseline compiler; a file lives seconds and its optimised code rarely pays for its compilation.
    execArgv: [...TEST_NODE_FLAGS],
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine. Most test files
    // wait on servers, child processes and Chromium rather than compute, so three keep both cores busy.
    maxWorkers: Number(process.env.VIGIE_TEST_WORKERS ?? 3),
    // The long files start first, from committed durations, so that no long file runs alone at the end.
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default'],
    setupFiles: ['tests/helpers/property-seed.ts', 'tests/helpers/no-system-dns.ts'],
    // Says once, for the whole run, what this machine skips (PostgreSQL without TEST_DATABASE_URL).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Tests assert on results, not logs; a failing test can be rerun with VIGIE_LOG_LEVEL=debug.
    env: { VIGIE_LOG_LEVEL: process.env.VIGIE_LOG_LEVEL ?? 'error' },
  },
});
