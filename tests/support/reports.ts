/** Vitest's JSON report, read by scripts/test.ts for the run's summary line. */
export const VITEST_JSON_REPORT = '.data/test-results/vitest.json';
