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

/**
 * The JavaScript every first visit downloads before anything runs: the module scripts and module
 * preloads named in the built index.html. Chunks loaded on demand are not counted, which is the point.
 */
export function initialJs(distDir: string, base = '/'): ScriptSizes {
  return measure(distDir, entryFiles(distDir, base));
}

/**
 * What a first visit on a wide screen downloads at once: the initial JavaScript and the timeline's
 * chunk, which start-early.ts requests beside the data (a phone opens on the list and does not).
 * Null when the build has no such chunk (the baseline page).
 */
export function wideScreenJs(distDir: string, base = '/'): ScriptSizes | null {
  const assets = join(distDir, 'assets');
  let chunk: string | undefined;
  try {
    chunk = readdirSync(assets).find((name) => WIDE_SCREEN_CHUNK.test(name));
  } catch {
    return null;
  }
  return chunk ? measure(distDir, [...entryFiles(distDir, base), `assets/${chunk}`]) : null;
}
