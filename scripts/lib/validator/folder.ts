import { existsSync, lstatSync, statSync } from 'node:fs';

/**
 * Whether `path` is a folder, following links. Never throws: a link that leads back to itself (ELOOP) or a
 * path through a file (ENOTDIR) is simply not a folder, for the caller to say so in words.
 */
export function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** Whether anything is at `path`, a link to nothing or to itself included. Never throws. */
export function pathExists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** Why `path`, given as a folder, is not one: "it is a file, not a folder" or "there is no such folder". */
export function notAFolder(path: string): string {
  // existsSync follows links: one that leads nowhere, or back to itself, is no folder at all.
  return existsSync(path) && !isFolder(path) ? 'it is a file, not a folder' : 'there is no such folder';
}
