import { readdirSync } from 'node:fs';

/** The files the build wrote to assets/ that a page can load (source maps are for developers only). */
export function builtAssets(): string[] {
  return readdirSync(`${process.env.E2E_DIST ?? 'dist'}/assets`).filter((f) => !f.endsWith('.map'));
}
