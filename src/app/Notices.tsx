import { dismissNotice, useAppStore } from '../store/app-store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="notices">
      <ul>
        {notices.map((n) => (
          <li key={n}>
            {n}{' '}
            <button type="button" className="link-button" onClick={() => dismissNotice(n)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
