/**
 * One Lighthouse run in a fresh local Chromium, after waiting for the cores
 * to go quiet.
 */
import { cpus } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../tests/e2e/support/browser';
import type { Lhr } from './lighthouse-audits';

const CHROME_PATH = process.env.BENCH_CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export const SETTLE_MS = 30_000;

/**
 * Waits (at most SETTLE_MS) for a second in which the cores are at least 70%
 * idle, and returns that share: simulated throttling scales the CPU time it
 * observes, so whatever else runs on this machine reads as a slower page.
 */
export async function settle(): Promise<number> {
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

export async function audit(url: string, onlyCategories: string[]): Promise<{ lhr: Lhr; json: string }> {
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
      onlyCategories,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return { lhr: result.lhr, json: typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr) };
  } finally {
    process.off('exit', killOnExit);
    chrome.kill();
  }
}
