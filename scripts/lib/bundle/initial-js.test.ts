import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScripts } from './initial-js';

let dist: string;
const write = (path: string, text: string) => writeFileSync(join(dist, path), text);
// Text that gzip cannot shrink much, so that each file's share of the total is easy to tell apart.
const noise = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7919 + seed * 104729) % 94))).join('');

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'initial-js-'));
  mkdirSync(join(dist, 'assets'));
  write(
    'index.html',
    '<script type="module" crossorigin src="/assets/index-abc.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-def.js">' +
      '<link rel="stylesheet" href="/assets/index-abc.css">' +
      '<script type="module" src="https://example.org/remote.js"></script>',
  );
  write('assets/index-abc.js', noise(4000, 1));
  write('assets/vendor-def.js', noise(3000, 2));
  write('assets/index-abc.css', noise(5000, 3));
  write('assets/TimelineView-Xy_9.js', noise(6000, 4));
  write('assets/ListView-Qr-1.js', noise(1000, 6));
  write('assets/formats-123.js', noise(8000, 5));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const gz = (...texts: string[]) => texts.reduce((n, t) => n + gzipSync(t).byteLength, 0);

describe('buildScripts: initial', () => {
  it('counts the module scripts and module preloads of index.html, gzipped, and nothing loaded on demand', () => {
    const js = buildScripts(dist).initial;
    expect(js.files).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(js.bytes).toBe(7000);
    expect(js.gzipBytes).toBe(gz(noise(4000, 1), noise(3000, 2)));
  });

  it('reads paths under a base path', () => {
    write('index.html', '<script type="module" src="/timeline/assets/index-abc.js"></script>');
    expect(buildScripts(dist, '/timeline/').initial.files).toEqual(['assets/index-abc.js']);
  });
});

describe('buildScripts: wide screen', () => {
  it('adds the timeline chunk that a wide screen fetches at once', () => {
    const js = buildScripts(dist).wideScreen!;
    expect(js.files).toEqual(['assets/index-abc.js', 'assets/vendor-def.js', 'assets/TimelineView-Xy_9.js']);
    expect(js.gzipBytes).toBe(gz(noise(4000, 1), noise(3000, 2), noise(6000, 4)));
  });

  it('is null for a build without a timeline chunk', () => {
    rmSync(join(dist, 'assets', 'TimelineView-Xy_9.js'));
    expect(buildScripts(dist).wideScreen).toBeNull();
  });
});

describe('buildScripts: phone', () => {
  it("adds the list's chunk, which a phone fetches at once, and not the timeline's", () => {
    const js = buildScripts(dist).phone!;
    expect(js.files).toEqual(['assets/index-abc.js', 'assets/vendor-def.js', 'assets/ListView-Qr-1.js']);
    expect(js.gzipBytes).toBe(gz(noise(4000, 1), noise(3000, 2), noise(1000, 6)));
  });

  it('is null for a build without a list chunk', () => {
    rmSync(join(dist, 'assets', 'ListView-Qr-1.js'));
    expect(buildScripts(dist).phone).toBeNull();
  });
});
