/**
 * npm run check-links [-- --strict --report link-report.json]
 * Requests every source and archive address of the dataset and reports dead, moved and unreachable links and
 * sources without an archive copy. Exits non-zero only with --strict, and then only for dead or unreachable
 * links, so that a flaky news site never blocks anyone's work.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLinks, userAgent } from './lib/check-links/check-links.ts';
import { exitCode, formatSummary } from './lib/check-links/report.ts';
import { reportPlaceProblem } from './lib/check-links/report-place.ts';

const HELP = `Usage: npm run check-links [-- <options>]

Requests every source url and archiveUrl in the dataset (HEAD, or GET where HEAD is refused; redirects are
reported, not followed) and classifies each as ok, moved, dead (404/410), error (other 4xx/5xx) or
unreachable (timeout, DNS, connection). Also lists the sources without an archiveUrl.

Options:
  --data <dir>         The data folder (default "data")
  --report <file>      Where to write the JSON report (default "link-report.json")
  --concurrency <n>    Requests at a time (default 4)
  --timeout <ms>       Per request, in milliseconds (default 15000)
  --retries <n>        Further attempts after a timeout, connection failure, 429 or 5xx (default 2)
  --backoff <ms>       Pause before the first retry, doubled for each next one (default 1000)
  --strict             Exit 1 when any link is dead or unreachable
  -h, --help           This help

Exit status: 0 unless --strict finds dead or unreachable links (1); 2 for wrong options or a missing data folder.`;

function usageError(message: string): never {
  console.error(`${message}\nRun with --help for the options.`);
  process.exit(2);
}

function whole(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    usageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      report: { type: 'string', default: 'link-report.json' },
      concurrency: { type: 'string', default: '4' },
      timeout: { type: 'string', default: '15000' },
      retries: { type: 'string', default: '2' },
      backoff: { type: 'string', default: '1000' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
} catch (e) {
  usageError((e as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const options = {
  dataDir: values.data,
  // More than a few at once looks like an attack to small news sites.
  concurrency: whole('concurrency', values.concurrency, 1, 32),
  timeoutMs: whole('timeout', values.timeout, 1, 300_000),
  retries: whole('retries', values.retries, 0, 10),
  backoffMs: whole('backoff', values.backoff, 0, 60_000),
  userAgent: userAgent(),
};

const misplaced = reportPlaceProblem(values.report, values.data);
if (misplaced !== null) {
  console.error(
    `--report ${values.report}: not there: ${misplaced}; give a file outside it, such as link-report.json`,
  );
  process.exit(2);
}
// A report that cannot be written would otherwise be found out only after every request, its results lost.
try {
  closeSync(openSync(values.report, 'a'));
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a folder on its path is a file',
    EISDIR: 'it is a folder',
    ELOOP: 'it is a symbolic link that leads back to itself',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
  };
  const reason = (code && reasons[code]) ?? code ?? (e as Error).message;
  console.error(
    `--report ${values.report}: the report cannot be written there (${reason}); give a file in a folder that exists`,
  );
  process.exit(2);
}

let report;
try {
  report = await checkLinks({
    ...options,
    onChecked: (done, total) => {
      if (done % 50 === 0 && done < total) console.error(`… ${done} of ${total} addresses checked`);
    },
  });
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatSummary(report, values.report));
// Exit explicitly: idle keep-alive connections would otherwise hold the process open for a few seconds.
process.exit(exitCode(report, values.strict));
