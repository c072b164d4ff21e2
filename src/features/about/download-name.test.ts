import { expect, it } from 'vitest';
import { downloadName } from './download-name';

it('names the dataset file by its version, or plainly when the version is unfit for a file name', () => {
  expect(downloadName('2026.11.29.2')).toBe('diplomatic-timeline-2026.11.29.2.json');
  // The version is the data's own text: a path, markup or a name too long for a file are not copied into it.
  for (const odd of ['../../etc/passwd', '<b>1</b>', 'a b', '', 'x'.repeat(41), '2026\u202E.11'])
    expect(downloadName(odd), odd).toBe('diplomatic-timeline-events.json');
});
