import { median, percentile } from './stats.ts';

export type CellStatus = 'ok' | 'timeout' | 'error' | 'skipped';

/** One measure of one page at one size. */
export interface Cell {
  status: CellStatus;
  samples: number[];
  median: number | null;
  p95: number | null;
  /** The time limit that ran out, when status is "timeout". */
  limitMs?: number;
  notes?: string[];
}

/** Collects a cell's samples; a timeout or an error keeps the samples taken before it. */
export class CellRecorder {
  readonly samples: number[] = [];
  private status: CellStatus = 'ok';
  private limitMs: number | undefined;
  private readonly notes: string[] = [];

  add(value: number): void {
    this.samples.push(value);
  }

  timeout(limitMs: number): void {
    this.status = 'timeout';
    this.limitMs = limitMs;
  }

  error(message: string): void {
    if (this.status === 'ok') this.status = 'error';
    this.note(message);
  }

  /** Not measured because an earlier step failed; only says so if nothing else went wrong. */
  skip(reason: string): void {
    if (this.status === 'ok' && this.samples.length === 0) this.status = 'skipped';
    this.note(reason);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  get total(): number {
    return this.samples.reduce((s, v) => s + v, 0);
  }

  toCell(): Cell {
    return {
      status: this.status,
      samples: this.samples.map((v) => Math.round(v * 10) / 10),
      median: median(this.samples),
      p95: percentile(this.samples, 95),
      ...(this.limitMs !== undefined ? { limitMs: this.limitMs } : {}),
      ...(this.notes.length > 0 ? { notes: this.notes } : {}),
    };
  }
}

export const MEASURE_IDS = [
  'load.firstItem',
  'load.firstDrawn',
  'load.ready',
  'load.interactive',
  'load.dataFetched',
  'heap',
  'frames.zoom',
  'frames.pan',
  'filter.query',
  'unfilter.query',
  'filter.kind',
  'unfilter.kind',
  'list.filter.query',
  'list.unfilter.query',
  'list.filter.kind',
  'list.unfilter.kind',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type Recorders = Record<MeasureId, CellRecorder>;

export function newRecorders(): Recorders {
  return Object.fromEntries(MEASURE_IDS.map((id) => [id, new CellRecorder()])) as Recorders;
}

export function toCells(recorders: Recorders): Record<MeasureId, Cell> {
  return Object.fromEntries(Object.entries(recorders).map(([id, r]) => [id, r.toCell()])) as Record<
    MeasureId,
    Cell
  >;
}
