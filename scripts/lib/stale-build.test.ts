import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUILD_INPUTS,
  type BuildState,
  builtBase,
  isTsconfig,
  newestFile,
  rebuildDecision,
} from './stale-build.ts';
import { basePath } from './base-path.ts';

// The head of a real dist/index.html, with its addresses under `base` as Vite writes them.
const indexHtml = (base: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">
    <meta charset="UTF-8" />
    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml" />
    <title>Diplomatic Timeline</title>
    <script type="module" crossorigin src="${base}assets/index-DFJbRvsF.js"></script>
    <link rel="stylesheet" crossorigin href="${base}assets/index-IUc-66id.css">
  </head>
</html>`;

describe('builtBase', () => {
  it.each(['/', '/diplomatic-timeline/', './', 'https://cdn.example.org/timeline/'])(
    'reads %s back from the bundle addresses',
    (base) => expect(builtBase(indexHtml(base))).toBe(base),
  );

  it('gives undefined for a page that names no bundle', () => {
    expect(builtBase('<html><head><link rel="icon" href="/favicon.svg"></head></html>')).toBeUndefined();
  });
});

describe('basePath', () => {
  it('is / without BASE_PATH, and always ends in a slash, as in vite.config.ts', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '/diplomatic-timeline/' })).toBe('/diplomatic-timeline/');
    expect(basePath({ BASE_PATH: '/diplomatic-timeline' })).toBe('/diplomatic-timeline/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
  });
});

describe('rebuildDecision', () => {
  const fresh: BuildState = {
    builtAt: 2000,
    builtBase: '/',
    servedBase: '/',
    newestInput: { path: 'src/app/App.tsx', mtimeMs: 1000 },
  };

  it('serves a build newer than every input, for the base it serves', () => {
    expect(rebuildDecision(fresh)).toEqual({ rebuild: false });
    expect(rebuildDecision({ ...fresh, newestInput: { path: 'data', mtimeMs: 2000 } })).toEqual({
      rebuild: false,
    });
  });

  it('builds when there is no build', () => {
    expect(rebuildDecision({ ...fresh, builtAt: undefined, builtBase: undefined })).toEqual({
      rebuild: true,
      reason: 'No build yet: building the site…',
    });
  });

  it('rebuilds when an input is newer, naming it', () => {
    const newestInput = { path: 'scripts/lib/vite-plugin-csp.ts', mtimeMs: 3000 };
    expect(rebuildDecision({ ...fresh, newestInput })).toEqual({
      rebuild: true,
      reason: 'scripts/lib/vite-plugin-csp.ts changed since the last build: rebuilding…',
    });
  });

  it('rebuilds a build made for another base path, however new it is', () => {
    expect(rebuildDecision({ ...fresh, builtBase: '/diplomatic-timeline/' })).toEqual({
      rebuild: true,
      reason: 'dist/ was built for base path /diplomatic-timeline/, and BASE_PATH gives /: rebuilding…',
    });
    expect(rebuildDecision({ ...fresh, servedBase: '/diplomatic-timeline/' })).toMatchObject({
      rebuild: true,
    });
  });

  it('rebuilds when the base path of the build cannot be read', () => {
    expect(rebuildDecision({ ...fresh, builtBase: undefined })).toEqual({
      rebuild: true,
      reason: 'dist/ was built for an unknown base path, and BASE_PATH gives /: rebuilding…',
    });
  });
});

describe('newestFile', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  it('finds the newest file or folder below a folder, and nothing for a missing path', () => {
    dir = mkdtempSync(join(tmpdir(), 'stale-build-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'old.ts'), '');
    writeFileSync(join(dir, 'lib', 'new.ts'), '');
    at(join(dir, 'lib', 'old.ts'), 1000);
    at(join(dir, 'lib', 'new.ts'), 3000);
    at(join(dir, 'lib'), 2000);
    at(dir, 1000);
    expect(newestFile(dir)).toEqual({ path: join(dir, 'lib', 'new.ts'), mtimeMs: 3_000_000 });

    // A deleted file leaves its folder newer than what remains.
    at(join(dir, 'lib'), 4000);
    expect(newestFile(dir)).toEqual({ path: join(dir, 'lib'), mtimeMs: 4_000_000 });

    expect(newestFile(join(dir, 'missing'))).toBeUndefined();
  });
});

it('isTsconfig takes every tsconfig file and nothing else', () => {
  expect(['tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json'].every(isTsconfig)).toBe(true);
  expect(['tsconfig.json.bak', 'jsconfig.json', 'tsconfig.app.jsonc'].some(isTsconfig)).toBe(false);
});

it('BUILD_INPUTS holds every file of the project vite.config.ts imports', () => {
  // A plugin added outside them would leave `npm start` serving what the old plugin built.
  const imports = [...readFileSync('vite.config.ts', 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)];
  expect(imports.length).toBeGreaterThan(0);
  for (const [, spec] of imports) {
    const path = normalize(spec!);
    expect(
      BUILD_INPUTS.some((input) => path === input || path.startsWith(`${input}/`)),
      path,
    ).toBe(true);
  }
});
