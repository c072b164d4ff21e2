import { create } from 'zustand';
import type { DatasetFile } from '../lib/data/dataset';
import type { SkippedEvent } from '../lib/data/parse-dataset';
import type { DatasetProblem } from '../features/dataset/invalid-dataset';
import { EMPTY_FILTERS, type Filters, type ListFilterKey, type PartyMode } from '../features/filters/filters';
import type { LinkOffer, ViewMode } from '../features/url-state/url-state';

export type DatasetState =
  | { status: 'loading'; progress: number | null }
  | { status: 'ready'; dataset: DatasetFile; skipped: SkippedEvent[] }
  | {
      status: 'error';
      message: string;
      detail: string;
      /** What is wrong with the event files, when the development server says so. */
      problems?: readonly DatasetProblem[];
    };

export interface VisibleWindow {
  start: number;
  end: number;
}

/** What a notice offers: an event to open, or whose thread to show. */
export type NoticeOffer = Omit<LinkOffer, 'problem'>;

export interface AppState {
  data: DatasetState;
  filters: Filters;
  /** The view the reader chose; null until they choose, when the screen's width at opening decides. */
  view: ViewMode | null;
  /** The event whose panel is open. */
  selectedId: string | null;
  /**
   * Links to events: the address as written last, but its event (`base`, null until the address is read),
   * and `href`, which gives an event's link from it, `threadHref` the link to its thread (event-href.ts).
   * Set by use-url-sync.ts, and only when `base` changes: opening an event draws no link anew. Functions
   * here, so that the views that draw links need not carry the code that writes addresses.
   */
  eventLinks: {
    base: string | null;
    href: (eventId: string) => string;
    threadHref: (eventId: string) => string;
    /** A "Jump to year" link's address: the list at that year (event-href.ts). */
    yearHref: (year: string) => string;
  };
  /** The timeline's visible range, kept so that it survives data changes and re-mounts. */
  window: VisibleWindow | null;
  /**
   * A window the timeline should move to (from the density strip, a link, Back and Forward); seq makes
   * each request new. `instant`: without the usual ease, as a browser goes back.
   */
  windowRequest: (VisibleWindow & { seq: number; instant?: boolean }) | null;
  /**
   * The timeline should fit the events shown, once drawn: the reader changed the date range, and the
   * events it leaves may all be outside the span the timeline shows. A count, so that each is new.
   */
  fitRequest: number | null;
  /** Short messages for the reader, e.g. about link parameters that were ignored. */
  notices: string[];
  /** The event a notice offers ("Did you mean …?"), to open or to show its thread, by the notice's words. */
  noticeOffers: ReadonlyMap<string, NoticeOffer>;
  /** What a screen reader is told of a change it could not otherwise hear; seq makes each one new. */
  announcement: { text: string; seq: number } | null;
  /**
   * The box last typed into, counted on each keystroke: a burst of typing is one step of history, but a
   * change made otherwise ("Clear all filters") to the same box is a step of its own.
   */
  typing: { box: TypedBox; seq: number } | null;
}

/** The filter boxes that take text a character at a time. */
export type TypedBox = 'q' | 'from' | 'to';

/** The app's one store. Actions are plain functions beside it, so that non-React code can call them. */
export const useAppStore = create<AppState>(() => ({
  data: { status: 'loading', progress: null },
  filters: EMPTY_FILTERS,
  view: null,
  selectedId: null,
  // Replaced as the address is read, before any view is drawn.
  eventLinks: {
    base: null,
    href: (id) => `${window.location.pathname}?event=${encodeURIComponent(id)}`,
    threadHref: (id) => `${window.location.pathname}?thread=${encodeURIComponent(id)}`,
    yearHref: (year) => `${window.location.pathname}?view=list#list-year-${year}`,
  },
  window: null,
  windowRequest: null,
  fitRequest: null,
  notices: [],
  noticeOffers: new Map(),
  announcement: null,
  typing: null,
}));

export const setDataLoading = (progress: number | null) =>
  useAppStore.setState({ data: { status: 'loading', progress } });

export const setDataReady = (dataset: DatasetFile, skipped: SkippedEvent[]) =>
  useAppStore.setState({ data: { status: 'ready', dataset, skipped } });

export const setDataError = (message: string, detail: string, problems?: readonly DatasetProblem[]) =>
  useAppStore.setState({
    data: { status: 'error', message, detail, ...(problems ? { problems } : {}) },
  });

export const selectEvent = (id: string | null) => useAppStore.setState({ selectedId: id });

export const setVisibleWindow = (window: VisibleWindow) => useAppStore.setState({ window });

/** Shows a notice, once; `offer` is an event it offers, to open or to show its thread. */
export const addNotice = (notice: string, offer?: NoticeOffer) =>
  useAppStore.setState((s) =>
    s.notices.includes(notice)
      ? s
      : {
          notices: [...s.notices, notice],
          ...(offer !== undefined
            ? { noticeOffers: new Map(s.noticeOffers).set(notice, { eventId: offer.eventId, as: offer.as }) }
            : {}),
        },
  );

export const dismissNotice = (notice: string) =>
  useAppStore.setState((s) => {
    const noticeOffers = new Map(s.noticeOffers);
    noticeOffers.delete(notice);
    return { notices: s.notices.filter((n) => n !== notice), noticeOffers };
  });

/** Says `text` through the page's live region, once, even when the same words were said before. */
export const announce = (text: string) =>
  useAppStore.setState((s) => ({ announcement: { text, seq: (s.announcement?.seq ?? 0) + 1 } }));

export const setFilters = (patch: Partial<Filters>) =>
  useAppStore.setState((s) => ({ filters: { ...s.filters, ...patch } }));

/** A filter box's value as the reader types it, a keystroke (or a picker's step) at a time. */
export const typeFilter = (box: TypedBox, value: string | null) =>
  useAppStore.setState((s) => ({
    filters: { ...s.filters, [box]: box === 'q' ? (value ?? '') : value },
    typing: { box, seq: (s.typing?.seq ?? 0) + 1 },
  }));

export const toggleFilterValue = (key: ListFilterKey, value: string) =>
  useAppStore.setState((s) => {
    const current = s.filters[key];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    return { filters: { ...s.filters, [key]: next } };
  });

export const setPartyMode = (partyMode: PartyMode) =>
  useAppStore.setState((s) => ({ filters: { ...s.filters, partyMode } }));

/** Asks the timeline to fit the events the filters show (served and cleared by the timeline). */
export const requestFit = () => useAppStore.setState((s) => ({ fitRequest: (s.fitRequest ?? 0) + 1 }));

export const clearFilters = () => useAppStore.setState({ filters: EMPTY_FILTERS });

export const setView = (view: ViewMode) => useAppStore.setState({ view });

/** Asks the timeline to show [start, end], switching to the timeline view if the list is shown. */
export const requestWindow = (window: VisibleWindow) =>
  useAppStore.setState((s) => ({
    windowRequest: { ...window, seq: (s.windowRequest?.seq ?? 0) + 1 },
    view: 'timeline',
  }));
