import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time: vitest's default on 2 cores is one (cores - 1), which left the
    // second core to the child processes alone (npm test 359 s -> see the commit).
    maxWorkers: 2,
    // Generates samples/<case>/records and documents once per run (skipped when up to date).
    globalSetup: ['test/global-setup.ts'],
  },
});
