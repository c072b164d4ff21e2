import type { Filters, ListFilterKey } from '../filters/filters';
import { announce, useAppStore } from '../../store/app-store';

/**
 * Narrows the view to a value the open event has (a party, a tag), keeping the other filters; says so,
 * in `said`'s words for the filters it leaves.
 */
export function addToFilter(key: ListFilterKey, value: string, said: (filters: Filters) => string): void {
  useAppStore.setState((s) =>
    s.filters[key].includes(value) ? s : { filters: { ...s.filters, [key]: [...s.filters[key], value] } },
  );
  announce(said(useAppStore.getState().filters));
}
