import { DAY_MS, MAX_SPAN_MS } from '../../lib/dates/zoom-limits';
import { entryField, withEntryField } from '../../lib/history/entry-state';
import type { TimeSpan } from './url-state';

/**
 * The timeline's window a step of history showed, kept in its history entry (history.state) beside what
 * else it holds (the list's reading place): a step whose address names no span showed the window the
 * timeline opened on, or a filtered link's fit, which its address does not say. A reload, and Back and
 * Forward after one, bring it back, so that the step shows what it showed, as long as the data is the
 * version it was written with.
 */
const FIELD = 'timelineWindow';

/**
 * The window kept in a history entry's state, if it holds one the timeline can show of the data of
 * `version`. One written for other data is none: the events it showed may be gone or moved, and the
 * step then opens as its link does (around its event, on its filters' events).
 */
export function readStepWindow(state: unknown, version: string): TimeSpan | null {
  const kept = entryField(state, FIELD);
  if (!kept || kept.version !== version) return null;
  const { start, end } = kept;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  // Wider than the timeline ever shows (a day's slack either side): not written by it.
  return end - start <= MAX_SPAN_MS + 2 * DAY_MS ? { start, end } : null;
}

/** A history entry's state with the window in it, shown of the data of `version`, and whatever else it held. */
export function stateWithStepWindow(
  state: unknown,
  window: TimeSpan,
  version: string,
): Record<string, unknown> {
  return withEntryField(state, FIELD, { start: window.start, end: window.end, version });
}
