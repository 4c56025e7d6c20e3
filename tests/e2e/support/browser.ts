import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the end-to-end suite drives: CHROMIUM_PATH, else the
 * system's (Playwright cannot download browsers everywhere), else
 * Playwright's own download. `undefined` when there is none.
 */
export function findChromium(): { path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright' } | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return { path: configured, source: 'CHROMIUM_PATH' };
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find((candidate) => existsSync(candidate));
  if (system) return { path: system, source: 'system' };
  const own = playwrightChromium();
  return own && existsSync(own) ? { path: own, source: 'playwright' } : undefined;
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The flags Chromium runs with here, in the end-to-end suite and the bench's Lighthouse runs: headless on a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
