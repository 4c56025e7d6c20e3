import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { integrationProject } from '../../vitest.config.ts';

/**
 * Runs the canary alone, outside the normal suite, with everything an
 * integration test has (the embedded PostgreSQL above all, whose exit hook
 * once turned every failing run into exit 0). scripts/check-failing-tests-fail.ts
 * uses it on every CI run.
 */
export const CANARY_JSON_REPORT = '.data/test-results/canary.json';

export default defineConfig({
  ...integrationProject,
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    ...integrationProject.test,
    name: 'canary',
    include: ['tests/canary/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: CANARY_JSON_REPORT },
  },
});
