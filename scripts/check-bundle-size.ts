/**
 * npm run check:bundle — the JavaScript a first visit must download before the app runs (the entry
 * script and what it preloads), gzipped, against the budget; and what each opening view fetches at once
 * (the timeline's code on a wide screen, the list's on a phone). Other chunks load on demand.
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
const { initial, wideScreen, phone } = scripts;
if (initial.files.length === 0) {
  console.error(`No entry script found in ${dist}/index.html`);
  process.exit(1);
}
for (const file of initial.files) console.log(`  ${file}`);
// The budget holds for what every visit must load before anything runs, and for what each opening view
// fetches at once: the entry with the timeline's code on a wide screen, with the list's on a phone.
const checks = [
  { what: 'Initial JavaScript', sizes: initial, extra: '' },
  ...(wideScreen
    ? [{ what: 'A wide screen, at once', sizes: wideScreen, extra: ` (with ${wideScreen.files.at(-1)})` }]
    : []),
  ...(phone ? [{ what: 'A phone, at once', sizes: phone, extra: ` (with ${phone.files.at(-1)})` }] : []),
];
let over = false;
for (const { what, sizes, extra } of checks) {
  const size = sizes.gzipBytes / 1024;
  console.log(`${what}: ${kB(sizes.gzipBytes)} kB gzip${extra} (budget ${BUDGET_KB} kB).`);
  if (size > BUDGET_KB) {
    over = true;
    console.error(
      `  Over budget by ${(size - BUDGET_KB).toFixed(1)} kB: load a part that the first view does not need on demand (import()) instead.`,
    );
  }
}
if (over) process.exit(1);
