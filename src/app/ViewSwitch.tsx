import type { ViewMode } from '../features/url-state/url-state';
import { setView } from '../store/app-store';

export function ViewSwitch({ view }: { view: ViewMode }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {(['timeline', 'list'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {v === 'timeline' ? 'Timeline' : 'List'}
        </button>
      ))}
    </div>
  );
}
