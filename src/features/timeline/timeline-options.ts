import type { TimelineOptions } from 'vis-timeline/esnext';

const DAY = 24 * 60 * 60 * 1000;

/** Options that do not depend on the data. */
export const BASE_OPTIONS: TimelineOptions = {
  // A week is the closest view that still shows context; 12 years the widest the war's diplomacy needs.
  zoomMin: 7 * DAY,
  zoomMax: 12 * 365 * DAY,
  // The page must keep scrolling under a wheel or a swipe: zoom with Ctrl+wheel or the buttons.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  // No height limit: vis-timeline draws only the lanes inside its own scroll box, so a capped height
  // would hide lower lanes from search, selection and screen readers. The page scrolls instead.
  minHeight: '18rem',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 } },
  groupOrder: 'order',
  // Our own tooltip shows plain text; vis-timeline's would go through innerHTML.
  showTooltips: false,
  xss: { disabled: false },
};
