// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetFile } from '../../lib/data/dataset';
import { parseDataset } from '../../lib/data/parse-dataset';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import {
  clearFilters,
  dismissNotice,
  selectEvent,
  setFilters,
  setPartyMode,
  setVisibleWindow,
  toggleFilterValue,
  typeFilter,
  useAppStore,
  type TypedBox,
} from '../../store/app-store';
import { applyUrlState, useUrlSync } from './use-url-sync';
import { readStepWindow, stateWithStepWindow } from './step-window';
import { spanText } from './url-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = '2025-05-16-a';
const OLD = '2025-05-15-a';
const NOTICE = `This link named the event by an earlier id, “${OLD}”; it is now “${NOW}”.`;
const parsed = parseDataset(sampleFile([{ ...sampleEvent, formerIds: [OLD] }]));
const dataset = (parsed.ok ? parsed.dataset : null) as DatasetFile;
const initial = useAppStore.getState();

function Sync() {
  useUrlSync(dataset);
  return null;
}

/** Past the frame and task after which the sync writes the address. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));

// Every one mounted in a test is unmounted after it: one left running would write the next test's address.
let roots: Root[] = [];
let writes: ReturnType<typeof vi.spyOn>[];
beforeEach(() => {
  useAppStore.setState(initial, true);
  window.history.replaceState(null, '', '/');
  writes = [vi.spyOn(window.history, 'pushState'), vi.spyOn(window.history, 'replaceState')];
});
afterEach(() => {
  act(() => roots.forEach((root) => root.unmount()));
  roots = [];
  vi.restoreAllMocks();
});

const mount = () => {
  const root = createRoot(document.createElement('div'));
  roots.push(root);
  act(() => root.render(<Sync />));
};

/** Back or Forward, with the sync running, to a step whose address has `search`. */
async function popTo(search: string) {
  mount();
  window.history.pushState(null, '', `/${search}`);
  writes.forEach((w) => w.mockClear());
  act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
  await settle();
}

/** The event open by its id now, the notice shown, and the address written once, in place. */
function expectForwarded() {
  expect(useAppStore.getState().selectedId).toBe(NOW);
  expect(useAppStore.getState().notices).toEqual([NOTICE]);
  expect(window.location.search).toBe(`?event=${NOW}`);
  expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 1]);
}

describe('an event named by an earlier id', () => {
  it('opens from a link by its id now, with a notice, the address written once', async () => {
    window.location.href = `http://localhost/?event=${OLD}`;
    writes.forEach((w) => w.mockClear());
    applyUrlState(dataset);
    mount();
    await settle();
    expectForwarded();
  });

  it('opens the same way on Back or Forward', async () => {
    await popTo(`?event=${OLD}`);
    expectForwarded();
  });

  it('says of an id no event has on Back or Forward what a link says, and drops it from the address', async () => {
    await popTo('?q=talks&event=2025-05-17-nowhere');
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(useAppStore.getState().filters.q).toBe('talks');
    expect(useAppStore.getState().notices).toEqual([
      'The event “2025-05-17-nowhere” in the link was not found; it may have been renamed or removed.',
    ]);
    expect(window.location.search).toBe('?q=talks');
    expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 1]);
  });
});

describe('a step of history whose address has a parameter the app cannot use', () => {
  const IGNORED = 'Ignored the unknown link parameter “bogus”.';
  const kept = { timelineWindow: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31) } };

  it('says so on Back or Forward, as a link does, and keeps the rest of the step and what its entry holds', async () => {
    mount();
    window.history.pushState(kept, '', '/?bogus=1&q=talks&view=list');
    writes.forEach((w) => w.mockClear());
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    await settle();
    expect(useAppStore.getState().notices).toEqual([IGNORED]);
    expect(useAppStore.getState()).toMatchObject({ view: 'list', filters: { q: 'talks' } });
    // Written once, in place: no step added, none lost, the window the entry kept still there.
    expect(window.location.search).toBe('?q=talks&view=list');
    expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 1]);
    expect(window.history.state).toEqual(kept);
  });

  it('says so once: the address then holds no such parameter for the next visit to the step', async () => {
    await popTo('?bogus=1');
    expect(useAppStore.getState().notices).toEqual([IGNORED]);
    act(() => dismissNotice(IGNORED));
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    await settle();
    expect(useAppStore.getState().notices).toEqual([]);
    expect(window.location.search).toBe('');
  });
});

