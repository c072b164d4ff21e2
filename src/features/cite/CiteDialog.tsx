import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../../lib/copy-text';
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

async function renderCitations(input: CitationInput): Promise<Rendered[]> {
  const f = await import('./formats/index');
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

  const open = async () => {
    dialog.current?.showModal();
    // A failure last time (offline, say) is not this time's.
    setError('');
    try {
      setCitations(await renderCitations(input()));
    } catch (e) {
      setError(String(e));
    }
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
      <dialog ref={dialog} className="cite" aria-labelledby={titleId} onClose={() => setCitations(null)}>
        <div className="cite__head">
          <h2 id={titleId}>{label}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {error && <p role="alert">The citation formats could not be loaded: {error}</p>}
        {!citations && !error && <p role="status">Preparing the citations…</p>}
        {citations?.map((c) => (
          <CopyBlock key={c.label} {...c} />
        ))}
      </dialog>
    </>
  );
}
