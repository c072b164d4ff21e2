import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import {
  chooseChromium,
  type ChromiumChoice,
  type ChromiumDecision,
  type PathKind,
} from '../../scripts/lib/chromium-choice.ts';

export type { ChromiumChoice };

function kindOf(path: string): PathKind {
  try {
    if (statSync(path).isDirectory()) return 'directory';
  } catch {
    return 'missing';
  }
  try {
    accessSync(path, constants.X_OK);
    return 'executable';
  } catch {
    return 'not-executable';
  }
}

function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // No browser registered with this Playwright version.
  }
}

/** What this machine has: the browser to use, none, or a CHROMIUM_PATH that cannot be used (and what to do). */
export function decideChromium(): ChromiumDecision {
  return chooseChromium(process.env.CHROMIUM_PATH, { kindOf, playwrightPath });
}

/**
 * The browser the end-to-end tests will use: CHROMIUM_PATH, else Playwright's own, else the system's.
 * Throws when CHROMIUM_PATH names no runnable file, rather than using another browser than the one asked for.
 */
export function findChromium(): ChromiumChoice | null {
  const decision = decideChromium();
  if (decision.kind === 'unusable') throw new Error(decision.message);
  return decision.kind === 'found' ? decision.choice : null;
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
