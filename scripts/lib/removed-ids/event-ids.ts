import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { listEventFiles } from '../validator/list-event-files.ts';

/** The events folder, relative to the repository root. */
export const EVENTS_DIR = 'data/events';

/**
 * What the build publishes as the dataset, relative to the repository root: the events and the vocabulary (in
 * events.json, the vocabulary also as the CSV's party names) and the event schema (event.schema.json, which says
 * what a downloaded event may hold). A change to any is a new dataset version. The vocabulary's own schema is
 * not published: it only checks the vocabulary file.
 */
export const PUBLISHED_DATA: readonly string[] = [
  `${EVENTS_DIR}/`,
  'data/vocabulary.json',
  'data/schema/event.schema.json',
];

/** Runs git in `repo` and returns its output; throws with git's own message when it fails. */
function git(repo: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd: repo,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function tryGit(repo: string, args: string[]): string | undefined {
  try {
    return git(repo, args).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** The root of the work tree that holds `dir`, or undefined outside a git repository. */
export function repositoryRoot(dir: string): string | undefined {
  return tryGit(dir, ['rev-parse', '--show-toplevel']);
}

/** Those of `refs` (full names, "refs/heads/main") that exist in `repo`. */
export function existingRefs(repo: string, refs: readonly string[]): Set<string> {
  const out = tryGit(repo, ['for-each-ref', '--format=%(refname)', ...refs]) ?? '';
  return new Set(out.split('\n').filter((line) => line !== ''));
}

/** The commit a revision names, or undefined when git does not know it. */
export function resolveCommit(repo: string, rev: string): string | undefined {
  // "--end-of-options" keeps a revision that starts with "-" from being read as an option.
  return (
    tryGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]) || undefined
  );
}

/** The newest commit that both have, or undefined when they share none (or a shallow clone lacks it). */
export function mergeBase(repo: string, a: string, b = 'HEAD'): string | undefined {
  return tryGit(repo, ['merge-base', a, b]) || undefined;
}

export function isShallow(repo: string): boolean {
  return tryGit(repo, ['rev-parse', '--is-shallow-repository']) === 'true';
}

/**
 * The id an event file's text gives, or its file name when the text is not an event (the validator says why),
 * and the ids it lists in formerIds.
 */
function readEvent(text: string, path: string): { id: string; formerIds: string[] } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { id, formerIds } = value as Record<string, unknown>;
      const former = Array.isArray(formerIds) ? formerIds.filter((f) => typeof f === 'string') : [];
      if (typeof id === 'string' && id !== '') return { id, formerIds: former };
    }
  } catch {
    // Not JSON: fall through to the file name.
  }
  return { id: basename(path, '.json'), formerIds: [] };
}

function addId(ids: Map<string, string>, id: string, path: string) {
  if (!ids.has(id)) ids.set(id, path);
}

/**
 * Event id → file (relative to the repository root) for every .json file under data/events at a commit,
 * read with git: the work tree plays no part.
 */
export function idsAtRevision(repo: string, rev: string): Map<string, string> {
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', rev, '--', `${EVENTS_DIR}/`]).toString(
    'utf8',
  );
  const blobs: { sha: string; path: string }[] = [];
  for (const row of listing.split('\0')) {
    // "<mode> <type> <sha>\t<path>"; a symbolic link (120000) is not an event file.
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(row);
    if (!match || match[2] !== 'blob' || match[1] === '120000' || !match[4]!.endsWith('.json')) continue;
    blobs.push({ sha: match[3]!, path: match[4]! });
  }
  blobs.sort((a, b) => a.path.localeCompare(b.path));
  const ids = new Map<string, string>();
  if (blobs.length === 0) return ids;
  // One git process for all the files: "<sha> blob <size>\n<content>\n" for each.
  const out = git(repo, ['cat-file', '--batch'], blobs.map((b) => `${b.sha}\n`).join(''));
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(10, at);
    const header = out.subarray(at, headerEnd).toString('utf8').split(' ');
    if (header[0] !== blob.sha || header[1] !== 'blob')
      throw new Error(`git cat-file: unexpected ${header.join(' ')}`);
    const size = Number(header[2]);
    const text = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    at = headerEnd + 1 + size + 1;
    addId(ids, readEvent(text, blob.path).id, blob.path);
  }
  return ids;
}

/** A file's text at a commit, or undefined when it was not there. */
export function fileAtRevision(repo: string, rev: string, path: string): string | undefined {
  try {
    return git(repo, ['show', `${rev}:${path}`]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The event files of the work tree now: which id each file holds, and which old ids lead to which event. */
export interface CurrentEvents {
  /** Event id → file (relative to the repository root). */
  ids: Map<string, string>;
  /** An id listed in an event's formerIds → that event's id and file (the first file, should two list it). */
  formerIds: Map<string, { id: string; file: string }>;
}

/**
 * The ids of every .json file under data/events in the work tree, wherever it sits (a misplaced file still
 * holds its id), and the former ids they list. Symbolic links and hidden files are skipped, as the validator
 * does.
 */
export function currentEvents(root: string): CurrentEvents {
  const ids = new Map<string, string>();
  const formerIds = new Map<string, { id: string; file: string }>();
  const eventsDir = join(root, EVENTS_DIR);
  if (!existsSync(eventsDir)) return { ids, formerIds };
  for (const item of listEventFiles(eventsDir)) {
    if (item.why === 'hidden' || item.why === 'link' || !item.path.endsWith('.json')) continue;
    const path = relative(root, item.path).split('\\').join('/');
    let text: string;
    try {
      text = readFileSync(item.path, 'utf8');
    } catch {
      text = '';
    }
    const event = readEvent(text, path);
    addId(ids, event.id, path);
    for (const old of event.formerIds)
      if (!formerIds.has(old)) formerIds.set(old, { id: event.id, file: path });
  }
  return { ids, formerIds };
}

/**
 * The files under `paths` (folders written with a final "/", or single files) that differ between the commit
 * `rev` and the work tree: added, changed or deleted, committed or not, untracked files included (ignored ones
 * not). Paths relative to the repository root, sorted.
 */
export function changedFiles(repo: string, rev: string, paths: readonly string[]): string[] {
  const list = (args: string[]) =>
    git(repo, args)
      .toString('utf8')
      .split('\0')
      .filter((path) => path !== '');
  const tracked = list(['diff', '--name-only', '-z', '--no-renames', rev, '--', ...paths]);
  const untracked = list(['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...paths]);
  return [...new Set([...tracked, ...untracked])].sort();
}
