import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { basePath } from './base-path.ts';

/**
 * Everything `npm run build` reads that decides what dist/ holds or whether the build passes: besides the
 * app and data/ (with its schema), the Vite plugins in scripts/lib that write dist/data/events.json and the
 * CSP (and the validator they and `npm run validate` share), the dependencies, and the compiler settings
 * (tsconfig*.json, see isTsconfig).
 */
export const BUILD_INPUTS: readonly string[] = [
  'src',
  'data',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/lib',
  'scripts/validate.ts',
  // package.json too: it holds the build command itself.
  'package.json',
  'package-lock.json',
];

/** Matched by name, so that a new tsconfig.*.json counts without an edit here. */
export const isTsconfig = (name: string) => /^tsconfig(\..+)?\.json$/.test(name);

export interface InputFile {
  path: string;
  mtimeMs: number;
}

const newer = (a: InputFile | undefined, b: InputFile | undefined) =>
  b && (!a || b.mtimeMs > a.mtimeMs) ? b : a;

/** The file or folder most recently changed at or below `path`; a folder changes when a file is deleted. */
export function newestFile(path: string): InputFile | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  const self: InputFile = { path, mtimeMs: stat.mtimeMs };
  if (!stat.isDirectory()) return self;
  return readdirSync(path)
    .map((name) => newestFile(join(path, name)))
    .reduce(newer, self);
}

/**
 * The base path a built index.html addresses its bundle under ("/", "/diplomatic-timeline/", "./"), or
 * undefined when it names no bundle. Read back from the build itself, so that it is right however dist/
 * was made: by `npm start`, or by hand with `BASE_PATH=… npm run build`.
 */
export function builtBase(html: string): string | undefined {
  // Vite writes every bundle file to `<base>assets/` (build.assetsDir, which vite.config.ts leaves alone).
  return /\s(?:src|href)="([^"]*?)assets\/[^"]*"/.exec(html)?.[1];
}

export interface BuildState {
  /** When dist/index.html was written; undefined when there is none. */
  builtAt: number | undefined;
  /** What builtBase() reads from dist/index.html. */
  builtBase: string | undefined;
  /** What basePath() gives for this run. */
  servedBase: string;
  /** The most recently changed of the build's inputs. */
  newestInput: InputFile | undefined;
}

export type Decision = { rebuild: false } | { rebuild: true; reason: string };

/** Whether dist/ must be built again before it is served, and why, in a line for the terminal. */
export function rebuildDecision(state: BuildState): Decision {
  if (state.builtAt === undefined) return { rebuild: true, reason: 'No build yet: building the site…' };
  if (state.builtBase !== state.servedBase) {
    // Served under another base, every asset request falls through to index.html: a blank page.
    const was = state.builtBase === undefined ? 'an unknown base path' : `base path ${state.builtBase}`;
    return {
      rebuild: true,
      reason: `dist/ was built for ${was}, and BASE_PATH gives ${state.servedBase}: rebuilding…`,
    };
  }
  if (state.newestInput && state.newestInput.mtimeMs > state.builtAt) {
    return { rebuild: true, reason: `${state.newestInput.path} changed since the last build: rebuilding…` };
  }
  return { rebuild: false };
}

/** The state of dist/ in the current directory against the inputs there and the environment. */
export function readBuildState(env: NodeJS.ProcessEnv): BuildState {
  const index = 'dist/index.html';
  const built = existsSync(index);
  const inputs = [...BUILD_INPUTS, ...readdirSync('.').filter(isTsconfig)];
  return {
    builtAt: built ? statSync(index).mtimeMs : undefined,
    builtBase: built ? builtBase(readFileSync(index, 'utf8')) : undefined,
    servedBase: basePath(env),
    newestInput: inputs.map(newestFile).reduce(newer, undefined),
  };
}
