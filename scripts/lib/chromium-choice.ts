/**
 * Which Chromium the end-to-end tests, the screenshot and the benchmarks use: the one `CHROMIUM_PATH` names,
 * else Playwright's own, else the system's. A `CHROMIUM_PATH` that names no runnable file is an error, not a
 * reason to take another browser: whoever set it wants that one. Pure: the file system comes in as a probe.
 */
export interface ChromiumChoice {
  /** undefined: Playwright's own browser, which needs no path. */
  executablePath?: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

export type PathKind = 'missing' | 'directory' | 'not-executable' | 'executable';

export interface ChromiumProbe {
  kindOf(path: string): PathKind;
  /** Where Playwright's own Chromium would be; undefined when this Playwright has none registered. */
  playwrightPath(): string | undefined;
}

export type ChromiumDecision =
  { kind: 'found'; choice: ChromiumChoice } | { kind: 'none' } | { kind: 'unusable'; message: string };

export const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

const WHAT_IS_WRONG: Record<Exclude<PathKind, 'executable'>, string> = {
  missing: 'does not exist',
  directory: 'is a folder, not the browser’s executable file',
  'not-executable': 'is not executable',
};

function otherChromium(probe: ChromiumProbe): ChromiumChoice | null {
  const playwright = probe.playwrightPath();
  if (playwright && probe.kindOf(playwright) === 'executable') return { source: 'playwright' };
  const system = SYSTEM_PATHS.find((p) => probe.kindOf(p) === 'executable');
  return system ? { executablePath: system, source: 'system' } : null;
}

function unusableMessage(path: string, kind: Exclude<PathKind, 'executable'>, other: ChromiumChoice | null) {
  const lines = [
    `CHROMIUM_PATH=${path}: it ${WHAT_IS_WRONG[kind]}.`,
    'The browser CHROMIUM_PATH names is the one used, and no other is taken in its place. Either:',
    kind === 'not-executable'
      ? `  chmod +x ${path}   (if it is the browser), or`
      : '  set CHROMIUM_PATH to the full path of a Chromium or Chrome executable, e.g. /usr/bin/chromium, or',
    other
      ? `  unset CHROMIUM_PATH   to use ${other.executablePath ?? 'Playwright’s own Chromium'}`
      : '  unset CHROMIUM_PATH and get a Chromium: npx playwright install chromium (or sudo apt-get install chromium)',
  ];
  return lines.join('\n');
}

export function chooseChromium(chromiumPath: string | undefined, probe: ChromiumProbe): ChromiumDecision {
  if (chromiumPath) {
    const kind = probe.kindOf(chromiumPath);
    if (kind === 'executable')
      return { kind: 'found', choice: { executablePath: chromiumPath, source: 'CHROMIUM_PATH' } };
    return { kind: 'unusable', message: unusableMessage(chromiumPath, kind, otherChromium(probe)) };
  }
  const other = otherChromium(probe);
  return other ? { kind: 'found', choice: other } : { kind: 'none' };
}
