/**
 * Throughput and latency of the built app under 50 connections, compared with
 * a bare prerendered page of the same build, and the first-load JavaScript of
 * the product page against that bare page.
 */
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { BROWSER_HEADERS, getDocument, measureDocuments } from './documents';
import { count, kB, log, ms, perSecond, ratio, type Report } from './report';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARM_S = 3;

const TARGETS = [
  { key: 'static', label: 'static file', path: '/images/ql-claw.svg' },
  { key: 'bare', label: 'bare page', path: '/bench-baseline' },
  { key: 'product', label: 'product page', path: '/products/ql-claw' },
  { key: 'article', label: 'article page', path: '/blog/lower-back-muscle-spasms' },
  // The bare page again: the budget compares with the mean of both bare runs, and the gap shows drift.
  { key: 'bareAgain', label: 'bare page (repeat)', path: '/bench-baseline' },
] as const;

/** The issue-15 budgets: a page served from the page cache costs about what the bare page costs. */
const THROUGHPUT_BUDGET = { product: 0.9, article: 0.85 } as const;

interface Measured {
  rps: number;
  p97_5: number;
  p50: number;
  total: number;
  bad: number;
  cache: string;
}

type TargetKey = (typeof TARGETS)[number]['key'];

/** Each page with no request headers (as the bench did first), and with the headers a browser sends, compression included. */
const MODES = [
  { key: 'plain', label: 'no browser headers', headers: {} },
  { key: 'browser', label: 'browser headers', headers: BROWSER_HEADERS },
] as const;

/** How Next served the page, from its response headers: the usual reason a page is slow. */
async function probe(url: string, headers: Record<string, string>): Promise<string> {
  const response = await getDocument(url, { ...headers });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  const h = (name: string) => response.headers[name];
  return [
    `${kB(response.wireBytes)} body${response.encoding === 'identity' ? '' : ` (${response.encoding})`}`,
    `cache-control: ${h('cache-control') ?? '-'}`,
    h('x-nextjs-cache') && `x-nextjs-cache: ${h('x-nextjs-cache')}`,
    h('x-nextjs-prerender') && 'prerendered',
  ]
    .filter(Boolean)
    .join('; ');
}

async function loadTest(base: string, headers: Record<string, string>): Promise<Record<TargetKey, Measured>> {
  const results: Partial<Record<TargetKey, Measured>> = {};
  for (const target of TARGETS) {
    const url = new URL(target.path, base).toString();
    const cache = await probe(url, headers);
    log(`warming ${target.path} (${WARM_S} s), then ${DURATION_S} s at ${CONNECTIONS} connections`);
    await autocannon({ url, connections: CONNECTIONS, duration: WARM_S, headers: { ...headers } });
    const run = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { ...headers } });
    const bad = run.non2xx + run.errors + run.timeouts;
    results[target.key] = {
      rps: run.requests.average,
      p97_5: run.latency.p97_5,
      p50: run.latency.p50,
      total: run.requests.total,
      bad,
      cache,
    };
  }
  return results as Record<TargetKey, Measured>;
}

