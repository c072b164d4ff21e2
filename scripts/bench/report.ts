import type { Cell, MeasureId } from './cells.ts';
import type { ScriptSizes } from '../lib/bundle/initial-js.ts';
import type { SizeResult } from './measure-size.ts';
import type { ValidateBenchResult } from './validate-bench.ts';

export interface Ratio {
  value: number;
  /** "<": the baseline timed out, so the true ratio is lower; ">": the app timed out. */
  bound?: '<' | '>';
}

export interface MeasureRow {
  size: number;
  id: MeasureId;
  label: string;
  unit: 'ms' | 'MB';
  app: Cell;
  baseline: Cell;
  /** app / baseline, from the same run. */
  ratio: { median: Ratio | null; p95: Ratio | null };
}

export interface Results {
  date: string;
  durationSeconds: number;
  machine: Record<string, string | number | boolean>;
  options: Record<string, unknown>;
  initialJs: {
    app: ScriptSizes;
    baseline: ScriptSizes;
    ratio: number;
    appWideScreen: ScriptSizes | null;
    appPhone: ScriptSizes | null;
  };
  validator: ValidateBenchResult | null;
  sizes: Omit<SizeResult, 'cells'>[];
  measures: MeasureRow[];
}

/** The rows of the printed table; results.json has every measure, these and the rest. */
const TABLE: { id: MeasureId; label: string; unit: 'ms' | 'MB'; spread: boolean }[] = [
  { id: 'load.firstItem', label: 'load: first item visible', unit: 'ms', spread: false },
  { id: 'load.interactive', label: 'load: interactive', unit: 'ms', spread: false },
  // Before 28 November 2026 "first item visible" counted this: see docs/performance.md, "A fifth look".
  { id: 'load.firstDrawn', label: 'load: first item drawn, placed or not', unit: 'ms', spread: false },
  { id: 'heap', label: 'JS heap after load', unit: 'MB', spread: false },
  { id: 'filter.query', label: 'search: filter', unit: 'ms', spread: true },
  { id: 'unfilter.query', label: 'search: clear', unit: 'ms', spread: true },
  { id: 'filter.kind', label: 'kind: filter', unit: 'ms', spread: true },
  { id: 'unfilter.kind', label: 'kind: clear', unit: 'ms', spread: true },
  { id: 'list.filter.query', label: 'list, search: filter', unit: 'ms', spread: true },
  { id: 'list.unfilter.query', label: 'list, search: clear', unit: 'ms', spread: true },
  { id: 'list.filter.kind', label: 'list, kind: filter', unit: 'ms', spread: true },
  { id: 'list.unfilter.kind', label: 'list, kind: clear', unit: 'ms', spread: true },
  { id: 'frames.zoom', label: 'zoom: frame', unit: 'ms', spread: true },
  { id: 'frames.pan', label: 'pan: frame', unit: 'ms', spread: true },
];
const OTHER: { id: MeasureId; label: string }[] = [
  { id: 'load.ready', label: 'load: controls ready' },
  { id: 'load.dataFetched', label: 'load: data fetched' },
];

function ratio(app: Cell, base: Cell, key: 'median' | 'p95'): Ratio | null {
  const a = app[key];
  const b = base[key];
  if (app.status === 'ok' && base.status === 'ok' && a !== null && b !== null && b > 0)
    return { value: a / b };
  if (app.status === 'ok' && a !== null && base.status === 'timeout' && base.limitMs)
    return { value: a / base.limitMs, bound: '<' };
  if (app.status === 'timeout' && app.limitMs && base.status === 'ok' && b !== null && b > 0)
    return { value: app.limitMs / b, bound: '>' };
  return null;
}

export function measureRows(sizes: SizeResult[]): MeasureRow[] {
  const defs = [
    ...TABLE.map(({ id, label, unit }) => ({ id, label, unit })),
    ...OTHER.map((o) => ({ ...o, unit: 'ms' as const })),
  ];
  return sizes.flatMap((s) =>
    defs.map(({ id, label, unit }) => {
      const app = s.cells.app[id];
      const baseline = s.cells.baseline[id];
      return {
        size: s.size,
        id,
        label,
        unit,
        app,
        baseline,
        ratio: { median: ratio(app, baseline, 'median'), p95: ratio(app, baseline, 'p95') },
      };
    }),
  );
}

