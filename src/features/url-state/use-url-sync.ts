import { useEffect } from 'react';
import type { DatasetFile } from '../../lib/data/dataset';
import type { SkippedEvent } from '../../lib/data/parse-dataset';
import { addNotice, useAppStore, type AppState, type TypedBox } from '../../store/app-store';
import { eventHref, threadHref, yearHref } from './event-href';
import { knownValues, NONE_SKIPPED } from './known-values';
import { readStepWindow, stateWithStepWindow } from './step-window';
import {
  parseUrlState,
  serialiseUrlState,
  spanText,
  withImpliedView,
  type ReadLink,
  type TimeSpan,
  type UrlState,
} from './url-state';

/** Typing within this time of the last keystroke in the same box edits the same history entry. */
const TYPING_BURST_MS = 1200;

/** The boxes typed into a character at a time: the search, and the months (a year typed as 0002, 0020, 0202…). */
const TYPED: readonly TypedBox[] = ['q', 'from', 'to'];

/** The one typed box a change is confined to, if it is: a burst of such changes is one step of history. */
function typedBox(previous: UrlState, next: UrlState): TypedBox | null {
  if (next.event !== previous.event || next.view !== previous.view) return null;
  const changed = TYPED.filter((key) => next.filters[key] !== previous.filters[key]);
  if (changed.length !== 1) return null;
  const box = changed[0]!;
  const rest = (state: UrlState) => serialiseUrlState({ ...state, filters: { ...state.filters, [box]: '' } });
  return rest(next) === rest(previous) ? box : null;
}

const stateOf = (s: AppState, span: TimeSpan | null): UrlState => ({
  filters: s.filters,
  event: s.selectedId,
  view: s.view,
  span,
});

/**
 * Links to events from the address's state (AppState.eventLinks), when it differs from theirs: every
 * drawn title is a link, and one that gets the same address is not drawn anew.
 */
function newEventLinks(
  state: UrlState,
  current: AppState['eventLinks'],
): Pick<AppState, 'eventLinks'> | null {
  const base = { ...state, event: null };
  const search = serialiseUrlState(base);
  if (search === current.base) return null;
  return {
    eventLinks: {
      base: search,
      href: (id) => eventHref(base, id, window.location.pathname),
      threadHref: (id) => threadHref(base, id, window.location.pathname),
      yearHref: (year) => yearHref(base, year, window.location.pathname),
    },
  };
}

type WindowRequest = NonNullable<AppState['windowRequest']>;

/** A request for the timeline to show `span`, new (by its seq) against every one before it. */
const windowRequestFor = (span: TimeSpan, instant = false): WindowRequest => ({
  ...span,
  seq: (useAppStore.getState().windowRequest?.seq ?? 0) + 1,
  ...(instant ? { instant } : {}),
});

function apply(state: UrlState, windowRequest: WindowRequest | null, popped = false) {
  // The timeline opens on a requested window, or moves to it when it is already drawn. Not through
  // requestWindow, which also switches to the timeline (as the density strip wants): a link to the
  // list with a span reopens on the list. One update, so that the history listener never sees a view
  // the address does not name and pushes it as a new step.
  useAppStore.setState((s) => ({
    filters: state.filters,
    selectedId: state.event,
    view: state.view,
    ...(windowRequest ? { windowRequest } : {}),
    // A fit asked for by the step left (a new date range, from the list) is not this step's.
    ...(popped ? { fitRequest: null } : {}),
    ...newEventLinks(state, s.eventLinks),
  }));
}

/**
 * Whether the address says more or other than what is shown: a parameter left out or read otherwise
 * (said in a notice), or an id tidied or forwarded (the address then holds the id).
 */
const needsTidying = (read: ReadLink) =>
  read.problems.length > 0 || read.formerId !== undefined || read.tidiedEvent || read.rewrittenThread;

