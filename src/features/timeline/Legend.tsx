import { KIND_MARKS } from '../../lib/data/kind-marks';
import { KIND_LABELS } from '../../lib/data/labels';
import type { EventKind } from '../../lib/data/event.generated';

/** What the marks, colours and outlines mean: shapes and words, never colour alone. */
export function Legend() {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul className="legend__list">
        {(Object.keys(KIND_MARKS) as EventKind[]).map((kind) => (
          <li key={kind} className={`legend__item tl--kind-${kind}`}>
            <span className="legend__mark" aria-hidden="true">
              {KIND_MARKS[kind]}
            </span>
            {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <ul className="legend__list">
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--held" aria-hidden="true" /> Held
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--pending" aria-hidden="true" /> Planned or postponed
          (dashed)
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--cancelled" aria-hidden="true" /> Cancelled (hatched,
          struck through)
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--period" aria-hidden="true" /> Date known only to the
          month or year (faded band)
        </li>
      </ul>
    </details>
  );
}
