import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Same as the root config but with an unseeded template (see migrate-only-setup.ts). */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../../..'),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/web/artifacts-golden.test.ts'],
    globalSetup: ['test/web/support/migrate-only-setup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
