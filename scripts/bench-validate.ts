/**
 * npm run bench:validate [-- --count 10000 --runs 3]
 * Times `npm run validate` end to end (process start included) on N synthetic event files.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeSyntheticDataset } from './lib/synthetic/write-dataset.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.count);
const runs = Number(values.runs);
const dir = writeSyntheticDataset(count);
const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const out = spawnSync('npx', ['tsx', 'scripts/validate.ts', '--data', dir], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (out.status !== 0) {
      console.error(out.stderr.split('\n').slice(0, 10).join('\n'));
      throw new Error('the synthetic dataset failed validation');
    }
    if (i === 0) console.log(out.stdout.trim());
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `validate, ${count} files: median ${(median / 1000).toFixed(2)} s over ${runs} runs (min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s); target < 5 s`,
);
