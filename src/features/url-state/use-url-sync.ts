import { useEffect } from 'react';
import type { DatasetFile } from '../../lib/data/dataset';
import { addNotice, useAppStore, type AppState } from '../../store/app-store';
import { knownValues } from './known-values';
import { parseUrlState, serialiseUrlState, type UrlState } from './url-state';

/** Typing within this time of the last keystroke edits the same history entry. */
const TYPING_BURST_MS = 1200;

const stateOf = (s: AppState): UrlState => ({ filters: s.filters, event: s.selectedId, view: s.view });

function apply(state: UrlState) {
  useAppStore.setState({ filters: state.filters, selectedId: state.event, view: state.view });
}

/**
 * Reads the address into the store as the data arrives, before any view mounts, so that a link to
 * an event or a filter is what the first drawing shows. Bad parameters become notices, and the
 * address is rewritten to what is shown, so that copying it shares a clean link.
 */
export function applyUrlState(dataset: DatasetFile): void {
  const { state, problems } = parseUrlState(window.location.search, knownValues(dataset));
  apply(state);
  if (problems.length > 0) {
    problems.forEach(addNotice);
    const clean = serialiseUrlState(state);
    window.history.replaceState(null, '', `${window.location.pathname}${clean}${window.location.hash}`);
  }
}

/**
 * Keeps the address and the view state in step after the first reading: Back and Forward step
 * through meaningful changes, and a burst of typing is one step.
 */
export function useUrlSync(dataset: DatasetFile): void {
  useEffect(() => {
    const known = knownValues(dataset);

    let lastWasTyping = 0;
    let previous = stateOf(useAppStore.getState());
    const unsubscribe = useAppStore.subscribe((s) => {
      const next = stateOf(s);
      if (next.filters === previous.filters && next.event === previous.event && next.view === previous.view)
        return;
      const onlyTyping =
        next.event === previous.event &&
        next.view === previous.view &&
        serialiseUrlState({ ...next, filters: { ...next.filters, q: '' } }) ===
          serialiseUrlState({ ...previous, filters: { ...previous.filters, q: '' } });
      previous = next;
      const search = serialiseUrlState(next);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const now = Date.now();
      if (onlyTyping && now - lastWasTyping < TYPING_BURST_MS) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastWasTyping = onlyTyping ? now : 0;
    });

    const onPop = () => {
      const { state } = parseUrlState(window.location.search, known);
      previous = state;
      apply(state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [dataset]);
}
