/**
 * npm run bench [-- --sizes 100,1000 --runs 5 --skip-build]   (--help for every option)
 * Builds the app and a bare vis-timeline baseline page, serves both on loopback with synthetic datasets
 * of each size, measures both in Chromium in the same run, prints a table and writes bench/results.json.
 * How to read the figures: docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseBenchArgs, USAGE } from './args.ts';
import type { Variant } from './bench-hooks.ts';
import { BrowserHost } from './browser.ts';
import { APP_DIST, BASELINE_DIST, buildBoth } from './build.ts';
import { prepareSize, removeSize } from './dataset.ts';
import { buildScripts } from '../lib/bundle/initial-js.ts';
import { machineInfo } from './machine.ts';
import { measureSize, type SizeResult } from './measure-size.ts';
import { formatNotes, formatSummary, formatTable, measureRows, type Results } from './report.ts';
import { serveStatic } from './serve.ts';
import { benchValidate } from './validate-bench.ts';

const opts = parseBenchArgs();
if (!opts) {
  console.log(USAGE);
  process.exit(0);
}
const started = performance.now();
const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;

if (opts.skipBuild) console.log('Reusing the builds in bench/ (--skip-build)');
else {
  console.log(`Building the app into ${APP_DIST} and the baseline into ${BASELINE_DIST}…`);
  await buildBoth();
}
const appScripts = buildScripts(APP_DIST);
const js = { app: appScripts.initial, baseline: buildScripts(BASELINE_DIST).initial };

const host = new BrowserHost();
await host.launch();
console.log(
  `Chromium ${host.version}; sizes ${opts.sizes.join(', ')}; ${opts.runs} runs; ${opts.loads} loads`,
);
const sizes: SizeResult[] = [];
try {
  for (const [i, size] of opts.sizes.entries()) {
    console.log(`\n${size.toLocaleString('en')} events (${elapsed()} so far)`);
    const prepared = prepareSize(size, { app: APP_DIST, baseline: BASELINE_DIST });
    const servers = {
      app: await serveStatic(prepared.dirs.app),
      baseline: await serveStatic(prepared.dirs.baseline),
    };
    // Alternate which page goes first, so that neither always meets a warmer or a busier machine.
    const order: Variant[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    try {
      const urls = { app: servers.app.url, baseline: servers.baseline.url };
      sizes.push(await measureSize(host, prepared, urls, order, opts, () => loadavg()[0]!));
    } finally {
      await Promise.all([servers.app.close(), servers.baseline.close()]);
      removeSize(prepared);
    }
  }
} finally {
  await host.close();
}

// After the browser work, so that its CPU use never overlaps a page measurement.
let validator = null;
if (opts.validateRuns > 0) {
  console.log(
    `\nValidator on ${opts.validateCount.toLocaleString('en')} synthetic files (${elapsed()} so far)…`,
  );
  validator = benchValidate(opts.validateCount, opts.validateRuns);
}

const measures = measureRows(sizes);
const results: Results = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  machine: machineInfo(host.version, host.source),
  options: { ...opts },
  initialJs: {
    ...js,
    ratio: js.app.gzipBytes / js.baseline.gzipBytes,
    appWideScreen: appScripts.wideScreen,
    appPhone: appScripts.phone,
  },
  validator,
  sizes: sizes.map(({ cells: _cells, ...rest }) => rest),
  measures,
};
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${formatTable(measures)}\n`);
console.log(
  'Filters and frames: median / p95. Ratios are app ÷ baseline from this run (below 1: the app is faster).',
);
for (const note of formatNotes(measures)) console.log(`- ${note}`);
console.log(`\n${formatSummary(results)}`);
console.log(`\nWrote ${opts.out} in ${elapsed()}.`);