describe('an event id a link gives otherwise than the dataset', () => {
  it('opens with a full stop after it or in capitals, without a notice, the address then holding the id', async () => {
    window.location.href = `http://localhost/?event=${NOW.toUpperCase()}.`;
    writes.forEach((w) => w.mockClear());
    applyUrlState(dataset);
    mount();
    await settle();
    expect(useAppStore.getState().selectedId).toBe(NOW);
    expect(useAppStore.getState().notices).toEqual([]);
    expect(window.location.search).toBe(`?event=${NOW}`);
    expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 1]);
  });

  it('nearly given, is offered by a notice that names it, and opens nothing by itself', async () => {
    window.location.href = 'http://localhost/?event=2025-05-16-b';
    applyUrlState(dataset);
    mount();
    await settle();
    const notice = `The event “2025-05-16-b” in the link was not found. Did you mean “${NOW}”?`;
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(useAppStore.getState().notices).toEqual([notice]);
    expect(useAppStore.getState().noticeOffers.get(notice)).toEqual({ eventId: NOW, as: 'event' });
    expect(window.location.search).toBe('');
  });
});

describe('steps of history', () => {
  type Change = { box: TypedBox; value: string } | 'clear all';
  /** Types into the boxes, or clears the filters, one change at a time; returns how many steps were pushed. */
  async function type(changes: Change[]): Promise<number> {
    mount();
    writes.forEach((w) => w.mockClear());
    for (const change of changes) {
      act(() => (change === 'clear all' ? clearFilters() : typeFilter(change.box, change.value)));
      await settle();
    }
    return writes[0]!.mock.calls.length;
  }
  const from = (value: string): Change => ({ box: 'from', value });

  it('makes a year typed digit by digit in a month box one step, as typing in the search box is', async () => {
    const pushes = await type([from('0002-03'), from('0020-03'), from('0202-03'), from('2024-03')]);
    expect(pushes).toBe(1);
    expect(window.location.search).toBe('?from=2024-03');
  });

  it('makes a step for each box typed into in turn', async () => {
    const pushes = await type([
      { box: 'q', value: 'ist' },
      { box: 'q', value: 'istanbul' },
      from('2025-05'),
      { box: 'to', value: '2025-06' },
    ]);
    expect(pushes).toBe(3);
    expect(window.location.search).toBe('?q=istanbul&from=2025-05&to=2025-06');
  });

  it('makes "Clear all filters" a step of its own, even right after typing in the one box it empties', async () => {
    expect(await type([from('2024-12'), 'clear all'])).toBe(2);
    expect(window.location.search).toBe('');
  });
});

describe('all of the chosen parties', () => {
  it('is a step of its own in the address, which Back undoes and "Clear all filters" clears', async () => {
    mount();
    act(() => toggleFilterValue('parties', 'RU'));
    act(() => toggleFilterValue('parties', 'UA'));
    await settle();
    writes.forEach((w) => w.mockClear());
    act(() => setPartyMode('all'));
    await settle();
    expect(window.location.search).toBe('?party=RU,UA&partymode=all');
    expect(writes.map((w) => w.mock.calls.length)).toEqual([1, 0]);
    window.history.pushState(null, '', '/?party=RU,UA');
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useAppStore.getState().filters.partyMode).toBe('any');
    act(() => setPartyMode('all'));
    act(() => clearFilters());
    await settle();
    expect(useAppStore.getState().filters.partyMode).toBe('any');
    expect(window.location.search).toBe('');
  });
});

describe('the state links to events start from', () => {
  const links = () => useAppStore.getState().eventLinks;

  it('is a link’s, but its event, as the page opens', () => {
    window.location.href = `http://localhost/?q=grain&view=list&event=${NOW}`;
    applyUrlState(dataset);
    mount();
    expect(links().base).toBe('?q=grain&view=list');
    expect(links().href(OLD)).toBe(`/?q=grain&view=list&event=${OLD}`);
  });

  it('follows the address as the reader changes the filters, and on Back and Forward', async () => {
    mount();
    act(() => typeFilter('q', 'istanbul'));
    await settle();
    expect(links().href(NOW)).toBe(`/?q=istanbul&event=${NOW}`);
    await popTo('?party=UA&view=list&event=2025-05-16-a');
    expect(links().href(NOW)).toBe(`/?party=UA&view=list&event=${NOW}`);
  });

  it('stays the same state as events open and close, so that no link is drawn again for them', async () => {
    mount();
    act(() => typeFilter('q', 'istanbul'));
    await settle();
    const before = links();
    act(() => selectEvent(NOW));
    await settle();
    act(() => selectEvent(null));
    await settle();
    expect(links()).toBe(before);
  });
});

