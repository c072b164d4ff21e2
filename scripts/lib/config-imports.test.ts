import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, it } from 'vitest';

// Type-only imports are erased before Vite's config loader resolves anything, so they do not count.
const VALUE_IMPORT = /^import\s+(?!type\s)[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gms;

/** Relative imports without a file extension in the files `entry` loads, as "file: specifier". */
function extensionlessImports(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const target = normalize(join(dirname(file), spec!));
      if (/\.[cm]?[jt]s$/.test(spec!)) visit(target);
      else {
        found.push(`${file}: ${spec}`);
        visit(`${target}.ts`);
      }
    }
  };
  visit(entry);
  return found;
}

it('vite.config.ts and what it loads name every relative import with its extension', () => {
  // Vite prints a warning about each one before every start, build and test run: noise a new user
  // reads as something wrong with their machine.
  expect(extensionlessImports('vite.config.ts')).toEqual([]);
});
