import { join } from 'node:path';
import { expect, it } from 'vitest';
import { eventId, eventPath } from './event-path.ts';

it('begins the id with the start date at its precision', () => {
  expect(eventId('2025-05-16', 'istanbul-talks')).toBe('2025-05-16-istanbul-talks');
  expect(eventId('2025-10', 'budapest-summit')).toBe('2025-10-budapest-summit');
  expect(eventId('2025', 'talks')).toBe('2025-talks');
});

it('puts the file in the folder of its start year', () => {
  expect(eventPath('data', '2025-10-budapest-summit')).toBe(
    join('data', 'events', '2025', '2025-10-budapest-summit.json'),
  );
});
