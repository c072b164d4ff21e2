import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, from the first line of /proc/stat: all of it, and the idle part. */
export interface CpuTimes {
  total: number;
  idle: number;
}

/** Reads the "cpu" line of /proc/stat (user nice system idle iowait irq softirq steal …); null if not one. */
export function parseCpuLine(stat: string): CpuTimes | null {
  const line = stat.split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 5) return null;
  const values = fields.slice(1, 9).map(Number);
  if (values.some((v) => !Number.isFinite(v))) return null;
  // Idle and waiting on I/O are both time no process wanted the CPU for work.
  const idle = values[3]! + (values[4] ?? 0);
  return { total: values.reduce((a, b) => a + b, 0), idle };
}

/** The share of the machine's CPU time left idle between two readings (0 to 1); null without a change. */
export function idleShare(before: CpuTimes, after: CpuTimes): number | null {
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : null;
}

function read(): CpuTimes | null {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine is quiet: half its CPU time idle for two readings `windowMs` apart in a row,
 * or `limitMs` at most. On a 2-core machine the other page's leftover work ran during a step: a page
 * dropped after a timeout, stopped in a long task (the bare timeline's un-filter at 10,000 events runs
 * for 12–28 s), is torn down while the next step runs, and the bare timeline's loads and gestures at
 * 10,000 events go on laying out after they have been timed. Until 29 November 2026 the app's first
 * filter after such work took 42–69 ms where the others took 14–45. Without /proc/stat (not Linux) it
 * waits a fixed 2 s, or `limitMs` if that is less.
 */
export async function cpuSettled(limitMs = 10_000, windowMs = 250): Promise<void> {
  let last = read();
  if (!last) return sleep(Math.min(2000, limitMs));
  let quiet = 0;
  for (let waited = 0; waited < limitMs && quiet < 2; waited += windowMs) {
    await sleep(windowMs);
    const now = read();
    if (!now) return;
    const share = idleShare(last, now);
    last = now;
    quiet = share !== null && share >= 0.5 ? quiet + 1 : 0;
  }
}
