import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Generates samples/<case>/records and documents once per run (skipped when up to date).
    globalSetup: ['test/global-setup.ts'],
  },
});
