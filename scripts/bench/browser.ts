import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../../e2e/support/find-chromium.ts';
import type { Variant } from './bench-hooks.ts';
import { installGestures } from './harness-gestures.ts';
import { installHarness, NAME_SHIM } from './harness.ts';

export class StepTimeout extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} took longer than ${Math.round(ms / 1000)} s`);
    this.name = 'StepTimeout';
  }
}

/** Rejects with StepTimeout after `ms`; the work itself cannot be cancelled, so the caller drops its page. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(what, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
}

/**
 * One Chromium for the whole run, relaunched only when a page stuck in a long task cannot be closed.
 * Every page gets its own context: a cold cache and its own renderer process, like a first visit.
 */
export class BrowserHost {
  private browser: Browser | null = null;
  version = '';
  source = '';

  async launch(): Promise<void> {
    const choice = findChromium();
    if (!choice) throw new Error('No Chromium found: run `npx tsx scripts/ensure-chromium.ts` first.');
    this.source = choice.executablePath ?? 'playwright';
    this.browser = await chromium.launch({
      headless: true,
      ...(choice.executablePath
        ? { executablePath: choice.executablePath, args: SYSTEM_CHROMIUM_ARGS }
        : { args: ['--disable-gpu'] }),
    });
    this.version = this.browser.version();
  }

  async open(variant: Variant): Promise<BenchPage> {
    if (!this.browser?.isConnected()) await this.launch();
    const context = await this.browser!.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      // The app may ship a Content-Security-Policy; the harness must run whatever it says.
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(installHarness, variant);
    await page.addInitScript(installGestures, variant);
    return { context, page };
  }

  /** Closes a page's context; a renderer that does not let go within 15 s costs a browser restart. */
  async discard({ context }: BenchPage): Promise<void> {
    try {
      await withTimeout(context.close(), 15_000, 'closing a page');
    } catch {
      console.warn('  (a page would not close: restarting Chromium)');
      await this.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await withTimeout(browser.close(), 15_000, 'closing Chromium').catch(() => undefined);
  }
}
