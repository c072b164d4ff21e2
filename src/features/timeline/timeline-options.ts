import type { TimelineOptions } from 'vis-timeline/esnext';
import { MAX_SPAN_MS, MIN_SPAN_MS } from '../../lib/dates/zoom-limits';

/** Room between two items of a lane, in px: beside each other, and between its rows. */
export const ITEM_MARGIN = { horizontal: 4, vertical: 6 };
/**
 * The same between marks drawn alone on a phone (title-mode.ts), which timeline.css draws as boxes of
 * 24 px, a finger's smallest target (WCAG 2.5.8): a row on the next, and a pixel apart in a row (none
 * let a period's mark, wider than its band, touch the next by a pixel), the lanes of the whole
 * chronology take about 0.6 of the height they did (2.4 screens at 375 × 667, 3.8 before).
 */
export const PACKED_MARK_MARGIN = { horizontal: 1, vertical: 0 };

/** Options that do not depend on the data. */
export const BASE_OPTIONS: TimelineOptions = {
  zoomMin: MIN_SPAN_MS,
  zoomMax: MAX_SPAN_MS,
  // The page must keep scrolling under a wheel or a swipe: zoom with Ctrl+wheel or the buttons.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  // No height limit: vis-timeline draws only the lanes inside its own scroll box, so a capped height
  // would hide lower lanes from search, selection and screen readers. The page scrolls instead.
  minHeight: '18rem',
  // Its once-a-second size check redrew after every filter that changed the lanes' height:
  // follow-width.ts redraws on a change of width instead.
  autoResize: false,
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // Where axis-scale.ts turns the week scale on, its ticks are written as the day of the month (the
  // month and year stand above them), not as vis-timeline's week numbers.
  format: { minorLabels: { week: 'D' } },
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { ...ITEM_MARGIN } },
  groupOrder: 'order',
  // Our own tooltip shows plain text; vis-timeline's would go through innerHTML.
  showTooltips: false,
  xss: { disabled: false },
};
