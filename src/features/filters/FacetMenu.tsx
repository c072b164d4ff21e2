import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { focusMovedOutside } from '../../lib/dom/focus-moved-outside';
import { toggleFilterValue } from '../../store/app-store';
import type { ListFilterKey } from './filters';
import { formatCount } from '../../lib/text/format-count';

export interface FacetOption {
  value: string;
  label: string;
  /** How many events this choice would give with the other filters kept. */
  count: number;
  mark?: string;
}

const DEFAULT_HINT =
  'The number beside each choice is how many of its events the other menus, the search and the dates ' +
  'let through; choices in one menu add up, so ticking a second one shows the events of either.';

/** One filter as a disclosure of checkboxes, each with the number of events it would give. */
export function FacetMenu({
  title,
  filterKey,
  options,
  selected,
  chosen = `${formatCount(selected.length)} chosen`,
  hint = DEFAULT_HINT,
  hintShown = false,
  children,
}: {
  title: string;
  filterKey: ListFilterKey;
  options: FacetOption[];
  selected: readonly string[];
  /** What the menu's button says of the choices made, when there are any. */
  chosen?: string;
  /** What the number beside each choice means: the choices' description, for a screen reader. */
  hint?: string;
  /**
   * The hint shown to every reader, below `children`, where the numbers mean other than they seem. It
   * stays the one element the description points to, so that a screen reader reads it once.
   */
  hintShown?: boolean;
  /** Controls above the choices, such as how they combine. */
  children?: ReactNode;
}) {
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  // The choices are drawn only while the menu is open: closed, a long list of parties or tags would
  // be updated on every keystroke for nobody.
  const [open, setOpen] = useState(false);
  // A menu closes when the reader clicks elsewhere or presses Escape, as menus do.
  useEffect(() => {
    const close = (e: Event) => {
      const el = details.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
        // Handled: whatever else listens for Escape (the event panel) leaves it alone.
        if (e instanceof KeyboardEvent) e.preventDefault();
        if (e instanceof KeyboardEvent && el.contains(document.activeElement))
          el.querySelector('summary')?.focus();
      }
    };
    // Tabbing on past the last choice left the menu open over the controls the focus went to, and a
    // second menu opened from the keyboard beside it: focus arriving elsewhere closes it, as a click
    // does, which also keeps one menu open at a time. A press on a choice's words first gives the
    // focus to the main area around the menu: that is not leaving it (closing the menu under the
    // pointer then crashed Chromium's renderer).
    const leave = (e: FocusEvent) => {
      const el = details.current;
      if (el?.open && focusMovedOutside(el, e.target)) el.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    document.addEventListener('focusin', leave);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
      document.removeEventListener('focusin', leave);
    };
  }, []);
  return (
    <details
      className="facet"
      data-facet={filterKey}
      ref={details}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      {/* The choices are drawn in the click's own update, before the details element opens: its toggle
          event comes a task later, and a Tab pressed straight after Enter went past a menu still empty. */}
      <summary onClick={() => setOpen(!details.current?.open)}>
        {title}
        {selected.length > 0 && <span className="facet__chosen"> ({chosen})</span>}
      </summary>
      {open && (
        <fieldset className="facet__options" aria-describedby={`${id}-hint`}>
          <legend className="visually-hidden">{title}</legend>
          {children}
          <p id={`${id}-hint`} className={hintShown ? 'facet__hint' : 'visually-hidden'}>
            {hint}
          </p>
          {options.map((o) => (
            <label
              key={o.value}
              className={`facet__option${o.count === 0 && !selected.includes(o.value) ? ' facet__option--empty' : ''}`}
            >
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => toggleFilterValue(filterKey, o.value)}
              />
              {o.mark && (
                <span className={`facet__mark tl--kind-${o.value}`} aria-hidden="true">
                  {o.mark}
                </span>
              )}
              <span className="facet__label">{o.label}</span>
              <span className="facet__count">{formatCount(o.count)}</span>
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
