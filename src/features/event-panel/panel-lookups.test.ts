import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { panelLookups } from './panel-lookups';

describe('panelLookups', () => {
  const event = (id: string, related?: EventRecord['related']): EventRecord =>
    ({ id, start: id.slice(0, 10), title: id, related }) as unknown as EventRecord;
  const a = event('2025-05-16-a', [{ id: '2025-06-02-b', relation: 'led-to' }]);
  const b = event('2025-06-02-b');

  it('finds every event by id and the events that link to each', () => {
    const { byId, backlinks } = panelLookups([a, b]);
    expect(byId.get('2025-06-02-b')).toBe(b);
    expect(backlinks.get('2025-06-02-b')).toEqual([{ from: '2025-05-16-a', relation: 'led-to' }]);
  });

  it('is built once per dataset, so that opening another event does not walk them all again', () => {
    const events = [a, b];
    expect(panelLookups(events)).toBe(panelLookups(events));
    // Another dataset (an update) gets its own.
    const updated = [a];
    expect(panelLookups(updated)).not.toBe(panelLookups(events));
    expect(panelLookups(updated).byId.has('2025-06-02-b')).toBe(false);
  });
});
