import { describe, expect, it } from 'vitest';
import { MAX_SPAN_MS } from '../../lib/dates/zoom-limits';
import { readStepWindow, stateWithStepWindow } from './step-window';

const win = { start: Date.UTC(2022, 0, 13), end: Date.UTC(2026, 5, 22) };
const VERSION = '2026.11.29.3';

describe('the window kept in a history entry', () => {
  it('is read back as written, and keeps what else the entry held', () => {
    const state = stateWithStepWindow({ listPlace: { row: 'y:2024', month: '2024', top: 0 } }, win, VERSION);
    expect(readStepWindow(state, VERSION)).toEqual(win);
    expect(state.listPlace).toEqual({ row: 'y:2024', month: '2024', top: 0 });
    expect(readStepWindow(stateWithStepWindow(null, win, VERSION), VERSION)).toEqual(win);
  });

  it('is none once the data has changed since it was written: its events may be gone', () => {
    expect(readStepWindow(stateWithStepWindow(null, win, '2026.11.29.2'), VERSION)).toBeNull();
    // Written before entries said their data's version.
    expect(readStepWindow({ timelineWindow: win }, VERSION)).toBeNull();
  });

  it('is none in an entry the app did not write, or wrote otherwise', () => {
    for (const state of [
      null,
      undefined,
      'x',
      [win],
      {},
      { timelineWindow: null },
      { timelineWindow: { start: '1', end: '2' } },
      { timelineWindow: { start: win.end, end: win.start } },
      { timelineWindow: { start: win.start, end: Number.POSITIVE_INFINITY } },
      { timelineWindow: { start: Number.NaN, end: win.end } },
      { timelineWindow: { start: 0, end: MAX_SPAN_MS * 2, version: VERSION } },
      { timelineWindow: { ...win, version: 1 } },
    ])
      expect(readStepWindow(state, VERSION)).toBeNull();
  });
});
