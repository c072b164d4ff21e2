import { join, relative, sep } from 'node:path';
import { isFolder, pathExists } from '../validator/folder.ts';
import { listEventFiles } from '../validator/list-event-files.ts';
import { readJsonFile } from '../validator/read-json-file.ts';

/** Where an address is cited: file, event id and JSON pointer of the field. */
export interface Citation {
  file: string;
  event: string;
  pointer: string;
}

export interface SourceRef extends Citation {
  url?: string;
  archiveUrl?: string;
}

/** One address to request, with every place that cites it. */
export interface LinkTarget {
  url: string;
  citedBy: Citation[];
}

export interface CollectedSources {
  sources: SourceRef[];
  fileCount: number;
  /** Files that could not be read as JSON: their links are not checked (npm run validate says why). */
  unreadable: string[];
}

/**
 * The sources of one parsed event file. Read loosely, without the schema, so that one broken file does not
 * hide the links of the others.
 */
export function sourcesOf(file: string, value: unknown): SourceRef[] {
  if (value === null || typeof value !== 'object') return [];
  const { id, sources } = value as { id?: unknown; sources?: unknown };
  if (!Array.isArray(sources)) return [];
  const event = typeof id === 'string' ? id : '';
  return sources.flatMap((s: unknown, i) => {
    if (s === null || typeof s !== 'object') return [];
    const { url, archiveUrl } = s as { url?: unknown; archiveUrl?: unknown };
    return [
      {
        file,
        event,
        pointer: `/sources/${i}`,
        ...(typeof url === 'string' ? { url } : {}),
        ...(typeof archiveUrl === 'string' ? { archiveUrl } : {}),
      },
    ];
  });
}

export function readSources(dataDir: string, displayRoot = process.cwd()): CollectedSources {
  const eventsDir = join(dataDir, 'events');
  // Thrown as a sentence for the command to print: readdir's own error would be "ENOTDIR: …, scandir …".
  if (!isFolder(eventsDir))
    throw new Error(
      `${eventsDir} ${pathExists(eventsDir) ? 'is not a folder' : 'is missing'}: is --data the data folder?`,
    );
  const files = listEventFiles(eventsDir).filter((f) => !f.misplaced);
  const sources: SourceRef[] = [];
  const unreadable: string[] = [];
  for (const f of files) {
    const display = relative(displayRoot, f.path).split(sep).join('/');
    const read = readJsonFile(f.path, display);
    if (read.ok) sources.push(...sourcesOf(display, read.value));
    else unreadable.push(display);
  }
  return { sources, fileCount: files.length, unreadable };
}

/** Every source and archive address once, in order of first citation, so that no page is asked twice. */
export function linkTargets(sources: readonly SourceRef[]): LinkTarget[] {
  const byUrl = new Map<string, LinkTarget>();
  const add = (url: string, citation: Citation) => {
    const target = byUrl.get(url) ?? { url, citedBy: [] };
    target.citedBy.push(citation);
    byUrl.set(url, target);
  };
  for (const s of sources) {
    const cite = (field: string): Citation => ({
      file: s.file,
      event: s.event,
      pointer: `${s.pointer}/${field}`,
    });
    if (s.url !== undefined) add(s.url, cite('url'));
    if (s.archiveUrl !== undefined) add(s.archiveUrl, cite('archiveUrl'));
  }
  return [...byUrl.values()];
}

export interface MissingArchive extends Citation {
  url: string;
}

export function sourcesWithoutArchive(sources: readonly SourceRef[]): MissingArchive[] {
  return sources
    .filter((s) => s.url !== undefined && s.archiveUrl === undefined)
    .map((s) => ({ file: s.file, event: s.event, pointer: s.pointer, url: s.url! }));
}
