import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../../lib/copy-text';
import { CodeLoadError, importAgain } from '../../lib/import-again';
import type { CitationInput } from './formats/index';
import { textRows } from './text-rows';
import './cite.css';

interface Rendered {
  /** The format's short name: the copy button's and the status's words, and the text box's data-format. */
  label: string;
  /** The block's heading, when it says more than the label (the plain citation's style). */
  heading?: string;
  text: string;
}

// A failed download of the formats is asked for again on the next try (see import-again.ts).
const loadFormats = importAgain(() => import('./formats/index'), { exportName: 'citationText' });

async function renderCitations(input: CitationInput): Promise<Rendered[]> {
  const f = await loadFormats();
  return [
    { label: 'Citation', heading: 'Citation (APA 7th edition)', text: f.citationText(input) },
    { label: 'BibTeX', text: f.citationBibtex(input) },
    { label: 'CSL-JSON', text: f.citationCslJson(input) },
    { label: 'RIS', text: f.citationRis(input) },
  ];
}

function CopyBlock({ label, heading, text }: Rendered) {
  const [copied, setCopied] = useState<boolean | null>(null);
  // Unique in the page: the view's dialog and the event's can both hold a block of each format.
  const id = useId();
  return (
    <section className="cite__block" aria-labelledby={id}>
      <div className="cite__bar">
        <h3 id={id}>{heading ?? label}</h3>
        <button type="button" onClick={async () => setCopied(await copyText(text))}>
          Copy {label}
        </button>
        <span role="status" className="cite__status">
          {copied === true && `${label} copied.`}
          {copied === false && 'The browser refused the clipboard: select the text and copy it.'}
        </span>
      </div>
      <textarea
        className="cite__text"
        data-format={label}
        readOnly
        value={text}
        aria-labelledby={id}
        rows={textRows(text)}
      />
    </section>
  );
}

/**
 * A "Cite" button and the dialog it opens, named by its own heading (the button's words, e.g.
 * "Cite this event"): the formats load only when asked for.
 */
export function CiteButton({ input, label = 'Cite' }: { input: () => CitationInput; label?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [citations, setCitations] = useState<Rendered[] | null>(null);
  const [error, setError] = useState('');
  // Which opening the citations being prepared are for: those of an earlier one, closed before the formats
  // had loaded, must not show when they arrive (they would be another event's until this one's came).
  const opening = useRef(0);

  const open = async () => {
    const current = ++opening.current;
    // A failure or citations of last time (offline, say, or another event) are not this time's.
    setError('');
    setCitations(null);
    // "Try again" asks from inside the open dialog.
    if (!dialog.current?.open) dialog.current?.showModal();
    try {
      const rendered = await renderCitations(input());
      if (current === opening.current) setCitations(rendered);
    } catch (e) {
      if (current === opening.current)
        setError(
          e instanceof CodeLoadError
            ? 'The code for the citations could not be loaded: check the connection, then try again.'
            : `The citation formats could not be loaded: ${String(e)}`,
        );
    }
  };

  const closed = () => {
    opening.current += 1;
    setCitations(null);
  };

  useEffect(() => {
    const el = dialog.current;
    // Escape inside the dialog closes it, not the event panel behind it.
    const stop = (e: KeyboardEvent) => e.key === 'Escape' && e.stopPropagation();
    el?.addEventListener('keydown', stop);
    return () => el?.removeEventListener('keydown', stop);
  }, []);

  return (
    <>
      <button type="button" onClick={() => void open()}>
        {label}
      </button>
      {/* tabIndex -1: when its text is taller than the window, Chromium makes the dialog, a scroll container, a
          Tab stop of its own between the last control and the first; Tab reaches every control, which scrolls
          it into view. */}
      <dialog ref={dialog} className="cite" aria-labelledby={titleId} tabIndex={-1} onClose={closed}>
        <div className="cite__head">
          <h2 id={titleId}>{label}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {error && (
          <>
            <p role="alert">{error}</p>
            <button
              type="button"
              onClick={() => {
                // The button goes with the failure: the focus stays in the dialog, not on the page behind.
                dialog.current?.focus();
                void open();
              }}
            >
              Try again
            </button>
          </>
        )}
        {!citations && !error && <p role="status">Preparing the citations…</p>}
        {citations?.map((c) => (
          <CopyBlock key={c.label} {...c} />
        ))}
      </dialog>
    </>
  );
}
