import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ListedFile {
  path: string;
  /** Folder below events/, "" for files placed directly in events/. */
  folder: string;
  /** Not read as an event but reported, for the reason in `why`. */
  misplaced: boolean;
  /**
   * "place": deeper than one folder, or not a .json file; "link": a symbolic link (to a file, a folder or
   * nothing); "hidden": a name starting with "." (.DS_Store, .gitkeep, an editor's swap file), file or folder;
   * "folder": a folder named as an event file is ("<id>.json"), which would otherwise pass unseen when empty;
   * "special": a named pipe, socket or device, which git cannot hold and reading could block on.
   */
  why?: 'place' | 'link' | 'hidden' | 'folder' | 'special';
}

/** Every file under the events folder, in a stable order, without following links. */
export function listEventFiles(eventsDir: string): ListedFile[] {
  const out: ListedFile[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const parts = relative(eventsDir, path).split(sep);
      const folder = parts.length === 2 ? parts[0]! : '';
      if (entry.name.startsWith('.')) out.push({ path, folder, misplaced: true, why: 'hidden' });
      else if (entry.isSymbolicLink()) out.push({ path, folder, misplaced: true, why: 'link' });
      else if (entry.isDirectory() && entry.name.endsWith('.json'))
        out.push({ path, folder, misplaced: true, why: 'folder' });
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const misplaced = parts.length > 2 || !entry.name.endsWith('.json');
        out.push({ path, folder, misplaced, ...(misplaced ? { why: 'place' as const } : {}) });
      } else out.push({ path, folder, misplaced: true, why: 'special' });
    }
  };
  walk(eventsDir);
  return out;
}
