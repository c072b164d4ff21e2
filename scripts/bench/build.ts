import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

export const APP_DIST = 'bench/.dist';
export const BASELINE_DIST = 'bench/.baseline-dist';

/**
 * The production build of the app, into its own folder: dist/ belongs to `npm start` and the browser
 * tests, which may be running at the same time. A separate process, exactly as `npx vite build` runs.
 */
function buildApp(): void {
  const out = spawnSync('npx', ['vite', 'build', '--outDir', APP_DIST, '--emptyOutDir'], {
    encoding: 'utf8',
  });
  if (out.status !== 0) {
    console.error(`${out.stdout}\n${out.stderr}`);
    throw new Error('the app failed to build');
  }
}

/** The baseline page with the same Vite and the same target as the app, so bundling is no difference. */
async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('bench/baseline'),
    base: '/',
    logLevel: 'warn',
    build: { outDir: resolve(BASELINE_DIST), emptyOutDir: true, target: 'es2022' },
  });
}

export async function buildBoth(): Promise<void> {
  buildApp();
  await buildBaseline();
}
