import { expect, it } from 'vitest';
import { sortRows, tableLines } from './stats-table.ts';

it('sorts "Sources per event" by the number, not as text', () => {
  const counts = new Map([
    ['11 sources', 1],
    ['2 sources', 40],
    ['1 source', 90],
    ['3 sources', 12],
  ]);
  expect(tableLines('Sources per event', counts)).toEqual([
    'Sources per event',
    '  1 source             90',
    '  2 sources            40',
    '  3 sources            12',
    '  11 sources            1',
  ]);
});

it('sorts years by label and other tables by count, largest first, ties by label', () => {
  expect(
    sortRows(
      new Map([
        ['2025', 3],
        ['2022', 5],
      ]),
      'key',
    ),
  ).toEqual([
    ['2022', 5],
    ['2025', 3],
  ]);
  expect(
    sortRows(
      new Map([
        ['summit', 2],
        ['call', 9],
        ['meeting', 2],
      ]),
      'count',
    ),
  ).toEqual([
    ['call', 9],
    ['meeting', 2],
    ['summit', 2],
  ]);
});
