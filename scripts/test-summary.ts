/**
 * Reads the JSON reports of Vitest and Playwright into one verdict for
 * `npm test` (scripts/test.ts). The counts come from the reports, and an
 * exit code that disagrees with them fails the run too: a green run must
 * mean every test ran and passed.
 */
export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the suite failed beyond its failing tests (a crash, a missing report, …). */
  problems: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  success: boolean;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: { message?: string }[];
}

export function readVitest(report: VitestReport | undefined, exitCode: number): SuiteResult {
  if (!report) return missing('Vitest', exitCode);
  const problems = report.testResults
    .filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'))
    .map((file) => `${file.name}: ${(file.message ?? 'failed to run').split('\n')[0]}`);
  const result = {
    suite: 'Vitest',
    passed: report.numPassedTests,
    failed: report.numFailedTests + problems.length,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    problems,
  };
  return withExitCode(result, exitCode, !report.success);
}

export function readPlaywright(report: PlaywrightReport | undefined, exitCode: number): SuiteResult {
  if (!report) return missing('Playwright', exitCode);
  const problems = report.errors.map((error) => (error.message ?? 'error outside any test').split('\n')[0]!);
  const result = {
    suite: 'Playwright',
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + problems.length,
    skipped: report.stats.skipped,
    problems,
  };
  return withExitCode(result, exitCode, false);
}

function missing(suite: string, exitCode: number): SuiteResult {
  return { suite, passed: 0, failed: 1, skipped: 0, problems: [`no JSON report was written (exit code ${exitCode})`] };
}

function withExitCode(result: SuiteResult, exitCode: number, reportSaysFailed: boolean): SuiteResult {
  if (result.failed > 0) return result;
  if (exitCode !== 0 || reportSaysFailed) {
    return { ...result, failed: 1, problems: [...result.problems, `exited ${exitCode} although no test in its report failed`] };
  }
  if (result.passed === 0) return { ...result, failed: 1, problems: [...result.problems, 'ran no test'] };
  return result;
}

/** The closing line CI reads, alone on its line: `N passed, N failed` (`, N skipped`). */
export function summaryLine(results: SuiteResult[]): string {
  const sum = (key: 'passed' | 'failed' | 'skipped') => results.reduce((total, result) => total + result[key], 0);
  const skipped = sum('skipped');
  return `${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
