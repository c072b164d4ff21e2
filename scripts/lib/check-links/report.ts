import { STATUS_ORDER, type LinkStatus } from './classify.ts';
import type { Citation, MissingArchive } from './collect-links.ts';
import type { LinkResult, RequestSettings } from './request-link.ts';

export type CheckedLink = LinkResult & { citedBy: Citation[] };

export interface LinkReport {
  generatedAt: string;
  dataDir: string;
  settings: RequestSettings & { concurrency: number };
  eventFiles: number;
  sources: number;
  counts: Record<LinkStatus, number>;
  /** One entry per distinct address, worst first. */
  links: CheckedLink[];
  withoutArchive: MissingArchive[];
  unreadable: string[];
}

export interface ReportInput {
  dataDir: string;
  settings: LinkReport['settings'];
  eventFiles: number;
  sources: number;
  links: CheckedLink[];
  withoutArchive: MissingArchive[];
  unreadable: string[];
  now?: Date;
}

export function buildReport(input: ReportInput): LinkReport {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<LinkStatus, number>;
  for (const link of input.links) counts[link.status]++;
  const rank = (s: LinkStatus) => STATUS_ORDER.indexOf(s);
  const links = [...input.links].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.url.localeCompare(b.url),
  );
  return {
    generatedAt: (input.now ?? new Date()).toISOString(),
    dataDir: input.dataDir,
    settings: input.settings,
    eventFiles: input.eventFiles,
    sources: input.sources,
    counts,
    links,
    withoutArchive: input.withoutArchive,
    unreadable: input.unreadable,
  };
}

/** Only links that are gone or cannot be reached fail a strict run; moved and erroring pages need a person. */
export function exitCode(report: LinkReport, strict: boolean): number {
  return strict && report.counts.dead + report.counts.unreachable > 0 ? 1 : 0;
}

function describe(link: CheckedLink): string {
  const code = link.httpStatus === undefined ? '' : `${link.httpStatus} `;
  if (link.status === 'moved') return `${code}${link.url} -> ${link.location ?? '(no Location header)'}`;
  return `${code}${link.url}${link.error ? ` (${link.error})` : ''}`;
}

const EXAMPLES = 10;

/** The readable part: counts, then each link that needs attention with the files that cite it. */
export function formatSummary(report: LinkReport, reportPath: string): string {
  const { settings, counts } = report;
  const lines = [
    `Checked ${report.links.length} addresses from ${report.sources} sources in ${report.eventFiles} event files ` +
      `(concurrency ${settings.concurrency}, timeout ${settings.timeoutMs} ms, retries ${settings.retries}).`,
    STATUS_ORDER.map((s) => `${s} ${counts[s]}`).join(' · '),
  ];
  for (const status of STATUS_ORDER.filter((s) => s !== 'ok')) {
    const links = report.links.filter((l) => l.status === status);
    if (links.length === 0) continue;
    lines.push('', `${status} (${links.length})`);
    for (const link of links) {
      lines.push(`  ${describe(link)}`);
      for (const c of link.citedBy) lines.push(`      ${c.file} ${c.pointer}`);
    }
  }
  if (report.unreadable.length > 0) {
    lines.push(
      '',
      `Not checked: ${report.unreadable.length} file(s) are not valid JSON (run npm run validate):`,
    );
    lines.push(...report.unreadable.map((f) => `  ${f}`));
  }
  const missing = report.withoutArchive;
  if (missing.length > 0) {
    lines.push(
      '',
      `${missing.length} of ${report.sources} sources have no archiveUrl; all are listed under "withoutArchive" in the report.`,
      ...missing.slice(0, EXAMPLES).map((m) => `  ${m.file} ${m.pointer}  ${m.url}`),
      ...(missing.length > EXAMPLES ? [`  … and ${missing.length - EXAMPLES} more`] : []),
    );
  }
  lines.push('', `Report written to ${reportPath}`);
  return lines.join('\n');
}
