import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { VITEST_JSON_REPORT } from './tests/support/reports.ts';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` throws outside Next's server bundles; tests are server code.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

/** Integration tests: one throwaway PostgreSQL per run, one database per file. Also used by tests/canary. */
export const integrationProject = {
  resolve: { alias },
  test: {
    name: 'integration',
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/global-database.ts'],
    setupFiles: ['tests/support/database-per-file.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};

export default defineConfig({
  resolve: { alias },
  test: {
    // The JSON report is what `npm test` counts (scripts/test.ts).
    reporters: ['default', 'json'],
    outputFile: { json: VITEST_JSON_REPORT },
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      integrationProject,
    ],
  },
});
