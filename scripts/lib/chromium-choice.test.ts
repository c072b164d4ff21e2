import { describe, expect, it } from 'vitest';
import { chooseChromium, type PathKind } from './chromium-choice.ts';

/** A machine whose files are the given paths; Playwright's own browser at `playwright` when given. */
function machine(files: Record<string, PathKind>, playwright?: string) {
  return {
    kindOf: (path: string): PathKind => files[path] ?? 'missing',
    playwrightPath: () => playwright,
  };
}

const withSystem = machine({ '/usr/bin/chromium': 'executable' });

/** What the tests are told when CHROMIUM_PATH cannot be used; fails when another browser is chosen instead. */
function refusal(path: string, m: ReturnType<typeof machine>): string {
  const decision = chooseChromium(path, m);
  expect(decision.kind).toBe('unusable');
  return decision.kind === 'unusable' ? decision.message : '';
}

describe('chooseChromium', () => {
  it('uses the browser CHROMIUM_PATH names when it is an executable file', () => {
    const m = machine({ '/opt/chrome/chrome': 'executable', '/usr/bin/chromium': 'executable' });
    expect(chooseChromium('/opt/chrome/chrome', m)).toEqual({
      kind: 'found',
      choice: { executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' },
    });
  });

  it('stops, rather than using another browser, when CHROMIUM_PATH names nothing', () => {
    const message = refusal('/nonexistent', withSystem);
    expect(message).toContain('CHROMIUM_PATH=/nonexistent');
    expect(message).toContain('does not exist');
    // What to do: point it at a browser, or unset it to use the one that would be found.
    expect(message).toContain('unset CHROMIUM_PATH');
    expect(message).toContain('/usr/bin/chromium');
  });

  it('stops when CHROMIUM_PATH names a file that cannot be run', () => {
    const m = machine({ '/home/me/chrome.zip': 'not-executable' });
    const message = refusal('/home/me/chrome.zip', m);
    expect(message).toContain('is not executable');
    expect(message).toContain('chmod +x /home/me/chrome.zip');
  });

  it('stops when CHROMIUM_PATH names a folder, saying so', () => {
    const m = machine({ '/opt/chrome': 'directory' });
    const message = refusal('/opt/chrome', m);
    expect(message).toContain('is a folder');
  });

  it('says how to get a browser when CHROMIUM_PATH is wrong and there is no other', () => {
    const message = refusal('/nonexistent', machine({}));
    expect(message).toContain('npx playwright install chromium');
  });

  it('without CHROMIUM_PATH (or with it empty) prefers Playwright’s Chromium, then the system’s', () => {
    const both = machine({ '/pw/chrome': 'executable', '/usr/bin/chromium': 'executable' }, '/pw/chrome');
    expect(chooseChromium(undefined, both)).toEqual({ kind: 'found', choice: { source: 'playwright' } });
    expect(chooseChromium('', withSystem)).toEqual({
      kind: 'found',
      choice: { executablePath: '/usr/bin/chromium', source: 'system' },
    });
    expect(chooseChromium(undefined, machine({}))).toEqual({ kind: 'none' });
  });
});