describe('the timeline’s window on Back and Forward', () => {
  const OPENED = { start: Date.UTC(2022, 0, 10), end: Date.UTC(2026, 5, 1) };
  const FITTED = { start: Date.UTC(2025, 4, 18), end: Date.UTC(2026, 4, 23) };
  const PANNED = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31) };
  /** Back or Forward to a step whose address has `search`; the sync's writes are counted from there. */
  const popTo = (search: string) => {
    window.history.pushState(null, '', `/${search}`);
    writes.forEach((w) => w.mockClear());
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
  };
  /** The timeline as it serves a request: the request taken at once, its new window told a moment later. */
  async function serve() {
    const request = useAppStore.getState().windowRequest;
    act(() => useAppStore.setState({ windowRequest: null }));
    await settle();
    if (request) act(() => setVisibleWindow({ start: request.start, end: request.end }));
    await settle();
  }
  /** Opened plain on the timeline, then a date range that the timeline fits. */
  async function openThenFit() {
    mount();
    act(() => setVisibleWindow(OPENED));
    await settle();
    act(() => setFilters({ from: '2025-06' }));
    act(() => setVisibleWindow(FITTED));
    await settle();
    expect(window.location.search).toBe(`?from=2025-06&span=${spanText(FITTED)}`);
  }

  it('brings back the window a step with no span showed, and writes none into it', async () => {
    await openThenFit();
    popTo('');
    await settle();
    expect(useAppStore.getState().windowRequest).toMatchObject({ ...OPENED, instant: true });
    expect(window.location.search).toBe('');
    await serve();
    expect(window.location.search).toBe('');
    expect(writes[1]!.mock.calls).toEqual([]);
    // The reader's own move edits the step, as before.
    act(() => setVisibleWindow(PANNED));
    await settle();
    expect(window.location.search).toBe(`?span=${spanText(PANNED)}`);
    expect(writes.map((w) => w.mock.calls.length)).toEqual([0, 1]);
  });

  it('keeps a step’s span while the timeline goes there, and drops a fit the step left had asked for', async () => {
    await openThenFit();
    popTo('');
    await serve();
    act(() => setFilters({ from: '2025-06' }));
    act(() => useAppStore.setState({ fitRequest: 1 }));
    popTo(`?from=2025-06&span=${spanText(FITTED)}`);
    expect(useAppStore.getState().fitRequest).toBeNull();
    await settle();
    expect(window.location.search).toBe(`?from=2025-06&span=${spanText(FITTED)}`);
    await serve();
    expect(window.location.search).toBe(`?from=2025-06&span=${spanText(FITTED)}`);
    expect(writes[1]!.mock.calls).toEqual([]);
  });

  it('keeps in each step’s entry the window it showed, which a reload of the step asks for', async () => {
    mount();
    act(() => setVisibleWindow(OPENED));
    await settle();
    expect(readStepWindow(window.history.state, dataset.version)).toEqual(OPENED);
    act(() => selectEvent(NOW));
    await settle();
    expect(window.location.search).toBe(`?event=${NOW}`);
    expect(readStepWindow(window.history.state, dataset.version)).toEqual(OPENED);
    act(() => roots.forEach((root) => root.unmount()));
    roots = [];

    // The reload: the step's window, not the one around its event a link opens on; no span, no view.
    useAppStore.setState(initial, true);
    applyUrlState(dataset);
    expect(useAppStore.getState()).toMatchObject({
      selectedId: NOW,
      view: null,
      windowRequest: { ...OPENED, instant: true },
    });
    expect(window.location.search).toBe(`?event=${NOW}`);
  });

  it('is not brought back by a reload once the data has changed: the step opens as its link does', () => {
    window.history.replaceState({ timelineWindow: { ...OPENED, version: 'older' } }, '', `/?event=${NOW}`);
    applyUrlState(dataset);
    expect(useAppStore.getState()).toMatchObject({ selectedId: NOW, windowRequest: null });
    window.history.replaceState({ timelineWindow: { ...OPENED, version: dataset.version } }, '');
    applyUrlState(dataset);
    expect(useAppStore.getState().windowRequest).toMatchObject({ ...OPENED, instant: true });
  });

  it('brings back on Back the window a step’s entry kept, not the one this page opened on', async () => {
    mount();
    act(() => setVisibleWindow(OPENED));
    await settle();
    window.history.pushState(stateWithStepWindow(null, FITTED, dataset.version), '', '/');
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useAppStore.getState().windowRequest).toMatchObject({ ...FITTED, instant: true });
    await serve();
    expect(window.location.search).toBe('');
  });
});

describe('what a step of history holds besides its address (the list’s reading place)', () => {
  const place = { listPlace: { row: `e:${NOW}`, month: '2025-05', top: 40 } };

  it('is kept when the address of the same step is tidied as the page opens', () => {
    window.location.href = `http://localhost/?view=list&event=${NOW.toUpperCase()}.`;
    window.history.replaceState(place, '');
    applyUrlState(dataset);
    expect(window.location.search).toBe(`?view=list&event=${NOW}`);
    expect(window.history.state).toEqual(place);
  });

  it('is kept while typing edits the same step, and not carried into a new one', async () => {
    mount();
    act(() => typeFilter('q', 'ist'));
    await settle();
    window.history.replaceState(place, '');
    act(() => typeFilter('q', 'istanbul'));
    await settle();
    expect(window.location.search).toBe('?q=istanbul');
    expect(window.history.state).toEqual(place);
    act(() => selectEvent(NOW));
    await settle();
    expect(window.location.search).toBe(`?q=istanbul&event=${NOW}`);
    expect(window.history.state).toBeNull();
  });
});
