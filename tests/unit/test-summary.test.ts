import { describe, expect, it } from 'vitest';
import { readPlaywright, readVitest, summaryLine } from '@/scripts/test-summary';

const vitest = (overrides: Partial<Parameters<typeof readVitest>[0] & object> = {}) => ({
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: 0,
  success: true,
  testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] }],
  ...overrides,
});
const playwright = (
  stats: Partial<{ expected: number; unexpected: number; flaky: number; skipped: number }> = {},
  errors: { message?: string }[] = [],
) => ({
  stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0, ...stats },
  errors,
});

describe('the verdict of npm test', () => {
  it('totals both suites in the closing line CI reads', () => {
    const results = [readVitest(vitest({ numFailedTests: 2, success: false }), 1), readPlaywright(playwright({ skipped: 1 }), 0)];
    expect(summaryLine(results)).toBe('15 passed, 2 failed, 1 skipped');
    expect(summaryLine([readVitest(vitest(), 0)])).toBe('10 passed, 0 failed');
  });

  it('counts a report with failures as failed even when the runner exited 0', () => {
    expect(readVitest(vitest({ numFailedTests: 1, success: false }), 0).failed).toBe(1);
    expect(readPlaywright(playwright({ unexpected: 3 }), 0).failed).toBe(3);
  });

  it('counts a test file that could not run, which has no failing test of its own', () => {
    const broken = { name: 'b.test.ts', status: 'failed', message: 'Cannot find module x\n  at …', assertionResults: [] };
    const result = readVitest(vitest({ success: false, testResults: [broken] }), 1);
    expect(result.failed).toBe(1);
    expect(result.problems).toEqual(['b.test.ts: Cannot find module x']);
  });

  it('fails a suite whose runner failed with nothing failing in its report, or that ran nothing', () => {
    expect(readVitest(vitest(), 1).problems).toEqual(['exited 1 although no test in its report failed']);
    expect(readPlaywright(playwright({ expected: 0 }), 0).problems).toEqual(['ran no test']);
  });

  it('fails a suite that wrote no report, and counts errors outside tests (a web server that did not start)', () => {
    expect(readVitest(undefined, 0)).toMatchObject({ failed: 1, problems: ['no JSON report was written (exit code 0)'] });
    const result = readPlaywright(playwright({ expected: 0 }, [{ message: 'Error: Process from config.webServer exited early.' }]), 1);
    expect(result).toMatchObject({ failed: 1, problems: ['Error: Process from config.webServer exited early.'] });
  });
});
