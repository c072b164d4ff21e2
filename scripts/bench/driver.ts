import type { Page } from '@playwright/test';
import type { OpResult } from './bench-hooks.ts';

/** The filter operations the benchmark times, done the way each page offers them. */
export interface Driver {
  /** Applies the search text ('' clears it). */
  query(page: Page, q: string): Promise<OpResult>;
  /** Turns the benchmark's kind filter on or off. */
  kind(page: Page, on: boolean): Promise<OpResult>;
}
