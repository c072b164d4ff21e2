/**
 * npm run check:bundle — the JavaScript a first visit must download before the app runs (the entry
 * script and what it preloads), gzipped, against the budget. Chunks loaded on demand do not count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = process.env.BASE_PATH ?? '/';
const scripts = [
  ...html.matchAll(
    /<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g,
  ),
].map((m) => m[1]!);
if (scripts.length === 0) {
  console.error(`No entry script found in ${dist}/index.html`);
  process.exit(1);
}
let total = 0;
for (const src of scripts) {
  const path = join(dist, src.startsWith(base) ? src.slice(base.length) : src);
  const size = gzipSync(readFileSync(path), { level: 9 }).length;
  total += size;
  console.log(`  ${src}  ${(size / 1024).toFixed(1)} kB gzip`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB).`);
if (kb > BUDGET_KB) {
  console.error(
    `Over budget by ${(kb - BUDGET_KB).toFixed(1)} kB: load the heavy part on demand (import()) instead.`,
  );
  process.exit(1);
}
