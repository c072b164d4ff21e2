import { readFileSync } from 'node:fs';

export interface BuildStep {
  /** What a newcomer is told while it runs. */
  label: string;
  /** A shell command. */
  command: string;
}

const LABELS: readonly [RegExp, string][] = [
  [/^npm run (-s )?validate\b/, 'Validating the data'],
  [/^tsc\b/, 'Type-checking'],
  [/^vite build\b/, 'Bundling'],
];

/**
 * package.json's build script as the steps it chains with `&&`, each with a label, so that `npm start`
 * can say which one it is in: validate and `tsc -b` print nothing for most of a minute. Read from the
 * script rather than repeated here, so the two cannot drift apart. A script that is more than a plain
 * `&&` chain runs whole, as one step, because splitting it would change what it does.
 */
export function buildSteps(script: string): BuildStep[] {
  if (/[|;&()`$<>\n'"\\]/.test(script.replaceAll('&&', ''))) return [{ label: 'Building', command: script }];
  return script.split('&&').map((part) => {
    const command = part.trim();
    const label = LABELS.find(([pattern]) => pattern.test(command))?.[1] ?? command;
    return { label, command };
  });
}

/** The build script of package.json in the current directory. */
export const packageBuildScript = (): string =>
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build;