export function formatValue(v: number, unit: 'ms' | 'MB'): string {
  if (unit === 'MB') return `${v.toFixed(1)} MB`;
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v < 10) return `${v.toFixed(1)} ms`;
  return `${Math.round(v).toLocaleString('en')} ms`;
}

function formatCell(cell: Cell, unit: 'ms' | 'MB', spread: boolean): string {
  if (cell.status === 'timeout') return `timeout (> ${Math.round((cell.limitMs ?? 0) / 1000)} s)`;
  if (cell.status === 'error') return 'error';
  if (cell.median === null) return '—';
  const main = formatValue(cell.median, unit);
  return spread && cell.p95 !== null ? `${main} / ${formatValue(cell.p95, unit)}` : main;
}

// Two decimals, or two significant digits below 0.1, so that a bound like "<0.0048×" does not read "<0.00×".
const formatRatio = (r: Ratio | null) =>
  r ? `${r.bound ?? ''}${r.value >= 0.1 ? r.value.toFixed(2) : r.value.toPrecision(2)}×` : '—';

/** A Markdown table, aligned so that it reads as well in a terminal as in docs/performance.md. */
export function formatTable(rows: MeasureRow[]): string {
  const lines: string[][] = [['Measure', 'Events', 'App', 'Baseline', 'App / baseline']];
  for (const def of TABLE) {
    for (const row of rows.filter((r) => r.id === def.id)) {
      const r = def.spread
        ? `${formatRatio(row.ratio.median)} / ${formatRatio(row.ratio.p95)}`
        : formatRatio(row.ratio.median);
      lines.push([
        def.label,
        row.size.toLocaleString('en'),
        formatCell(row.app, def.unit, def.spread),
        formatCell(row.baseline, def.unit, def.spread),
        r,
      ]);
    }
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) =>
    `| ${l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`;
  return [fmt(lines[0]!), rule, ...lines.slice(1).map(fmt)].join('\n');
}

/** Footnotes: every cell's notes (budget reached, skipped steps, unexpected counts), one line per reason. */
export function formatNotes(rows: MeasureRow[]): string[] {
  const grouped = new Map<string, string[]>();
  for (const row of rows)
    for (const variant of ['app', 'baseline'] as const)
      for (const note of row[variant].notes ?? []) {
        const key = `${row.size.toLocaleString('en')} events, ${variant}: ${note}`;
        grouped.set(key, [...(grouped.get(key) ?? []), row.label]);
      }
  return [...grouped].map(([key, labels]) => {
    const [where, note] = key.split(/: (.*)/s) as [string, string];
    return `${where}, ${labels.join('; ')}: ${note}`;
  });
}

export function formatSummary(results: Results): string {
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const { app, baseline, ratio: jsRatio, appWideScreen, appPhone } = results.initialJs;
  const lines = [
    `Initial JavaScript (gzip): app ${kB(app.gzipBytes)}, baseline ${kB(baseline.gzipBytes)}, ${jsRatio.toFixed(2)}× (target ≤ 200 kB for the app)`,
  ];
  if (appWideScreen)
    lines.push(
      `On a wide screen the app also fetches the timeline's code at once: ${kB(appWideScreen.gzipBytes)} in all, ${(appWideScreen.gzipBytes / baseline.gzipBytes).toFixed(2)}× the baseline's`,
    );
  if (appPhone) lines.push(`On a phone it fetches the list's code instead: ${kB(appPhone.gzipBytes)} in all`);
  const busy = results.sizes.filter((s) => Math.max(...s.loadAverage) > Number(results.machine.cpus));
  if (busy.length > 0)
    lines.push(
      `The machine was busy (1-minute load average above its ${results.machine.cpus} CPUs at ${busy
        .map((s) => `${s.size.toLocaleString('en')}: ${s.loadAverage.map((l) => l.toFixed(1)).join('→')}`)
        .join(', ')}): read the ratios rather than the absolute times.`,
    );
  const v = results.validator;
  if (v)
    lines.push(
      `Validator, ${v.count.toLocaleString('en')} files: median ${(v.median / 1000).toFixed(2)} s over ${v.samples.length} runs (target < 5 s)`,
    );
  return lines.join('\n');
}
