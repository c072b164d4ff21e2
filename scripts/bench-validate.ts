/**
 * npm run bench:validate [-- --count 10000 --runs 3]
 * Times `npm run validate` end to end (process start included) on N synthetic event files.
 * `npm run bench` runs the same measurement (scripts/bench/validate-bench.ts) beside the browser figures.
 */
import { parseArgs } from 'node:util';
import { benchValidate } from './bench/validate-bench.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.count);
const runs = Number(values.runs);
const result = benchValidate(count, runs);
console.log(result.summary);
const sorted = [...result.samples].sort((a, b) => a - b);
console.log(
  `validate, ${count} files: median ${(result.median / 1000).toFixed(2)} s over ${runs} runs (min ${(sorted[0]! / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s); target < 5 s`,
);
