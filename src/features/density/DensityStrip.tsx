import { memo, useMemo, useState } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import type { EventKind } from '../../lib/data/event.generated';
import { KIND_LABELS } from '../../lib/data/labels';
import { formatPartialDate } from '../../lib/dates/format-partial-date';
import { eventCount, isOrAre } from '../../lib/text/count-phrase';
import { useValueAfterPaint } from '../../lib/react/use-value-after-paint';
import { announce, requestWindow, useAppStore } from '../../store/app-store';
import { monthlyDensity, type MonthBucket, type YearCount } from './density-buckets';
import './density.css';

const KINDS = Object.keys(KIND_LABELS) as EventKind[];
const COLUMN = 10;
const HEIGHT = 48;

// The same few dozen months are labelled after every filter change: format each once.
const monthLabels = new Map<string, string>();
const monthLabel = (key: string) => {
  let label = monthLabels.get(key);
  if (label === undefined) {
    const [year, month] = key.split('-').map(Number) as [number, number];
    label = formatPartialDate({ year, month, precision: 'month' });
    monthLabels.set(key, label);
  }
  return label;
};

/** "2023 (2), 2024 (1)" */
const yearCounts = (years: readonly YearCount[]) => years.map((y) => `${y.year} (${y.count})`).join(', ');

function monthWindow(key: string) {
  const [year, month] = key.split('-').map(Number) as [number, number];
  // A few days either side, so the month's first and last events are not on the edge.
  return {
    start: new Date(year, month - 1, 1).getTime() - 3 * 864e5,
    end: new Date(year, month, 1).getTime() + 3 * 864e5,
  };
}

/**
 * Moves the timeline to a month (from the list too, which it replaces), and says so: the move is seen,
 * not heard, and the focus stays where it was.
 */
function showMonth(m: MonthBucket) {
  requestWindow(monthWindow(m.month));
  announce(`The timeline shows ${monthLabel(m.month)}: ${eventCount(m.total)}.`);
}

/**
 * Events per month, stacked by kind, for the events the filters show. A picture for the eye and a
 * table for everyone; either zooms the timeline to a month.
 */
export default function DensityStrip({
  events,
  onMonth,
  titleHidden = false,
}: {
  events: readonly EventRecord[];
  /**
   * What a click on a month of the chart does instead of zooming the timeline: in the list view it
   * brings the list to that month ("2025-10"), and the table offers the same to the keyboard. `focus`
   * says the request came from the table, whose button would otherwise keep the focus far from the month.
   */
  onMonth?: (month: string, focus: boolean) => void;
  /** The title is kept for assistive technology only, where a summary above already names the chart. */
  titleHidden?: boolean;
}) {
  // A chart beside the views, not the result itself: it follows a filter change in a render of its
  // own, once the timeline and the list have shown the result.
  return <DensityChart events={useValueAfterPaint(events)} onMonth={onMonth} titleHidden={titleHidden} />;
}

const DensityChart = memo(function DensityChart({
  events,
  onMonth,
  titleHidden,
}: {
  events: readonly EventRecord[];
  onMonth: ((month: string, focus: boolean) => void) | undefined;
  titleHidden: boolean;
}) {
  const density = useMemo(() => monthlyDensity(events), [events]);
  const visible = useAppStore((s) => s.window);
  const [tableOpen, setTableOpen] = useState(false);
  const months = density.months;
  const max = Math.max(1, ...months.map((m) => m.total));
  const busiest = [...months].sort((a, b) => b.total - a.total)[0];

  if (months.length === 0) {
    if (density.yearOnly.length === 0) return null;
    // Every event shown is dated only to a year: no month to draw, and an empty space would say nothing.
    const n = density.yearOnly.reduce((sum, y) => sum + y.count, 0);
    return (
      <section className="density" aria-labelledby="density-title">
        <h2 id="density-title" className={titleHidden ? 'visually-hidden' : 'density__title'}>
          Events per month
        </h2>
        <p className="density__note">
          No month to chart: the {eventCount(n)} shown {isOrAre(n)} dated only to the year —{' '}
          {yearCounts(density.yearOnly)}.
        </p>
      </section>
    );
  }
  const inView = (m: MonthBucket) => {
    // The tint is the timeline's window: in the list (onMonth set) the timeline is not shown, and the
    // months it last showed would read as the list's place.
    if (!visible || onMonth) return false;
    const w = monthWindow(m.month);
    return w.end > visible.start && w.start < visible.end;
  };
  const summary = `${eventCount(events.length)} from ${monthLabel(months[0]!.month)} to ${monthLabel(months.at(-1)!.month)}; the busiest month is ${busiest ? `${monthLabel(busiest.month)} with ${eventCount(busiest.total)}` : 'none'}.`;

  return (
    <section className="density" aria-labelledby="density-title">
      <h2 id="density-title" className={titleHidden ? 'visually-hidden' : 'density__title'}>
        Events per month
      </h2>
      <svg
        className="density__chart"
        viewBox={`0 0 ${months.length * COLUMN} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="density-svg-title density-svg-desc"
      >
        <title id="density-svg-title">Events per month, stacked by kind</title>
        <desc id="density-svg-desc">{summary} The numbers are in the table below the chart.</desc>
        {months.map((m, i) => {
          let y = HEIGHT;
          return (
            // Mouse shortcut only: the table below offers the same action to the keyboard.
            <g
              key={m.month}
              className={inView(m) ? 'density__month density__month--in-view' : 'density__month'}
              onClick={() => (onMonth ? onMonth(m.month, false) : showMonth(m))}
              data-month={m.month}
            >
              <rect className="density__hit" x={i * COLUMN} y={0} width={COLUMN} height={HEIGHT} />
              {KINDS.map((kind) => {
                const n = m.byKind[kind];
                if (!n) return null;
                const h = (n / max) * (HEIGHT - 2);
                y -= h;
                return (
                  <rect
                    key={kind}
                    className={`density__bar tl--kind-${kind}`}
                    x={i * COLUMN + 1}
                    y={y}
                    width={COLUMN - 2}
                    height={h}
                  />
                );
              })}
              <title>{`${monthLabel(m.month)}: ${eventCount(m.total)}`}</title>
            </g>
          );
        })}
      </svg>
      <div className="density__axis" aria-hidden="true">
        <span>{monthLabel(months[0]!.month)}</span>
        <span>{monthLabel(months.at(-1)!.month)}</span>
      </div>
      <details className="density__numbers" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Show the numbers</summary>
        {/* Drawn only while open: it would otherwise be rebuilt, unseen, after every filter change. */}
        {tableOpen && (
          <table>
            <caption className="visually-hidden">Events per month by kind</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Events</th>
                <th scope="col">By kind</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {months
                .filter((m) => m.total > 0)
                .map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td>{m.total}</td>
                    <td>
                      {KINDS.filter((k) => m.byKind[k] > 0)
                        .map((k) => `${KIND_LABELS[k]} ${m.byKind[k]}`)
                        .join(', ')}
                    </td>
                    <td>
                      {onMonth && (
                        <>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onMonth(m.month, true)}
                          >
                            Go to {monthLabel(m.month)} in the list
                          </button>
                          <br />
                        </>
                      )}
                      <button type="button" className="link-button" onClick={() => showMonth(m)}>
                        Show {monthLabel(m.month)} on the timeline
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
        {density.yearOnly.length > 0 && <p>Known only to the year: {yearCounts(density.yearOnly)}.</p>}
      </details>
    </section>
  );
});
