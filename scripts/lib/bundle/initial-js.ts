import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSizes {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The chunk src/app/start-early.ts asks for beside the data, by the view the page opens on: the
 * timeline's code on a wide screen, the list's on a phone.
 */
export const OPENING_CHUNK = { wideScreen: /^TimelineView-[\w-]+\.js$/, phone: /^ListView-[\w-]+\.js$/ };

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
   * What a first visit downloads at once on a wide screen (the initial JavaScript and the timeline's
   * chunk) and on a phone (the initial JavaScript and the list's). Null when the build has no such chunk
   * (the baseline page).
   */
  wideScreen: ScriptSizes | null;
  phone: ScriptSizes | null;
}

export function buildScripts(distDir: string, base = '/'): BuildScripts {
  const entry = entryFiles(distDir, base);
  const initial = measure(distDir, entry);
  let assets: string[] = [];
  try {
    assets = readdirSync(join(distDir, 'assets'));
  } catch {
    // No assets folder: no chunk.
  }
  const opening = (pattern: RegExp): ScriptSizes | null => {
    const chunk = assets.find((name) => pattern.test(name));
    if (!chunk) return null;
    const extra = measure(distDir, [`assets/${chunk}`]);
    return {
      files: [...initial.files, ...extra.files],
      bytes: initial.bytes + extra.bytes,
      gzipBytes: initial.gzipBytes + extra.gzipBytes,
    };
  };
  return { initial, wideScreen: opening(OPENING_CHUNK.wideScreen), phone: opening(OPENING_CHUNK.phone) };
}
