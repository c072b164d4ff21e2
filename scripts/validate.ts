/**
 * npm run validate [-- --data <dir>] [-- --quiet]
 * Checks every event file; prints one line per problem naming file, field and fix. Exit 1 on any error.
 */
import { parseArgs } from 'node:util';
import { formatProblem, githubAnnotation, locateProblems } from './lib/validator/format-problems.ts';
import { validateDataset } from './lib/validator/validate-dataset.ts';

const USAGE = 'Usage: npm run validate [-- --data <dir>] [-- --quiet]';
let values: { data: string; quiet: boolean };
try {
  ({ values } = parseArgs({
    options: { data: { type: 'string', default: 'data' }, quiet: { type: 'boolean', default: false } },
  }));
} catch (e) {
  // A mistyped flag: say which and how to call it, rather than print Node's stack trace.
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const result = validateDataset({ dataDir: values.data, schemaDir: 'data/schema' });
const problems = process.env.GITHUB_ACTIONS
  ? locateProblems(result.problems, process.cwd())
  : result.problems;
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const p of problems) {
  (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  if (process.env.GITHUB_ACTIONS) console.log(githubAnnotation(p));
}
const ms = Math.round(performance.now() - started);
const summary = `${result.fileCount} event files checked in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s).`;
if (errors.length > 0) {
  console.error(`\n${summary} Fix the errors above; each names the file, the field and what to change.`);
  process.exit(1);
}
if (!values.quiet) console.log(summary);
