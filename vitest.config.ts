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
    // Test files share their worker's module cache instead of importing src/ (react-pdf, pdf-lib,
    // exceljs …) again for each of the 136 files: imports 101 s → 27 s of worker time, the
    // vitest process tree's CPU 676 s → 508 s (2026-12-03). Tests must therefore leave globals as
    // they found them (the PATH changes of the missing-tool tests are restored in `finally`).
    isolate: false,
    // Generates samples/<case>/records and documents once per run (skipped when up to date).
    globalSetup: ['test/global-setup.ts'],
  },
});
