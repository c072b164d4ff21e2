import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { pageTitle } from './page-title';

/** Keeps the document's title on what the page shows: the open event, or an error. */
export function usePageTitle(): void {
  const data = useAppStore((s) => s.data);
  const selectedId = useAppStore((s) => s.selectedId);
  // Looked up when the selection or the data changes, not on each of the store's many updates.
  const title = useMemo(() => {
    if (data.status !== 'ready' || selectedId === null) return pageTitle(data.status);
    return pageTitle('ready', data.dataset.events.find((e) => e.id === selectedId)?.title);
  }, [data, selectedId]);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