/** Shows what became of the address's parameters, and writes the address as what is shown. */
function announce({ state, problems, offers }: ReadLink) {
  for (const problem of problems)
    addNotice(
      problem,
      offers?.find((o) => o.problem === problem),
    );
  const clean = serialiseUrlState(state);
  // The same step, its address tidied: what the step holds (the list's reading place) stays with it.
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${clean}${window.location.hash}`,
  );
}

/**
 * Reads the address into the store as the data arrives, before any view mounts, so that a link to
 * an event or a filter is what the first drawing shows. Bad parameters become notices, and the
 * address is rewritten to what is shown, so that copying it shares a clean link.
 */
export function applyUrlState(dataset: DatasetFile, skipped: readonly SkippedEvent[] = NONE_SKIPPED): void {
  const read = parseUrlState(window.location.search, knownValues(dataset, skipped));
  const state = withImpliedView(read.state);
  // A reload (or a return from another site) of a step with no span: the window the step showed, kept in
  // its history entry, not where a link with its address opens (around its event, on its filters' fit).
  // Not after a dataset update, when the window kept may hold none of the events it showed.
  const kept = state.span ? null : readStepWindow(window.history.state, dataset.version);
  apply(state, state.span ? windowRequestFor(state.span) : kept && windowRequestFor(kept, true));
  // An event id with a full stop after it, or in capitals, opens its event; the address then holds the id.
  if (needsTidying(read)) announce(read);
}

/**
 * Keeps the address and the view state in step after the first reading: Back and Forward step
 * through meaningful changes, and a burst of typing is one step.
 */
export function useUrlSync(dataset: DatasetFile, skipped: readonly SkippedEvent[] = NONE_SKIPPED): void {
  useEffect(() => {
    const known = knownValues(dataset, skipped);
    const { version } = dataset;
    // Each step is drawn anew, the list bringing its open event on screen: the browser's own restoring of
    // a step's scroll would undo that, and the position it saved is the next step's (the address is
    // written a frame after the change is drawn).
    window.history.scrollRestoration = 'manual';

    // The visible span joins the address once the reader has moved the timeline away from where it
    // opened (or when the link named one): a plain link stays plain until then.
    let spanShown = parseUrlState(window.location.search, known).state.span !== null;
    // Where the timeline opened, and the window the current step shows while no span joins its address:
    // where it opened, or the window a step reached by Back or Forward kept in its history entry.
    let opening: TimeSpan | null = null;
    let plain: TimeSpan | null = null;
    // A window asked for after these (the density strip's month) is a move, even when it is where a
    // timeline not yet drawn, opened from the list, first opens. The address asks for its own: the
    // link's span, and a step's window on Back or Forward.
    const ownRequests = new WeakSet<WindowRequest>();
    const linkRequest = useAppStore.getState().windowRequest;
    if (linkRequest) ownRequests.add(linkRequest);
    // Back or Forward to a step moves the timeline to the step's window, and the timeline tells where it
    // arrived a moment later: till then the step keeps its own span, or none, not the window it was left on.
    let arriving: { request: WindowRequest; from: AppState['window']; span: TimeSpan | null } | null = null;
    const arrived = (s: AppState, { request, from }: NonNullable<typeof arriving>) => {
      const served = s.windowRequest !== request;
      // Another request (the density strip's) is a move of its own.
      if (served && s.windowRequest) return true;
      // The first window after it was served is where it went, or where the reader took it since.
      return s.window !== from && (served || spanText(s.window) === spanText(request));
    };
    const spanOf = (s: AppState): TimeSpan | null => {
      if (arriving) {
        if (!arrived(s, arriving)) return arriving.span;
        arriving = null;
      }
      if (s.windowRequest && !ownRequests.has(s.windowRequest)) spanShown = true;
      // A link to the list keeps its span while the timeline is not drawn: the span it asked for.
      const span = s.window ?? s.windowRequest;
      if (!span) return null;
      opening ??= { start: span.start, end: span.end };
      plain ??= opening;
      if (spanText(span) !== spanText(plain)) spanShown = true;
      return spanShown ? { start: span.start, end: span.end } : null;
    };

    let lastTyped: { box: TypedBox | null; at: number } = { box: null, at: 0 };
    let lastTyping = useAppStore.getState().typing;
    let previous = stateOf(useAppStore.getState(), spanOf(useAppStore.getState()));
    // The address is written just after the change is drawn, not before: history.pushState costs a
    // few milliseconds, which a filter change at 10,000 events cannot spare. Changes made before the
    // write are one history step, a push if any of them was one.
    let pending: { url: string; push: boolean; state: UrlState } | null = null;
    let scheduled = false;
    // Each new step's entry keeps the window it shows (see step-window.ts); the step the timeline first
    // opened on is given it once it is known. An entry that has one keeps it.
    let openingKept = false;
    const keepOpening = () => {
      if (openingKept || !opening) return;
      openingKept = true;
      if (!plain || readStepWindow(window.history.state, version)) return;
      try {
        window.history.replaceState(stateWithStepWindow(window.history.state, plain, version), '');
      } catch {
        // Rewritten too often for the browser (Safari): a reload then opens as a link does.
      }
    };
    const write = () => {
      scheduled = false;
      keepOpening();
      if (!pending) return;
      const { url, push, state } = pending;
      pending = null;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        // A new step starts with nothing of the one before but its window; the same step keeps what it holds.
        if (push) window.history.pushState(plain && stateWithStepWindow(null, plain, version), '', url);
        else window.history.replaceState(window.history.state, '', url);
      }
      // The links to events follow the address, written by now: they too wait for the change to be drawn.
      const links = newEventLinks(state, useAppStore.getState().eventLinks);
      if (links) useAppStore.setState(links);
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      // A task queued from a frame callback runs once that frame is on screen.
      requestAnimationFrame(() => setTimeout(write, 0));
    };
    const unsubscribe = useAppStore.subscribe((s) => {
      const next = stateOf(s, spanOf(s));
      if (opening && !openingKept) schedule();
      const sameView =
        next.filters === previous.filters && next.event === previous.event && next.view === previous.view;
      if (sameView && spanText(next.span) === spanText(previous.span)) return;
      // Typing, and not another change to the same box (a link, "Clear all filters"), which is a step of its own.
      const keystroke = s.typing !== lastTyping ? s.typing : null;
      lastTyping = s.typing;
      const box = sameView ? null : typedBox(previous, next);
      const typed = box !== null && keystroke?.box === box ? box : null;
      previous = next;
      const url = `${window.location.pathname}${serialiseUrlState(next)}${window.location.hash}`;
      const now = Date.now();
      // Moving the timeline edits the current step: Back goes to the previous filters, not the previous pan.
      const burst = typed !== null && typed === lastTyped.box && now - lastTyped.at < TYPING_BURST_MS;
      const push = !sameView && !burst;
      pending = { url, push: push || (pending?.push ?? false), state: next };
      if (!sameView) lastTyped = { box: typed, at: now };
      schedule();
    });

    const onPop = () => {
      // The address the reader went back or forward to wins over a change not yet written.
      pending = null;
      const read = parseUrlState(window.location.search, known);
      const state = withImpliedView(read.state);
      // What is applied, implied view included: the listener then sees no change to push as a step.
      previous = state;
      // The window the step showed: its span, or with none the one its entry kept (else the one the
      // timeline opened on), as the span joins a step only once the window leaves that. Not the fit of a
      // date range or a thread left behind, which the step would otherwise keep, and write into its address.
      spanShown = state.span !== null;
      plain = readStepWindow(window.history.state, version) ?? opening;
      const target = state.span ?? plain;
      const now = useAppStore.getState().window;
      const there = target && now && now.start === target.start && now.end === target.end;
      // At once, as a browser goes back: no move of the step left may be reported after it.
      const request = target && !there ? windowRequestFor(target, true) : null;
      if (request) {
        ownRequests.add(request);
        arriving = { request, from: now, span: state.span };
      } else arriving = null;
      apply(state, request, true);
      // A step written before the data changed (an id renamed, a tag gone) or by hand: what it cannot use is
      // said, and the address tidied in place, as on a first load. Said once: the step's address then holds
      // none of it.
      if (needsTidying(read)) announce(read);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      write();
      window.removeEventListener('popstate', onPop);
    };
  }, [dataset, skipped]);
}
