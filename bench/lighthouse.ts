/**
 * Lighthouse in the local Chromium on the home, product and article pages:
 * the default config (mobile form factor, simulated throttling), three runs
 * per page after a warm-up request, one page after another, after the HTTP
 * load tests. Each score and metric is the median of the runs (one noisy run
 * on a shared machine does not decide a budget). A category under budget
 * lists the failing audits of its median run as the reason. Every full report
 * is kept in .data/bench-lighthouse/<page>-<run>.json for a closer look.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, erroredAudits, failingAudits, type Failing, type Lhr } from './lighthouse-audits';
import { audit, settle, SETTLE_MS } from './lighthouse-chrome';
import { log, median, ms, type Comparison, type Report } from './report';

const REPORT_DIR = path.resolve('.data/bench-lighthouse');
export const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const TBT_BUDGET_MS = 200;

const PAGES = [
  { key: 'home', path: '/' },
  { key: 'product', path: '/products/ql-claw' },
  { key: 'article', path: '/blog/lower-back-muscle-spasms' },
] as const;

const BUDGETS: { id: string; op: Comparison; limit: number }[] = [
  { id: 'performance', op: '>=', limit: 95 },
  { id: 'accessibility', op: '==', limit: 100 },
  { id: 'best-practices', op: '>=', limit: 95 },
  { id: 'seo', op: '==', limit: 100 },
];

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;

interface Run {
  lhr: Lhr;
  seconds: number;
  idle: number;
}

const score = (lhr: Lhr, id: string) => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
};

/** The run whose value is the median (the first such run): its failing audits explain the median score. */
function medianRun(runs: Run[], value: (run: Run) => number): Run {
  const middle = median(runs.map(value));
  return runs.find((run) => value(run) === middle) ?? runs[0]!;
}

async function runPage(url: string, key: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const idle = await settle();
    log(`Lighthouse (mobile, simulated throttling) on ${url}, run ${i} of ${RUNS} (CPU ${Math.round(idle * 100)}% idle just before) …`);
    const started = performance.now();
    const { lhr, json } = await audit(
      url,
      BUDGETS.map((b) => b.id),
    );
    await writeFile(path.join(REPORT_DIR, `${key}-${i}.json`), json);
    runs.push({ lhr, seconds: (performance.now() - started) / 1000, idle });
  }
  return runs;
}

export async function measureLighthouse(base: string, report: Report): Promise<void> {
  const section = 'Lighthouse mobile';
  await mkdir(REPORT_DIR, { recursive: true });
  const pages: Record<string, unknown> = {};
  let about = '';
  const crashed = new Set<string>();
  for (const page of PAGES) {
    const url = new URL(page.path, base).toString();
    const warm = await fetch(url);
    await warm.arrayBuffer();
    if (!warm.ok) throw new Error(`warm-up GET ${url} answered ${warm.status}`);

    const all = await runPage(url, page.key);
    const broken = all.filter((run) => run.lhr.runtimeError);
    for (const run of broken)
      report.error(`${section} ${page.path}`, new Error(`${run.lhr.runtimeError!.code}: ${run.lhr.runtimeError!.message}`));
    const runs = all.filter((run) => !run.lhr.runtimeError);
    if (runs.length === 0) {
      pages[page.key] = { url, runtimeErrors: broken.map((run) => run.lhr.runtimeError) };
      continue;
    }
    const lhr0 = runs[0]!.lhr;
    about ||= `Lighthouse ${lhr0.lighthouseVersion} on Node ${process.version}, ${/Chrome\/[\d.]+/.exec(lhr0.environment.hostUserAgent)?.[0] ?? 'Chromium'}, ${lhr0.configSettings.formFactor} ${lhr0.configSettings.throttlingMethod}`;

    const scores: Record<string, number | null> = {};
    const failing: Record<string, Failing[]> = {};
    const auditErrors: Record<string, string[]> = {};
    for (const budget of BUDGETS) {
      const values = runs.map((run) => score(run.lhr, budget.id));
      if (values.some((v) => v === null)) {
        scores[budget.id] = null;
        const message = `${budget.id}: no score in some run (an audit it needs errored; see ${REPORT_DIR}/${page.key}-*.json)`;
        report.error(`${section} ${page.path}`, new Error(message));
        continue;
      }
      const value = median(values as number[]);
      scores[budget.id] = value;
      const ok = budget.op === '==' ? value === budget.limit : value >= budget.limit;
      const middle = medianRun(runs, (run) => score(run.lhr, budget.id)!);
      const reasons = ok ? [] : failingAudits(middle.lhr, budget.id);
      const errored = erroredAudits(middle.lhr, budget.id);
      if (!ok) failing[budget.id] = reasons;
      if (errored.length) auditErrors[budget.id] = errored;
      for (const e of errored) crashed.add(e);
      const title = lhr0.categories[budget.id]!.title.toLowerCase();
      const note = `median of ${values.join(', ')}${ok ? '' : `; ${describe(reasons)}`}`;
      report.check(section, `${page.path} ${title}`, value, budget.op, budget.limit, String, note);
    }
    const numeric = (run: Run, id: string) => run.lhr.audits[id]?.numericValue ?? Number.NaN;
    const metrics = Object.fromEntries(METRICS.map(([name, id]) => [name, median(runs.map((run) => numeric(run, id)))]));
    const shown = METRICS.map(([name]) => `${name} ${name === 'CLS' ? metrics[name]!.toFixed(3) : ms(metrics[name]!)}`).join(', ');
    const tbts = runs.map((run) => ms(numeric(run, 'total-blocking-time'))).join(', ');
    const warnings = [...new Set(runs.flatMap((run) => run.lhr.runWarnings))];
    const conditions = runs
      .map((run) => `${run.seconds.toFixed(0)} s at ${Math.round(run.idle * 100)}% idle, index ${run.lhr.environment.benchmarkIndex}`)
      .join('; ');
    report.info(
      section,
      `${page.path} metrics (median)`,
      shown,
      `runs: ${conditions} (waited up to ${SETTLE_MS / 1000} s for ≥ 70% idle)${warnings.length ? `; warnings: ${warnings.join(' | ').slice(0, 300)}` : ''}`,
    );
    report.check(section, `${page.path} total blocking time`, metrics.TBT!, '<', TBT_BUDGET_MS, ms, `median of ${tbts}`);
    pages[page.key] = {
      url,
      scores,
      metrics,
      failing,
      auditErrors,
      runs: runs.map((run) => ({
        scores: Object.fromEntries(BUDGETS.map((b) => [b.id, score(run.lhr, b.id)])),
        tbt: numeric(run, 'total-blocking-time'),
        idleBefore: run.idle,
        benchmarkIndex: run.lhr.environment.benchmarkIndex,
        runWarnings: run.lhr.runWarnings,
      })),
    };
  }
  const notRun = crashed.size ? `\naudits that crashed instead of scoring: ${[...crashed].join('; ')}` : '';
  const where = `full reports in ${path.relative(process.cwd(), REPORT_DIR)}/`;
  report.info(section, 'setup', `${RUNS} runs per page, median reported`, `${about}; ${where}${notRun}`);
  report.set('lighthouse', { about, runs: RUNS, budgets: BUDGETS, pages });
}
