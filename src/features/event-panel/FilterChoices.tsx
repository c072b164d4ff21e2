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
      {values.map((value) => (
        <li key={value}>
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
        </li>
      ))}
    </ul>
  );
}
