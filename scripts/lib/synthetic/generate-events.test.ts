import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { formatProblem } from '../validator/format-problems.ts';
import { validateDataset } from '../validator/validate-dataset.ts';
import { generateEvents } from './generate-events.ts';
import { writeSyntheticDataset } from './write-dataset.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The benchmarks stop on a synthetic dataset the validator rejects: the generator must keep up with its rules.
it('generates events that pass every rule of the validator', () => {
  const dir = writeSyntheticDataset(600, 7);
  dirs.push(dir);
  const result = validateDataset({ dataDir: dir, schemaDir: 'data/schema', displayRoot: dir });
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  expect(errors).toEqual([]);
  expect(result.events).toHaveLength(600);
});

it('gives the same events for the same seed', () => {
  expect(generateEvents(50, 3)).toEqual(generateEvents(50, 3));
  expect(generateEvents(50, 3)).not.toEqual(generateEvents(50, 4));
});
