import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface ChromiumChoice {
  /** undefined: Playwright's own browser, which needs no path. */
  executablePath?: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** The browser the end-to-end tests will use: CHROMIUM_PATH, else Playwright's own, else the system's. */
export function findChromium(): ChromiumChoice | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  try {
    if (existsSync(chromium.executablePath())) return { source: 'playwright' };
  } catch {
    // No browser registered with this Playwright version.
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  return system ? { executablePath: system, source: 'system' } : null;
}

/** Flags for a distribution Chromium in a container or CI: no sandbox as root, and no calls home. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
