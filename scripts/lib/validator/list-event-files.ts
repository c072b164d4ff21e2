import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ListedFile {
  path: string;
  /** Folder below events/, "" for files placed directly in events/. */
  folder: string;
  /** Deeper than one folder, or not a .json file: reported, not read. */
  misplaced: boolean;
}

/** Every file under the events folder, in a stable order, without following links. */
export function listEventFiles(eventsDir: string): ListedFile[] {
  const out: ListedFile[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const parts = relative(eventsDir, path).split(sep);
        const folder = parts.length === 2 ? parts[0]! : '';
        out.push({ path, folder, misplaced: parts.length > 2 || !entry.name.endsWith('.json') });
      }
    }
  };
  walk(eventsDir);
  return out;
}
