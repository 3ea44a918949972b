import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Two cores: each worker holds its own database (PGlite in memory or a cloned PostgreSQL database).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
