import type { BenchOptions } from './args.ts';
import type { Variant } from './bench-hooks.ts';
import type { BenchPage, BrowserHost } from './browser.ts';
import { openLoaded } from './page-load.ts';
import { median } from './stats.ts';

export const describeError = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/**
 * The one live page of each variant that the interactions run on. A page that timed out is dropped
 * (it is stuck in a long task); a new one is loaded only when a load is cheap enough, because at
 * 50,000 events a reload can cost a minute that a bounded run does not have.
 */
export class LivePages {
  private readonly pages: Partial<Record<Variant, BenchPage>> = {};
  /** Why a variant can no longer be measured at this size, or null. */
  readonly unavailable: Record<Variant, string | null> = { app: null, baseline: null };
  /** Each load's time to interactive, for the reload rule. */
  readonly loadTimes: Record<Variant, number[]> = { app: [], baseline: [] };

  constructor(
    private readonly host: BrowserHost,
    private readonly urls: Record<Variant, string>,
    private readonly opts: BenchOptions,
  ) {}

  keep(variant: Variant, bench: BenchPage): void {
    this.pages[variant] = bench;
  }

  async get(variant: Variant): Promise<BenchPage | null> {
    const page = this.pages[variant];
    if (page || this.unavailable[variant]) return page ?? null;
    const typical = median(this.loadTimes[variant]) ?? 0;
    if (typical > this.opts.reloadLimitMs) {
      this.unavailable[variant] =
        `the page was dropped after a timeout, and reloading it (~${Math.round(typical / 1000)} s) is over the --reload-limit`;
      return null;
    }
    try {
      const { bench } = await openLoaded(this.host, variant, this.urls[variant], this.opts.loadTimeoutMs);
      this.pages[variant] = bench;
      return bench;
    } catch (e) {
      this.unavailable[variant] = `the page did not load (${describeError(e)})`;
      return null;
    }
  }

  async drop(variant: Variant): Promise<void> {
    const bench = this.pages[variant];
    delete this.pages[variant];
    if (bench) await this.host.discard(bench);
  }

  async dropAll(): Promise<void> {
    await this.drop('app');
    await this.drop('baseline');
  }
}
