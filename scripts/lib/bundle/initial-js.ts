import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSizes {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** The chunk src/app/start-early.ts asks for beside the data on a wide screen: the timeline's code. */
export const WIDE_SCREEN_CHUNK = /^TimelineView-[\w-]+\.js$/;

function measure(distDir: string, files: string[]): ScriptSizes {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    bytes += content.byteLength;
    gzipBytes += gzipSync(content).byteLength;
  }
  return { files, bytes, gzipBytes };
}

/** The module scripts and module preloads named in the built index.html, as paths inside `distDir`. */
function entryFiles(distDir: string, base: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /type="module"/.test(tag) || /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if (isModule && url && !/^[a-z]+:/i.test(url))
      files.add(url.startsWith(base) ? url.slice(base.length) : url);
  }
  return [...files];
}

export interface BuildScripts {
  /**
   * The JavaScript every first visit downloads before anything runs: the module scripts and module
   * preloads named in the built index.html. Chunks loaded on demand are not counted, which is the point.
   */
  initial: ScriptSizes;
  /**
   * What a first visit on a wide screen downloads at once: the initial JavaScript and the timeline's
   * chunk, which start-early.ts requests beside the data (a phone opens on the list and does not).
   * Null when the build has no such chunk (the baseline page).
   */
  wideScreen: ScriptSizes | null;
}

export function buildScripts(distDir: string, base = '/'): BuildScripts {
  const entry = entryFiles(distDir, base);
  const initial = measure(distDir, entry);
  let chunk: string | undefined;
  try {
    chunk = readdirSync(join(distDir, 'assets')).find((name) => WIDE_SCREEN_CHUNK.test(name));
  } catch {
    // No assets folder: no chunk.
  }
  if (!chunk) return { initial, wideScreen: null };
  const extra = measure(distDir, [`assets/${chunk}`]);
  return {
    initial,
    wideScreen: {
      files: [...initial.files, ...extra.files],
      bytes: initial.bytes + extra.bytes,
      gzipBytes: initial.gzipBytes + extra.gzipBytes,
    },
  };
}
