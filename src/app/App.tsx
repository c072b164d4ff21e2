import { useRef } from 'react';
import { ErrorScreen } from '../features/dataset/ErrorScreen';
import { loadDataset } from '../features/dataset/load-dataset';
import { LoadingScreen } from '../features/dataset/LoadingScreen';
import { eventCount } from '../lib/text/count-phrase';
import { announce, useAppStore } from '../store/app-store';
import { ErrorBoundary } from './ErrorBoundary';
import { skipToEventsTarget } from './skip-to-events';
import { usePageTitle } from './use-page-title';
import { Workspace } from './Workspace';
import { AboutData } from './on-demand-views';
import { ViewBoundary } from './ViewBoundary';

export function App() {
  const data = useAppStore((s) => s.data);
  const heading = useRef<HTMLHeadingElement>(null);
  const announcement = useAppStore((s) => s.announcement);
  usePageTitle();

  const retry = async () => {
    // "Try again" leaves the page with the error screen, and the focus would fall to the page: it
    // goes to the top of the page, from where the next Tab reaches the workspace once it is drawn.
    heading.current?.focus();
    await loadDataset();
    const now = useAppStore.getState().data;
    // The load is said aloud, as the error was. Failed again, the error screen says so itself.
    if (now.status === 'ready') announce(`The data has loaded: ${eventCount(now.dataset.events.length)}.`);
  };

  return (
    <>
      {/* The search box is the next Tab stop after this link: what a keyboard must get past is the
          filter bar and the tools between it and the chronology. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          skipToEventsTarget()?.focus();
        }}
      >
        Skip to events
      </a>
      <header className="app-header">
        <h1 ref={heading} tabIndex={-1}>
          Diplomatic Timeline
        </h1>
        <p className="app-header__tagline">
          The diplomacy of the Russia–Ukraine war, event by event, each linked to its sources.
        </p>
        {/* The app's one announcer, always in the page, so that a screen reader hears the words arrive;
            each announcement is a new node, so that the same words said twice are heard twice. */}
        <p className="visually-hidden" role="status">
          {announcement && <span key={announcement.seq}>{announcement.text}</span>}
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        {data.status === 'loading' && <LoadingScreen progress={data.progress} />}
        {data.status === 'error' && (
          <ErrorScreen
            message={data.message}
            detail={data.detail}
            problems={data.problems}
            onRetry={() => void retry()}
          />
        )}
        {data.status === 'ready' && (
          <ErrorBoundary>
            <Workspace dataset={data.dataset} skipped={data.skipped} />
          </ErrorBoundary>
        )}
      </main>
      {data.status === 'ready' && (
        <ViewBoundary part="the facts about the data" compact>
          <AboutData dataset={data.dataset} fallback={null} />
        </ViewBoundary>
      )}
    </>
  );
}
