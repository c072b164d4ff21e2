import { expect, it } from 'vitest';
import { mapWithConcurrency } from './pool.ts';

it('keeps at most `limit` calls in flight and the results in order', async () => {
  let inFlight = 0;
  let most = 0;
  const results = await mapWithConcurrency([5, 1, 4, 2, 3, 1, 2], 3, async (n, i) => {
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, n * 3));
    inFlight--;
    return `${i}:${n}`;
  });
  expect(most).toBe(3);
  expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:1', '6:2']);
});

it('handles no items', async () => {
  expect(await mapWithConcurrency([], 4, () => Promise.resolve(1))).toEqual([]);
});
