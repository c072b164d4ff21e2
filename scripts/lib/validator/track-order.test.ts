import { expect, it } from 'vitest';
import { formatProblem } from './format-problems.ts';
import { sharedTrackOrders } from './track-order.ts';

it('names each track that takes an order already given, with the track that has it', () => {
  const tracks = {
    a: { name: 'A', order: 0 },
    b: { name: 'B', order: 1 },
    c: { name: 'C', order: 1 },
    d: { name: 'D', order: 1 },
  };
  expect(sharedTrackOrders('vocabulary.json', { tracks }).map(formatProblem)).toEqual([
    'vocabulary.json: /tracks/c/order: is 1, as is the order of the track "b": the timeline would put their two lanes in either order; give each track an order of its own, e.g. 2 to put "c" last',
    'vocabulary.json: /tracks/d/order: is 1, as is the order of the track "b": the timeline would put their two lanes in either order; give each track an order of its own, e.g. 2 to put "d" last',
  ]);
});

it('leaves tracks of their own orders alone, and what the schema refuses to the schema', () => {
  const tracks = { a: { order: 0 }, b: { order: 2 }, c: { order: '2' }, d: null, e: {} };
  expect(sharedTrackOrders('v.json', { tracks })).toEqual([]);
  expect(sharedTrackOrders('v.json', { tracks: {} })).toEqual([]);
  expect(sharedTrackOrders('v.json', null)).toEqual([]);
  expect(sharedTrackOrders('v.json', { tracks: 'x' })).toEqual([]);
});
