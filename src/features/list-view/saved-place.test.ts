import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { listRows } from './list-rows';
import { readSavedPlace, rowOfSavedPlace, savedPlaceOf, stateWithPlace } from './saved-place';

const at = (id: string, start: string) => ({ id, start }) as unknown as EventRecord;
const events = [
  at('a', '2024'),
  at('b', '2024-03-02'),
  at('c', '2024-03-09'),
  at('d', '2024-07-01'),
  at('e', '2025-01-05'),
];
// 0 y:2024, 1 m:2024, 2 a, 3 m:2024-03, 4 b, 5 c, 6 m:2024-07, 7 d, 8 y:2025, 9 m:2025-01, 10 e
const { rows } = listRows(events);
const without = (id: string) => listRows(events.filter((e) => e.id !== id)).rows;

describe('a reading place kept in the history entry', () => {
  it('names its row by the event or the heading, not by the row’s index, and comes back to it', () => {
    const place = savedPlaceOf(rows, 5, 120)!;
    expect(place).toEqual({ row: 'e:c', month: '2024-03', top: 120 });
    expect(rowOfSavedPlace(rows, place)).toEqual({ row: 5, top: 120 });
    // In a list that gained a row above it, the same event.
    const more = listRows([at('z', '2023-05-01'), ...events]).rows;
    expect(more[rowOfSavedPlace(more, place)!.row]).toMatchObject({ event: { id: 'c' } });
    expect(rowOfSavedPlace(rows, savedPlaceOf(rows, 8, -3)!)).toEqual({ row: 8, top: -3 });
    expect(rowOfSavedPlace(rows, savedPlaceOf(rows, 1, 0)!)).toEqual({ row: 1, top: 0 });
  });

  it('goes to the month of an event no longer listed, or the next month listed, or the end', () => {
    const place = savedPlaceOf(rows, 5, 120)!;
    const noC = without('c');
    expect(noC[rowOfSavedPlace(noC, place)!.row]).toMatchObject({ type: 'month', key: 'm:2024-03' });
    const noMarch = listRows(events.filter((e) => !e.start.startsWith('2024-03'))).rows;
    expect(noMarch[rowOfSavedPlace(noMarch, place)!.row]).toMatchObject({ key: 'm:2024-07' });
    // Nothing as late: the end of the list.
    const lastGone = without('e');
    expect(rowOfSavedPlace(lastGone, savedPlaceOf(rows, 10, 50)!)).toEqual({
      row: lastGone.length - 1,
      top: 50,
    });
    // An event known only to the year, gone: its year's first month.
    const noA = without('a');
    expect(noA[rowOfSavedPlace(noA, savedPlaceOf(rows, 2, 0)!)!.row]).toMatchObject({ key: 'm:2024-03' });
    expect(rowOfSavedPlace([], place)).toBeNull();
  });

  it('is read only when it is one, whatever else the entry holds', () => {
    const place = { row: 'e:c', month: '2024-03', top: 120 };
    expect(readSavedPlace({ listPlace: place })).toEqual(place);
    expect(readSavedPlace({ listPlace: { ...place, month: null } })).toEqual({ ...place, month: null });
    for (const state of [
      null,
      undefined,
      'listPlace',
      42,
      [],
      { listPlace: null },
      { listPlace: 'e:c' },
      { listPlace: { ...place, row: 7 } },
      { listPlace: { ...place, top: Number.NaN } },
      { listPlace: { ...place, top: '120' } },
      { listPlace: { ...place, top: 1e12 } },
      { listPlace: { ...place, month: 2024 } },
      { listPlace: { ...place, row: 'e:' + 'x'.repeat(100_000) } },
    ])
      expect(readSavedPlace(state), JSON.stringify(state)?.slice(0, 80)).toBeNull();
  });

  it('keeps whatever else the entry holds, and an id too long to keep is kept by its month', () => {
    const place = savedPlaceOf(rows, 4, 10)!;
    expect(stateWithPlace({ other: 1 }, place)).toEqual({ other: 1, listPlace: place });
    expect(stateWithPlace(null, place)).toEqual({ listPlace: place });
    expect(stateWithPlace('text', place)).toEqual({ listPlace: place });
    const long = 'x'.repeat(5000);
    const longRows = listRows([at(long, '2024-03-02')]).rows;
    const kept = savedPlaceOf(longRows, 2, 10)!;
    expect(readSavedPlace({ listPlace: kept })).toEqual(kept);
    expect(longRows[rowOfSavedPlace(longRows, kept)!.row]).toMatchObject({ key: 'm:2024-03' });
  });
});
