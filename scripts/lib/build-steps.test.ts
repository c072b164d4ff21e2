import { expect, it } from 'vitest';
import { buildSteps, packageBuildScript } from './build-steps.ts';

it("labels each step of the project's own build script", () => {
  expect(buildSteps(packageBuildScript()).map((step) => step.label)).toEqual([
    'Validating the data',
    'Type-checking',
    'Bundling',
  ]);
});

it('splits a plain && chain into its commands, in order', () => {
  expect(buildSteps('npm run -s validate -- --quiet && tsc -b && vite build')).toEqual([
    { label: 'Validating the data', command: 'npm run -s validate -- --quiet' },
    { label: 'Type-checking', command: 'tsc -b' },
    { label: 'Bundling', command: 'vite build' },
  ]);
});

it('labels a step it does not know by its command', () => {
  expect(buildSteps('tsc -b && node scripts/extra.js')[1]).toEqual({
    label: 'node scripts/extra.js',
    command: 'node scripts/extra.js',
  });
});

it.each([
  'tsc -b || true && vite build',
  'tsc -b; vite build',
  'tsc -b && (cd site && vite build)',
  'tsc -b && echo "a && b"',
  'tsc -b && vite build | tee build.log',
  'FOO=$(date) vite build',
])('runs %s whole, as one step, where splitting would change it', (script) => {
  expect(buildSteps(script)).toEqual([{ label: 'Building', command: script }]);
});
