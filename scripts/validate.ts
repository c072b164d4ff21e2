/**
 * npm run validate [-- --data <dir>] [-- --quiet] [-- --help]
 * Checks every event file; prints one line per problem naming file, field and fix. Exit 1 on any error.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isFolder, notAFolder } from './lib/validator/folder.ts';
import { schemaFolderFor } from './lib/validator/schema-folder.ts';
import { formatProblem, githubAnnotation, locateProblems } from './lib/validator/format-problems.ts';
import { validateDataset } from './lib/validator/validate-dataset.ts';

const USAGE = 'Usage: npm run validate [-- --data <dir>] [-- --quiet]';
const HELP = `${USAGE}

Checks every event file under <data>/events/ and <data>/vocabulary.json against the schema and the rules listed
in CONTRIBUTING.md. Prints one line per problem, naming the file with the line and column of the field
(file:line:column), the field (the item of a list in words: "/sources/1/language (the second source)") and the
fix; warnings do not fail it. Never changes a file.

Options:
  --data <dir>   The data folder, holding events/ and vocabulary.json (default "data")
  --quiet        Print nothing when there is no error (warnings are still printed)
  -h, --help     This help

Exit status: 0 with no errors (warnings allowed), 1 on any error (a missing or broken vocabulary.json or
schema among them), 2 for a wrong option.`;
let values: { data: string; quiet: boolean; help: boolean };
try {
  ({ values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  // A mistyped flag: say which and how to call it, rather than print Node's stack trace.
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

// A mistyped folder would otherwise be reported as a missing vocabulary.json and events/ inside it.
if (!isFolder(values.data)) {
  console.error(
    `--data ${values.data}: ${notAFolder(values.data)}: give the data folder, which holds events/ and vocabulary.json\n${USAGE}`,
  );
  process.exit(2);
}

const started = performance.now();
const schemaDir = relative(process.cwd(), schemaFolderFor(values.data));
const result = validateDataset({ dataDir: values.data, schemaDir });
// Each problem with the line and column of its field, in the terminal as in CI's annotations.
const problems = locateProblems(result.problems, result.texts);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const p of problems) {
  (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  // A problem with a whole file is shown on its first line, where a pull request's diff of a new file shows it.
  const onFirstLine = p.line === undefined && result.texts.has(p.file) ? { line: 1, column: 1 } : {};
  if (process.env.GITHUB_ACTIONS) console.log(githubAnnotation({ ...p, ...onFirstLine }));
}
const ms = Math.round(performance.now() - started);
const against = result.schemaOnly
  ? ' against the schema only (the other rules need a readable, valid vocabulary.json)'
  : '';
const summary = `${result.fileCount} event files checked${against} in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s).`;
if (errors.length > 0) {
  console.error(
    `\n${summary} Fix the errors above. Each names the file, with the line and column of the field where it can (file:line:column), the field, and what to change.`,
  );
  process.exit(1);
}
if (!values.quiet) console.log(summary);