export async function measureThroughput(base: string, report: Report): Promise<void> {
  // Before any load, while the machine is quiet: the documents' bytes do not depend on it, but the run should not wait on them.
  await measureDocuments(base, report).catch((error: unknown) => report.error('Documents (uncompressed)', error));
  const loadBefore = loadavg()[0]!;
  const byMode: Record<string, unknown> = {};
  for (const mode of MODES) {
    const section = `HTTP 50 conn, ${mode.label}`;
    const results = await loadTest(base, mode.headers);
    const bareRps = (results.bare.rps + results.bareAgain.rps) / 2;
    const bareP97_5 = (results.bare.p97_5 + results.bareAgain.p97_5) / 2;
    byMode[mode.key] = { headers: mode.headers, bareRps, bareP97_5, results };
    const stat = results.static;
    report.info(section, `static file ${TARGETS[0].path}`, `${perSecond(stat.rps)}, p97.5 ${ms(stat.p97_5)}`, stat.cache);
    report.info(
      section,
      'bare page /bench-baseline',
      `${perSecond(bareRps)}, p97.5 ${ms(results.bare.p97_5)} / ${ms(results.bareAgain.p97_5)}`,
      `mean of runs before (${perSecond(results.bare.rps)}) and after (${perSecond(results.bareAgain.rps)}) the store pages; ${ratio(bareRps / stat.rps)} the static file; ${results.bare.cache}`,
    );
    for (const key of ['product', 'article'] as const) {
      const target = TARGETS.find((t) => t.key === key)!;
      const r = results[key];
      const note = `${perSecond(r.rps)} vs bare ${perSecond(bareRps)}; ${r.cache}`;
      report.check(section, `${target.label} ${target.path} throughput`, r.rps / bareRps, '>=', THROUGHPUT_BUDGET[key], ratio, note);
      report.check(section, `${target.label} p97.5 latency`, r.p97_5, '<', 60, ms, `p50 ${ms(r.p50)}`);
      report.check(
        section,
        `${target.label} p97.5 vs bare`,
        r.p97_5 / bareP97_5,
        '<=',
        1.3,
        ratio,
        `bare p97.5 ${ms(bareP97_5)} (mean of both runs)`,
      );
    }
    for (const target of TARGETS) {
      const r = results[target.key];
      const note = `of ${count(r.total)} requests: non-2xx, errors or timeouts`;
      if (r.bad > 0) report.check(section, `${target.label} failed responses`, r.bad, '==', 0, count, note);
    }
  }
  const loadAfter = loadavg()[0]!;
  report.set('http', { connections: CONNECTIONS, durationSeconds: DURATION_S, loadBefore, loadAfter, modes: byMode });
  report.info(
    'HTTP 50 conn',
    'machine load (1-min avg) before / after',
    `${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} on ${availableParallelism()} cores`,
    'anything else running here skews absolute figures; ratios within one run hold better',
  );
}

/** Every <script src> on the page, each fetched and gzipped at level 9. */
async function firstLoadJs(url: string): Promise<{ total: number; scripts: Map<string, number> }> {
  const html = await (await fetch(url)).text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)) sources.add(match[1]!.replaceAll('&amp;', '&'));
  const scripts = new Map<string, number>();
  for (const src of sources) {
    const response = await fetch(new URL(src, url));
    if (!response.ok) throw new Error(`script ${src} answered ${response.status}`);
    scripts.set(src, gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length);
  }
  return { total: [...scripts.values()].reduce((s, n) => s + n, 0), scripts };
}

export async function measureFirstLoadJs(base: string, report: Report): Promise<void> {
  const section = 'First-load JS (gzip -9)';
  const bare = await firstLoadJs(new URL('/bench-baseline', base).toString());
  const product = await firstLoadJs(new URL('/products/ql-claw', base).toString());
  const article = await firstLoadJs(new URL('/blog/lower-back-muscle-spasms', base).toString());
  const extra = [...product.scripts].filter(([src]) => !bare.scripts.has(src)).sort((a, b) => b[1] - a[1]);
  report.set('firstLoadJs', {
    bareBytes: bare.total,
    productBytes: product.total,
    articleBytes: article.total,
    productOnly: Object.fromEntries(extra),
  });
  report.info(section, 'bare page /bench-baseline', kB(bare.total), `${bare.scripts.size} scripts (1 kB = 1000 bytes)`);
  report.info(section, 'product page /products/ql-claw', kB(product.total), `${product.scripts.size} scripts`);
  report.info(section, 'article page (for reference)', kB(article.total), `${kB(article.total - bare.total)} above bare`);
  const top = extra
    .slice(0, 3)
    .map(([src, size]) => `${src.split('/').pop()} ${kB(size)}`)
    .join(', ');
  report.check(
    section,
    'product page above bare',
    product.total - bare.total,
    '<=',
    25_000,
    kB,
    extra.length ? `product-only chunks: ${top}` : 'no product-only chunks',
  );
}
