import { setDataError, setDataLoading, setDataReady } from '../../store/app-store';
import { applyUrlState } from '../url-state/use-url-sync';
import { DatasetLoadError, fetchDataset } from './fetch-dataset';

/** How long the data waits for code that is still on its way before the workspace is shown anyway. */
export const WAIT_FOR_CODE_MS = 250;

/**
 * Loads the dataset into the store; a failure ends on the error screen, never on a blank page.
 *
 * `alongside` is code the first view needs (the timeline's). When it arrives with the data, or soon
 * after, the workspace is drawn once, whole, rather than drawn and then drawn again around the
 * timeline. It is never waited for longer than WAIT_FOR_CODE_MS after the data, so that a slow or
 * failed download shows the workspace with the view's own placeholder (or error) instead of the
 * loading screen.
 */
export async function loadDataset(alongside?: Promise<unknown>): Promise<void> {
  setDataLoading(null);
  try {
    const { dataset, skipped } = await fetchDataset((fraction) => setDataLoading(fraction));
    if (alongside) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        alongside.catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, WAIT_FOR_CODE_MS))),
      ]);
      clearTimeout(timer);
    }
    applyUrlState(dataset, skipped);
    setDataReady(dataset, skipped);
  } catch (e) {
    if (e instanceof DatasetLoadError) setDataError(e.message, e.detail, e.problems);
    else setDataError('Something went wrong while loading the data.', String(e));
  }
}
