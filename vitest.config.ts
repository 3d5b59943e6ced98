import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    // Tests assert on results, not logs; a failing test can be rerun with VIGIE_LOG_LEVEL=debug.
    env: { VIGIE_LOG_LEVEL: process.env.VIGIE_LOG_LEVEL ?? 'error' },
  },
});
