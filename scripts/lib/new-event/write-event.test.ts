import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeNewEvent } from './write-event.ts';

const dir = mkdtempSync(join(tmpdir(), 'dt-write-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes the file and its year folder', () => {
  const path = join(dir, 'a/events/2025/x.json');
  expect(writeNewEvent(path, '{}\n')).toEqual({ ok: true });
  expect(readFileSync(path, 'utf8')).toBe('{}\n');
});

it('never writes over a file, and says that it exists', () => {
  const path = join(dir, 'b/events/2025/x.json');
  writeNewEvent(path, 'first\n');
  expect(writeNewEvent(path, 'second\n')).toMatchObject({ ok: false, exists: true });
  expect(readFileSync(path, 'utf8')).toBe('first\n');
});

it('names the file that stands where a folder should be, at any level', () => {
  mkdirSync(join(dir, 'c/events'), { recursive: true });
  writeFileSync(join(dir, 'c/events/2025'), '');
  expect(writeNewEvent(join(dir, 'c/events/2025/x.json'), '{}\n')).toEqual({
    ok: false,
    exists: false,
    blocker: join(dir, 'c/events/2025'),
  });
  mkdirSync(join(dir, 'd'));
  writeFileSync(join(dir, 'd/events'), '');
  expect(writeNewEvent(join(dir, 'd/events/2025/x.json'), '{}\n')).toEqual({
    ok: false,
    exists: false,
    blocker: join(dir, 'd/events'),
  });
});
