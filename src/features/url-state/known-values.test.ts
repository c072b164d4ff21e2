import { expect, it } from 'vitest';
import { parseDataset } from '../../lib/data/parse-dataset';
import { sampleEvent, sampleFile } from '../../lib/data/sample-dataset.fixture';
import { knownValues } from './known-values';
import { resolveEventId } from './url-state';

it('maps each earlier id to the event that has it now, once per dataset', () => {
  const parsed = parseDataset(
    sampleFile([
      { ...sampleEvent, formerIds: ['2025-05-15-a', '2025-05-a'] },
      { ...sampleEvent, id: '2025-05-17-b', start: '2025-05-17', formerIds: ['2025-05-17-c'] },
      { ...sampleEvent, id: '2025-05-18-d', start: '2025-05-18' },
    ]),
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  const known = knownValues(parsed.dataset);
  expect(known.formerIds).toEqual(
    new Map([
      ['2025-05-15-a', '2025-05-16-a'],
      ['2025-05-a', '2025-05-16-a'],
      ['2025-05-17-c', '2025-05-17-b'],
    ]),
  );
  expect(knownValues(parsed.dataset)).toBe(known);
  expect(resolveEventId('2025-05-16-a', known)).toBe('2025-05-16-a');
  expect(resolveEventId('2025-05-a', known)).toBe('2025-05-16-a');
  expect(resolveEventId('2025-05-17-c', known)).toBe('2025-05-17-b');
  for (const unknown of ['2025-05-19-e', '__proto__', 'constructor', ''])
    expect(resolveEventId(unknown, known)).toBeUndefined();
});
