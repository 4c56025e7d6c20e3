/**
 * Lighthouse in the local Chromium on the home, product and article pages:
 * the default config (mobile form factor, simulated throttling), one run per
 * page after a warm-up request, one page after another, after the HTTP load
 * tests. A category under budget lists its failing audits (id, title,
 * displayed value, first elements) as the reason. Each full report is kept in
 * .data/bench-lighthouse/<page>.json for a closer look.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { log, type Comparison, type Report } from './report';

const CHROME_PATH = process.env.BENCH_CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const REPORT_DIR = path.resolve('.data/bench-lighthouse');
const SETTLE_MS = 30_000;

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

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Audit = Lhr['audits'][string];

interface Failing {
  id: string;
  title: string;
  displayValue: string;
  score: number | null;
  weight: number;
  items: number;
  nodes: string[];
}

/** Elements an audit points at (its table or list rows that carry a DOM node). */
function nodesOf(audit: Audit): { items: number; nodes: string[] } {
  const details = audit.details as { items?: unknown[] } | undefined;
  const items = Array.isArray(details?.items) ? details.items : [];
  const nodes: string[] = [];
  for (const item of items as { node?: { selector?: string; snippet?: string; nodeLabel?: string } }[]) {
    const node = item?.node;
    if (!node) continue;
    const label = node.nodeLabel ? ` "${node.nodeLabel.replace(/\s+/g, ' ').slice(0, 40)}"` : '';
    nodes.push(`${node.selector ?? node.snippet ?? '?'}${label}`);
  }
  return { items: items.length, nodes };
}

/**
 * What pulls a category under its budget: every scored audit that did not
 * pass (performance: the metrics and insights scoring under 0.9, as
 * Lighthouse's report colours them), heaviest first.
 */
function failingAudits(lhr: Lhr, categoryId: string): Failing[] {
  const threshold = categoryId === 'performance' ? 0.9 : 1;
  const skip = new Set(['notApplicable', 'manual', 'informative']);
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
    .filter(({ audit }) => audit && !skip.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < threshold)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score! - b.audit.score!)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue ?? '',
      score: audit.score,
      weight: ref.weight,
      ...nodesOf(audit),
    }));
}

/** Audits of a category that crashed instead of scoring (they carry no score, so they are not "failing"). */
function erroredAudits(lhr: Lhr, categoryId: string): string[] {
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .filter((ref) => lhr.audits[ref.id]?.scoreDisplayMode === 'error')
    .map((ref) => `${ref.id} (weight ${ref.weight}: ${(lhr.audits[ref.id]!.errorMessage ?? '?').slice(0, 80)})`);
}

function describe(failing: Failing[]): string {
  if (failing.length === 0) return 'no single failing audit (the score sums near-misses)';
  const lines = failing.slice(0, 10).map((f) => {
    const value = f.displayValue || (f.items ? `${f.items} item${f.items === 1 ? '' : 's'}` : '');
    const where = f.nodes.length ? ` at ${f.nodes.slice(0, 2).join(', ')}${f.nodes.length > 2 ? ` (+${f.nodes.length - 2})` : ''}` : '';
    return `${f.id} (weight ${f.weight}, score ${f.score ?? '-'}): ${f.title}${value ? ` — ${value}` : ''}${where}`;
  });
  if (failing.length > 10) lines.push(`… and ${failing.length - 10} more audits`);
  return `failing audits:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
}

/**
 * Waits (at most SETTLE_MS) for a second in which the cores are at least 70%
 * idle, and returns that share: simulated throttling scales the CPU time it
 * observes, so whatever else runs on this machine reads as a slower page.
 */
async function settle(): Promise<number> {
  const times = () =>
    cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), {
      idle: 0,
      all: 0,
    });
  const deadline = Date.now() + SETTLE_MS;
  let idle = 0;
  do {
    const before = times();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = times();
    idle = (after.idle - before.idle) / (after.all - before.all || 1);
  } while (idle < 0.7 && Date.now() < deadline);
  return idle;
}

async function audit(url: string): Promise<{ lhr: Lhr; json: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  // Ctrl-C ends the run through stopAll() and process.exit: take Chromium down with it.
  const killOnExit = () => chrome.kill();
  process.once('exit', killOnExit);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: BUDGETS.map((b) => b.id),
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return { lhr: result.lhr, json: typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr) };
  } finally {
    process.off('exit', killOnExit);
    chrome.kill();
  }
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

    const idle = await settle();
    log(`Lighthouse (mobile, simulated throttling) on ${page.path} (CPU ${Math.round(idle * 100)}% idle just before) …`);
    const started = performance.now();
    const { lhr, json } = await audit(url);
    const seconds = (performance.now() - started) / 1000;
    await writeFile(path.join(REPORT_DIR, `${page.key}.json`), json);
    about ||= `Lighthouse ${lhr.lighthouseVersion} on Node ${process.version}, ${/Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium'}, ${lhr.configSettings.formFactor} ${lhr.configSettings.throttlingMethod}`;

    if (lhr.runtimeError) {
      report.error(`${section} ${page.path}`, new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`));
      pages[page.key] = { url, runtimeError: lhr.runtimeError };
      continue;
    }
    const scores: Record<string, number | null> = {};
    const failing: Record<string, Failing[]> = {};
    const auditErrors: Record<string, string[]> = {};
    for (const budget of BUDGETS) {
      const category = lhr.categories[budget.id];
      const score = category?.score;
      if (score === null || score === undefined) {
        scores[budget.id] = null;
        report.error(
          `${section} ${page.path}`,
          new Error(`${budget.id}: no score (an audit it needs errored; see ${REPORT_DIR}/${page.key}.json)`),
        );
        continue;
      }
      const value = Math.round(score * 100);
      scores[budget.id] = value;
      const ok = budget.op === '==' ? value === budget.limit : value >= budget.limit;
      const reasons = ok ? [] : failingAudits(lhr, budget.id);
      const errored = erroredAudits(lhr, budget.id);
      if (!ok) failing[budget.id] = reasons;
      if (errored.length) auditErrors[budget.id] = errored;
      for (const e of errored) crashed.add(e);
      report.check(
        section,
        `${page.path} ${category!.title.toLowerCase()}`,
        value,
        budget.op,
        budget.limit,
        String,
        ok ? undefined : describe(reasons),
      );
    }
    const metrics = Object.fromEntries(METRICS.map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null]));
    const shown = METRICS.map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '-'}`).join(', ');
    const warnings = lhr.runWarnings.length ? `; warnings: ${lhr.runWarnings.join(' | ').slice(0, 300)}` : '';
    report.info(
      section,
      `${page.path} metrics`,
      shown,
      `run took ${seconds.toFixed(1)} s; CPU ${Math.round(idle * 100)}% idle in the second before (waited up to ${SETTLE_MS / 1000} s for ≥ 70%); CPU benchmark index ${lhr.environment.benchmarkIndex}${warnings}`,
    );
    pages[page.key] = {
      url,
      scores,
      metrics,
      failing,
      auditErrors,
      runWarnings: lhr.runWarnings,
      idleBefore: idle,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  }
  const notRun = crashed.size ? `\naudits that crashed instead of scoring: ${[...crashed].join('; ')}` : '';
  report.info(section, 'setup', 'one run per page', `${about}; full reports in ${path.relative(process.cwd(), REPORT_DIR)}/${notRun}`);
  report.set('lighthouse', { about, budgets: BUDGETS, pages });
}
