/**
 * The benchmark's baseline: the same data/events.json in a bare vis-timeline, with no React, no store and
 * no per-item DOM. Every event goes into one DataSet up front; filters go through a DataView, which is
 * how vis-timeline's own documentation filters. See docs/performance.md.
 */
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { BenchFilter } from '../../scripts/bench/bench-hooks.ts';

interface RawEvent {
  id: string;
  title: string;
  kind: string;
  track: string;
  start: string;
  end?: string;
}

interface RawDataset {
  vocabulary: { tracks: Record<string, { name: string; order?: number } | undefined> };
  events: RawEvent[];
}

interface Item {
  id: string;
  group: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  kind: string;
  /** The title in lower case, so that a filter pass does no string work beyond `includes`. */
  text: string;
}

const DAY = 24 * 60 * 60 * 1000;

// The app's zoom limits and margins (src/features/timeline/timeline-options.ts), copied rather than
// imported: the baseline must not move when the app changes. Its 70vh cap is the one the app's timeline
// had at first; the app has none now, so it draws every lane where this draws those inside the box. Runs
// with the cap removed found the baseline no slower at 100 events (docs/performance.md, "Where the time
// goes at 100 events"), so it was kept, and the figures of earlier runs stay comparable.
const OPTIONS: TimelineOptions = {
  zoomMin: 7 * DAY,
  zoomMax: 12 * 365 * DAY,
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: true,
  maxHeight: '70vh',
  minHeight: '18rem',
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 } },
  groupOrder: 'order',
};
const ANIMATION = { animation: { duration: 250, easingFunction: 'easeInOutQuad' as const } };

const parts = (date: string) => date.split('-').map(Number);

// Calendar dates at local midnight, as the app's to-timeline-item.ts does, so both draw the same spans.
function firstDay(date: string): Date {
  const [y = 0, m = 1, d = 1] = parts(date);
  return new Date(y, m - 1, d);
}

function dayAfterLast(date: string): Date {
  const [y = 0, m, d] = parts(date);
  if (m === undefined) return new Date(y + 1, 0, 1);
  if (d === undefined) return new Date(y, m, 1);
  return new Date(y, m - 1, d + 1);
}

function toItem(e: RawEvent): Item {
  const singleDay = e.start.length === 10 && (!e.end || e.end === e.start);
  return {
    id: e.id,
    group: e.track,
    content: e.title,
    start: firstDay(e.start),
    ...(singleDay ? {} : { end: dayAfterLast(e.end ?? e.start) }),
    type: singleDay ? 'point' : 'range',
    kind: e.kind,
    text: e.title.toLowerCase(),
  };
}

const response = await fetch('data/events.json', { cache: 'no-cache' });
const data = (await response.json()) as RawDataset;
const items = new DataSet<Item, 'id'>(data.events.map(toItem));
const groups = new DataSet(
  [...new Set(data.events.map((e) => e.track))].map((id) => ({
    id,
    content: data.vocabulary.tracks[id]?.name ?? id,
    order: data.vocabulary.tracks[id]?.order ?? 1000,
  })),
);

let query = '';
let kinds: Set<string> | null = null;
const view = new DataView(items, {
  filter: (item) => (!kinds || kinds.has(item.kind)) && (!query || item.text.includes(query)),
});
const container = document.getElementById('timeline')!;
const timeline = new Timeline(container, view, groups, OPTIONS);
// Given no window, vis-timeline draws the items before it has placed them, fits the data on that
// drawing's 'changed' event, and draws the fitted window only with its once-a-second size check: a
// readable timeline about a second late. One public call draws it in the next frame instead, so that
// the baseline stands for plain vis-timeline used well, not for that wait (docs/performance.md).
const redrawOnce = () => {
  timeline.off('changed', redrawOnce);
  timeline.redraw();
};
timeline.on('changed', redrawOnce);

window.__bench = {
  ready: true,
  total: data.events.length,
  filter({ q = '', kinds: wanted = [] }: BenchFilter) {
    query = q.toLowerCase();
    kinds = wanted.length > 0 ? new Set(wanted) : null;
    view.refresh();
    return view.length;
  },
  zoomIn: () => timeline.zoomIn(0.5, ANIMATION),
  zoomOut: () => timeline.zoomOut(0.5, ANIMATION),
};
