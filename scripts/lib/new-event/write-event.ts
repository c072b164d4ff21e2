import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathExists } from '../validator/folder.ts';

export type WriteResult = { ok: true } | { ok: false; exists: boolean; blocker?: string; code?: string };

/** The nearest folder on the way to `path` that is in fact a file, which keeps the event from being written. */
function fileInTheWay(path: string): string | undefined {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const stat = statSync(dir, { throwIfNoEntry: false });
      if (stat) return stat.isDirectory() ? undefined : dir;
    } catch {
      // ENOTDIR: the file is further up.
    }
  }
  return undefined;
}

/**
 * Writes the new event file and its year folder, never over a file that exists; says why it could not, for a
 * message in words rather than Node's exception (a year folder that is a file gave "EEXIST: … mkdir").
 */
export function writeNewEvent(path: string, text: string): WriteResult {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx" fails if the file appeared meanwhile, so that nothing is ever overwritten.
    writeFileSync(path, text, { flag: 'wx' });
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const blocker = fileInTheWay(path);
    if (blocker !== undefined) return { ok: false, exists: false, blocker };
    return { ok: false, exists: code === 'EEXIST' && pathExists(path), ...(code ? { code } : {}) };
  }
}
