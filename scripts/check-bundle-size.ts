/**
 * npm run check:bundle — the JavaScript a first visit must download before the app runs (the entry
 * script and what it preloads), gzipped, against the budget. Chunks loaded on demand do not count.
 * It also reports what a wide screen fetches at once, the timeline's code included.
 */
import { buildScripts } from './lib/bundle/initial-js.ts';

const BUDGET_KB = 200;
const dist = process.argv[2] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

let scripts;
try {
  scripts = buildScripts(dist, base);
} catch (e) {
  console.error(`Cannot read the build in ${dist}: ${String(e)}. Run \`npm run build\` first.`);
  process.exit(1);
}
const { initial, wideScreen: wide } = scripts;
if (initial.files.length === 0) {
  console.error(`No entry script found in ${dist}/index.html`);
  process.exit(1);
}
for (const file of initial.files) console.log(`  ${file}`);
console.log(`Initial JavaScript: ${kB(initial.gzipBytes)} kB gzip (budget ${BUDGET_KB} kB).`);
if (wide)
  console.log(
    `A wide screen also fetches the timeline's code at once (${wide.files.at(-1)}): ` +
      `${kB(wide.gzipBytes)} kB gzip in all. Not held to the budget: a phone, which opens on the list, never waits for it.`,
  );
if (initial.gzipBytes / 1024 > BUDGET_KB) {
  console.error(
    `Over budget by ${(initial.gzipBytes / 1024 - BUDGET_KB).toFixed(1)} kB: load the heavy part on demand (import()) instead.`,
  );
  process.exit(1);
}
