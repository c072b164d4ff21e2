import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  it('names the dataset version and the number of events in the file', () => {
    expect(exportFileName('2026.11.28.3', 101, 'ics')).toBe(
      'diplomatic-timeline-2026.11.28.3-101-events.ics',
    );
    expect(exportFileName('1', 0, 'csv')).toBe('diplomatic-timeline-1-0-events.csv');
  });
});
