import type { TimelineOptions } from 'vis-timeline/esnext';
import { MAX_SPAN_MS, MIN_SPAN_MS } from '../../lib/dates/zoom-limits';

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
  margin: { item: { horizontal: 4, vertical: 6 } },
  groupOrder: 'order',
  // Our own tooltip shows plain text; vis-timeline's would go through innerHTML.
  showTooltips: false,
  xss: { disabled: false },
};
