import { useEffect } from 'react';
import { ChronologyList } from '../features/chronology/ChronologyList';
import { ErrorScreen } from '../features/dataset/ErrorScreen';
import { loadDataset } from '../features/dataset/load-dataset';
import { LoadingScreen } from '../features/dataset/LoadingScreen';
import { SkippedNotice } from '../features/dataset/SkippedNotice';
import { formatDateRange } from '../lib/dates/format-partial-date';
import { useAppStore } from '../store/app-store';

export function App() {
  const data = useAppStore((s) => s.data);
  useEffect(() => {
    void loadDataset();
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the chronology
      </a>
      <header className="app-header">
        <h1>Diplomatic Timeline</h1>
        <p className="app-header__tagline">
          The diplomacy of the Russia–Ukraine war, event by event, each linked to its sources.
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        {data.status === 'loading' && <LoadingScreen progress={data.progress} />}
        {data.status === 'error' && (
          <ErrorScreen message={data.message} detail={data.detail} onRetry={() => void loadDataset()} />
        )}
        {data.status === 'ready' && (
          <>
            <p className="dataset-summary" data-testid="dataset-summary">
              {data.dataset.events.length} events
              {data.dataset.events.length > 0 &&
                `, ${formatDateRange(data.dataset.events[0]!.start, data.dataset.events.at(-1)!.start)}`}
              {` · dataset version ${data.dataset.version}`}
            </p>
            <SkippedNotice skipped={data.skipped} />
            <ChronologyList events={data.dataset.events} />
          </>
        )}
      </main>
    </>
  );
}
