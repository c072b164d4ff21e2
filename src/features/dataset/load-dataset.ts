import { setDataError, setDataLoading, setDataReady } from '../../store/app-store';
import { applyUrlState } from '../url-state/use-url-sync';
import { DatasetLoadError, fetchDataset } from './fetch-dataset';

/**
 * Loads the dataset into the store; a failure ends on the error screen, never on a blank page.
 *
 * `alongside` is code the first view needs (the timeline's): the workspace appears once both have
 * arrived, so that it is drawn once, whole, rather than drawn and then drawn again around the
 * timeline. Its failure does not stop the data: the view that needed it reports it.
 */
export async function loadDataset(alongside?: Promise<unknown>): Promise<void> {
  setDataLoading(null);
  try {
    const [{ dataset, skipped }] = await Promise.all([
      fetchDataset((fraction) => setDataLoading(fraction)),
      alongside?.catch(() => undefined),
    ]);
    applyUrlState(dataset);
    setDataReady(dataset, skipped);
  } catch (e) {
    if (e instanceof DatasetLoadError) setDataError(e.message, e.detail);
    else setDataError('Something went wrong while loading the data.', String(e));
  }
}
