import { expect, it } from 'vitest';
import { idleShare, parseCpuLine } from './cpu-idle';

it('reads the machine-wide cpu line of /proc/stat, idle and I/O wait counting as idle', () => {
  const stat = 'cpu  100 5 50 800 20 0 5 0 0 0\ncpu0 50 2 25 400 10 0 2 0 0 0\nintr 1 2 3\n';
  expect(parseCpuLine(stat)).toEqual({ total: 980, idle: 820 });
});

it('is null for anything else', () => {
  expect(parseCpuLine('')).toBeNull();
  expect(parseCpuLine('cpu0 1 2 3 4 5')).toBeNull();
  expect(parseCpuLine('cpu 1 2 x 4 5')).toBeNull();
});

it('gives the idle share of the time between two readings', () => {
  // One of two cores busy for the whole window: half idle.
  expect(idleShare({ total: 1000, idle: 500 }, { total: 1200, idle: 600 })).toBe(0.5);
  expect(idleShare({ total: 1000, idle: 500 }, { total: 1200, idle: 500 })).toBe(0);
  expect(idleShare({ total: 1000, idle: 500 }, { total: 1000, idle: 500 })).toBeNull();
});
