import { ErrorScreen } from '../features/dataset/ErrorScreen';
import { loadDataset } from '../features/dataset/load-dataset';
import { LoadingScreen } from '../features/dataset/LoadingScreen';
import { useAppStore } from '../store/app-store';
import { AboutData } from '../features/about/AboutData';
import { ErrorBoundary } from './ErrorBoundary';
import { usePageTitle } from './use-page-title';
import { Workspace } from './Workspace';

export function App() {
  const data = useAppStore((s) => s.data);
  usePageTitle();

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
          <ErrorBoundary>
            <Workspace dataset={data.dataset} skipped={data.skipped} />
          </ErrorBoundary>
        )}
      </main>
      {data.status === 'ready' && <AboutData dataset={data.dataset} />}
    </>
  );
}
