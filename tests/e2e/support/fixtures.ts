import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { E2E_BASE_URL } from './config';

/**
 * `test` with an axe scan of every page a test visits: the page it ends on is
 * scanned in place, earlier pages are opened again in the same browser context
 * and scanned there. Serious or critical violations fail the test. Each URL is
 * scanned once per worker. Any Content-Security-Policy violation on a page
 * the test opens fails it too (watchPolicyViolations).
 */
const scanned = new Set<string>();

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${page.url()}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

function scannable(url: string): boolean {
  if (!url.startsWith(E2E_BASE_URL)) return false;
  const { pathname, searchParams } = new URL(url);
  return !pathname.startsWith('/api/') && !searchParams.has('token');
}

/** Collects every CSP violation in the context: the page's own event, and the browser's console report. */
async function watchPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`[csp] ${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && (text.startsWith('[csp]') || /Content Security Policy/i.test(text))) {
      violations.push(`${message.page()?.url() ?? '?'}: ${text}`);
    }
  });
  return violations;
}

export const test = base.extend({
  page: async ({ page, context, browser, javaScriptEnabled }, use) => {
    const violations = await watchPolicyViolations(context);
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = frame.url().split('#')[0]!;
      if (scannable(url) && !visited.includes(url)) visited.push(url);
    });

    await use(page);

    const problems: string[] = [];
    // axe runs as a script in the page: with JavaScript off, scan the same URLs in a context that allows it.
    const scanContext = javaScriptEnabled === false ? await browser.newContext({ javaScriptEnabled: true }) : context;
    const current = page.isClosed() || javaScriptEnabled === false ? undefined : page.url().split('#')[0];
    for (const url of visited) {
      if (scanned.has(url)) continue;
      scanned.add(url);
      if (url === current) {
        problems.push(...(await seriousViolations(page)));
        continue;
      }
      const again = await scanContext.newPage();
      const response = await again.goto(url);
      if (response?.headers()['content-type']?.includes('text/html')) problems.push(...(await seriousViolations(again)));
      await again.close();
    }
    if (scanContext !== context) await scanContext.close();
    expect(problems, 'axe found serious or critical accessibility violations').toEqual([]);
    expect(violations, 'the Content-Security-Policy was violated').toEqual([]);
  },
});

export { expect };
