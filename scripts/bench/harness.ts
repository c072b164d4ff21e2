import type { Harness, LoadMarks, OpResult, Variant } from './bench-hooks.ts';

/**
 * tsx (esbuild with keepNames) wraps inner functions in `__name(...)`; functions handed to the page
 * keep those calls, so the page needs a stand-in before any of them runs.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Runs in the page at document start (page.addInitScript), so it sees the whole load, and times the
 * load and each filter operation. It must be self-contained: Playwright sends its source text, not its
 * closure. Everything is timed in the page with performance.now() and event timestamps, so no
 * Playwright round trip is ever counted.
 */
export function installHarness(variant: Variant): void {
  /** After 500 ms without a long task the page counts as interactive (Lighthouse's rule for TTI). */
  const QUIET_MS = 500;
  /** Frames without change before an operation counts as settled: one redraw can take a frame or two. */
  const QUIET_FRAMES = 4;
  const items = document.getElementsByClassName('vis-item-content');
  const listEntries = document.getElementsByClassName('list-entry');
  const longTasks: { start: number; end: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: `interactive` falls back to `ready`.
  }

  // Called from a frame callback: a task queued there runs once that frame is on screen ("after paint").
  const afterThisFrame = (fn: (now: number) => void) => setTimeout(() => fn(performance.now()), 0);
  /**
   * Looks at the page once per frame, after that frame is on screen, until `check` returns false.
   * Looking from a frame callback instead would see a change made by a later frame callback of the
   * same frame (vis-timeline draws in one) only a frame after it was painted.
   */
  const afterEachFrame = (check: (now: number) => boolean) => {
    const tick = () => afterThisFrame((now) => check(now) && void requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  };

  const searchInput = (): HTMLInputElement | null => {
    for (const label of document.querySelectorAll('label'))
      if (label.textContent?.includes('Search events') && label.control instanceof HTMLInputElement)
        return label.control;
    return null;
  };
  const showingCount = (): number | null => {
    const text = document.querySelector('[data-testid=showing]')?.textContent ?? '';
    const match = /(\d[\d,.\s\u00a0\u202f]*)/.exec(text);
    return match ? Number(match[1]!.replace(/\D/g, '')) : null;
  };
  const controlsReady = () => {
    if (variant === 'baseline') return window.__bench?.ready === true;
    const input = searchInput();
    return showingCount() !== null && input !== null && !input.disabled && !input.readOnly;
  };
  /**
   * vis-timeline places an item on the time axis by a transform on its `.vis-item` box. A bare
   * timeline given no window draws its items once before it has placed them: all at the left edge of
   * their lanes, under an axis of the days around today, for about a second, until it fits the data.
   * That drawing is not a timeline a reader can read, so only a placed item counts as visible.
   */
  const placed = (content: Element) => {
    const box = content.closest<HTMLElement>('.vis-item');
    return box !== null && (box.style.transform !== '' || box.style.left !== '');
  };
  const anyItemVisible = (mustBePlaced: boolean) => {
    for (let i = 0; i < Math.min(items.length, 50); i++) {
      const item = items[i]!;
      const r = item.getBoundingClientRect();
      const onScreen =
        r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.left < innerWidth;
      // vis-timeline keeps its root `visibility: hidden` until its first full drawing is done.
      if (
        onScreen &&
        item.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
        (!mustBePlaced || placed(item))
      )
        return true;
    }
    return false;
  };

  const marks: LoadMarks = {};
  let resolveLoaded: (m: LoadMarks) => void = () => {};
  const loaded = new Promise<LoadMarks>((resolve) => (resolveLoaded = resolve));
  const finishLoad = () => {
    const data = performance.getEntriesByType('resource').find((e) => e.name.includes('data/events.json')) as
      PerformanceResourceTiming | undefined;
    marks.dataFetched = data?.responseEnd;
    marks.firstContentfulPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    resolveLoaded(marks);
  };
  const waitQuiet = () => {
    const ready = marks.ready!;
    const since = Math.max(ready, ...longTasks.filter((t) => t.end > ready).map((t) => t.end));
    if (performance.now() - since >= QUIET_MS) {
      marks.interactive = since;
      finishLoad();
    } else setTimeout(waitQuiet, 100);
  };
  let seenItem = false;
  afterEachFrame((now) => {
    if (marks.firstDrawn === undefined && anyItemVisible(false)) marks.firstDrawn = now;
    if (!seenItem && anyItemVisible(true)) {
      seenItem = true;
      marks.firstItem = now;
    }
    if (seenItem && controlsReady()) {
      marks.ready = Math.max(now, marks.firstItem ?? now);
      waitQuiet();
      return false;
    }
    return true;
  });

  let t0: number | null = null;
  const onInput = (e: Event) => {
    if (t0 === null) t0 = e.timeStamp;
  };
  const harness: Omit<Harness, 'zoom' | 'pan'> = {
    loaded,
    pending: null,
    start() {
      t0 = performance.now();
    },
    arm(mode) {
      t0 = null;
      const before = showingCount();
      for (const type of ['input', 'click']) window.addEventListener(type, onInput, { capture: true });
      // Items added, removed or relabelled anywhere in the view: the timeline (a cluster's "37 events"
      // becoming "7 events" changes no count) or, in the app's list view, the column that holds the
      // list. Moves are attribute changes and are not counted. The density chart above the list follows
      // in a deferred render of its own and is not part of either view, as it is not for the timeline.
      let mutations = 0;
      const timeline = document.querySelector('.vis-timeline');
      const inView = (node: Node) =>
        timeline !== null || !(node instanceof Element ? node : node.parentElement)?.closest('.density');
      const observer = new MutationObserver((records) => {
        for (const record of records) if (inView(record.target)) mutations++;
      });
      observer.observe(timeline ?? document.querySelector('.workspace__main') ?? document.body, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      harness.pending = new Promise<OpResult>((resolve) => {
        let lastKey = '';
        let quiet = 0;
        let settledAt = 0;
        afterEachFrame((now) => {
          // The app's counter must have changed: before that the view still shows the old result.
          const changed = mode === 'baseline' || showingCount() !== before;
          if (t0 === null || !changed) return true;
          const key = `${items.length}:${listEntries.length}:${mutations}`;
          if (key !== lastKey) {
            lastKey = key;
            quiet = 0;
            settledAt = now;
          } else if (++quiet >= QUIET_FRAMES) {
            observer.disconnect();
            for (const type of ['input', 'click'])
              window.removeEventListener(type, onInput, { capture: true });
            const shown = mode === 'baseline' ? null : showingCount();
            resolve({ ms: settledAt - t0, items: items.length, shown });
            return false;
          }
          return true;
        });
      });
    },
  };
  // zoom and pan come from installGestures (harness-gestures.ts), installed right after this.
  window.__harness = harness as Harness;
}
