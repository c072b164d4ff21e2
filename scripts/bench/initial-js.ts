import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit must download before anything runs: the module scripts and module
 * preloads named in the built index.html. Chunks loaded on demand are not counted, which is the point.
 */
export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /type="module"/.test(tag) || /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if (isModule && url && !/^[a-z]+:/i.test(url)) files.add(url.replace(/^\//, ''));
  }
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    bytes += content.byteLength;
    gzipBytes += gzipSync(content).byteLength;
  }
  return { files: [...files], bytes, gzipBytes };
}
