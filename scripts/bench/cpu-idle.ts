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
 * Waits until a page that was dropped has let go of the CPU: its renderer, stopped in a long task (the
 * bare timeline's un-filter at 10,000 events runs for 12–28 s), is torn down after the step that timed
 * out, and the next page's step ran while it was, on a 2-core machine. Until 29 November 2026 the
 * app's first filter after the baseline's timeout took 57–69 ms where the others took 20–45. Returns
 * once half the machine has been idle for two readings in a row, or after `limitMs`; without
 * /proc/stat (not Linux) it waits a fixed 2 s.
 */
export async function cpuSettled(limitMs = 10_000, windowMs = 250): Promise<void> {
  let last = read();
  if (!last) return sleep(2000);
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
