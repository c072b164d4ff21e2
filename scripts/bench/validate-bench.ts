import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeSyntheticDataset } from '../lib/synthetic/write-dataset.ts';
import { median } from './stats.ts';

export interface ValidateBenchResult {
  count: number;
  /** Wall-clock milliseconds of each `validate` process, start-up included. */
  samples: number[];
  median: number;
  /** The validator's own summary line from the first run. */
  summary: string;
}

/**
 * Times `npm run validate` end to end (process start included, as an editor or CI meets it) on `count`
 * synthetic event files, `runs` times. Throws when the synthetic data fails validation: a benchmark of
 * a validator that rejects its input would time the wrong thing.
 */
export function benchValidate(count: number, runs: number): ValidateBenchResult {
  const dir = writeSyntheticDataset(count);
  const samples: number[] = [];
  let summary = '';
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const out = spawnSync('npx', ['tsx', 'scripts/validate.ts', '--data', dir], { encoding: 'utf8' });
      samples.push(performance.now() - started);
      if (out.status !== 0) {
        console.error(out.stderr.split('\n').slice(0, 10).join('\n'));
        throw new Error('the synthetic dataset failed validation');
      }
      if (i === 0) summary = out.stdout.trim();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { count, samples, median: median(samples)!, summary };
}
