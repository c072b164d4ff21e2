/** The event's parties or tags, each a button that filters the events by it. */
export function FilterChoices({
  values,
  label,
  what,
  onChoose,
}: {
  values: readonly string[];
  label: (value: string) => string;
  what: 'party' | 'tag';
  onChoose: (value: string) => void;
}) {
  return (
    <ul className="panel__choices">
      {values.map((value, i) => (
        <li key={value}>
          {/* The comma in the text, held to its party or tag: drawn by CSS, it began the next line when the
              line broke there, and it was lost from the text copied ("RussiaUkraineTürkiye"). */}
          <span className="panel__choice">
            <button
              type="button"
              className="link-button"
              // The words shown, and what pressing does (WCAG 2.5.3: the name holds the visible label).
              aria-label={`${label(value)}: filter by this ${what}`}
              title={`Filter the events by this ${what}`}
              onClick={() => onChoose(value)}
            >
              {label(value)}
            </button>
            {i < values.length - 1 && ','}
          </span>{' '}
        </li>
      ))}
    </ul>
  );
}
