import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  /** Repetitions of each filter operation. */
  runs: number;
  /** Page loads per page and size. */
  loads: number;
  loadTimeoutMs: number;
  stepTimeoutMs: number;
  /** A filter operation stops being repeated once its runs add up to this much. */
  budgetMs: number;
  /** Page loads stop being repeated once they add up to this much (the last one is kept for interactions). */
  loadBudgetMs: number;
  /** A page dropped after a timeout is reloaded only if loading it typically takes less than this. */
  reloadLimitMs: number;
  /** Zooming and panning stop issuing new input after this long. */
  gestureMs: number;
  validateCount: number;
  validateRuns: number;
  skipBuild: boolean;
  out: string;
}

export const USAGE = `npm run bench [-- options]
  --sizes 100,1000,10000,50000   numbers of synthetic events
  --runs 5                       repetitions of each filter operation
  --loads 7                      page loads per page and size (fewer once --load-budget is spent)
  --load-timeout 120             seconds before a page load counts as "timeout"
  --step-timeout 20              seconds before any other step counts as "timeout"
  --budget 20                    seconds of one filter operation after which it is not repeated
  --load-budget 60               seconds of page loads (per page and size) after which no more are made
  --reload-limit 20              seconds: a page dropped after a timeout is reloaded only if it loads faster
  --gesture 8                    seconds after which zooming and panning stop issuing input
  --validate-count 10000         event files for the validator benchmark
  --validate-runs 3              its repetitions (0 skips it)
  --skip-build                   reuse bench/.dist and bench/.baseline-dist
  --out bench/results.json`;

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, not "${value}"\n\n${USAGE}`);
  return n;
};

export function parseBenchArgs(argv = process.argv.slice(2)): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100,1000,10000,50000' },
      runs: { type: 'string', default: '5' },
      loads: { type: 'string', default: '7' },
      'load-timeout': { type: 'string', default: '120' },
      'step-timeout': { type: 'string', default: '20' },
      budget: { type: 'string', default: '20' },
      'load-budget': { type: 'string', default: '60' },
      'reload-limit': { type: 'string', default: '20' },
      gesture: { type: 'string', default: '8' },
      'validate-count': { type: 'string', default: '10000' },
      'validate-runs': { type: 'string', default: '3' },
      'skip-build': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const sizes = values.sizes.split(',').map((s) => positive('sizes', s.replace(/[_\s]/g, '')));
  return {
    sizes,
    runs: Math.max(1, positive('runs', values.runs)),
    loads: Math.max(1, positive('loads', values.loads)),
    loadTimeoutMs: positive('load-timeout', values['load-timeout']) * 1000,
    stepTimeoutMs: positive('step-timeout', values['step-timeout']) * 1000,
    budgetMs: positive('budget', values.budget) * 1000,
    loadBudgetMs: positive('load-budget', values['load-budget']) * 1000,
    reloadLimitMs: positive('reload-limit', values['reload-limit']) * 1000,
    gestureMs: positive('gesture', values.gesture) * 1000,
    validateCount: positive('validate-count', values['validate-count']),
    validateRuns: positive('validate-runs', values['validate-runs']),
    skipBuild: values['skip-build'],
    out: values.out,
  };
}
