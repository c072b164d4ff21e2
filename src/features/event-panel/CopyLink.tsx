import { useState } from 'react';
import { copyText } from '../../lib/copy-text';
import { eventPermalink } from '../../lib/permalink';

/** Copies the event's permalink; where the clipboard is refused, shows the address to copy by hand. */
export function CopyLink({ id }: { id: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const link = eventPermalink(id);
  return (
    <div className="copy-link">
      <button type="button" onClick={async () => setState((await copyText(link)) ? 'copied' : 'manual')}>
        Copy link to this event
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' && 'Link to this event copied.'}
      </span>
      {state === 'manual' && (
        <label className="copy-link__manual">
          <span>Copy this link:</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
