import { setDataError, setDataLoading, setDataReady } from '../../store/app-store';
import { applyUrlState } from '../url-state/use-url-sync';
import { DatasetLoadError, fetchDataset } from './fetch-dataset';

/** Loads the dataset into the store; a failure ends on the error screen, never on a blank page. */
export async function loadDataset(): Promise<void> {
  setDataLoading(null);
  try {
    const { dataset, skipped } = await fetchDataset((fraction) => setDataLoading(fraction));
    applyUrlState(dataset);
    setDataReady(dataset, skipped);
  } catch (e) {
    if (e instanceof DatasetLoadError) setDataError(e.message, e.detail);
    else setDataError('Something went wrong while loading the data.', String(e));
  }
}
