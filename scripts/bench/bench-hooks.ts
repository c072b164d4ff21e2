/**
 * What the pages expose to the benchmark. The baseline page sets `window.__bench`; the harness that the
 * benchmark injects into both pages (scripts/bench/harness.ts) sets `window.__harness`.
 */
export interface BenchFilter {
  /** Lower-case text that the title must contain; '' for none. */
  q?: string;
  /** Kinds to keep; empty for all. */
  kinds?: string[];
}

export interface BenchHooks {
  ready: boolean;
  total: number;
  /** Applies the filter through the DataView and returns how many events it keeps. */
  filter(filter: BenchFilter): number;
  zoomIn(): void;
  zoomOut(): void;
}

export type Variant = 'app' | 'baseline';

/** Milliseconds since navigation start. */
export interface LoadMarks {
  /** The frame after the first `.vis-item-content` was visible and placed on the time axis. */
  firstItem?: number;
  /**
   * The frame after the first `.vis-item-content` was visible, placed or not: what `firstItem` was
   * until 28 November 2026, kept so that the two can be compared.
   */
  firstDrawn?: number;
  /** The frame after the controls were there (app: search box and counter; baseline: `__bench.ready`). */
  ready?: number;
  /** After `ready`, the end of the last long task before 500 ms without one (Lighthouse's TTI rule). */
  interactive?: number;
  /** When data/events.json had arrived. */
  dataFetched?: number;
  firstContentfulPaint?: number;
}

export interface OpResult {
  /** From the input event (or the hook call) to the frame after the result was on screen. */
  ms: number;
  /** `.vis-item-content` elements once settled. */
  items: number;
  /** The first number of the app's "Showing N of M events"; the DataView's length in the baseline. */
  shown: number | null;
}

export interface Gesture {
  /** requestAnimationFrame deltas during the gesture, ms. */
  frames: number[];
  /** Inputs sent, of those planned: fewer when the gesture ran out of time. */
  done: number;
  planned: number;
}

export interface Harness {
  loaded: Promise<LoadMarks>;
  /** Starts watching for the next operation; its result is `pending`. */
  arm(variant: Variant): void;
  /** Marks the start of an operation that has no input event (the baseline's hook calls). */
  start(): void;
  pending: Promise<OpResult> | null;
  /** Zooms in three steps and out three, with the page's own controls; no new step after budgetMs. */
  zoom(budgetMs: number): Promise<Gesture>;
  /** Drags the time axis 400 px left and back, one pointer move per frame; no new move after budgetMs. */
  pan(budgetMs: number): Promise<Gesture>;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
    __harness?: Harness;
  }
}
