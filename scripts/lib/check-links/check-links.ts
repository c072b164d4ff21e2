import { linkTargets, readSources, sourcesWithoutArchive } from './collect-links.ts';
import { mapWithConcurrency } from './pool.ts';
import { buildReport, type LinkReport } from './report.ts';
import { requestLink, type RequestDeps, type RequestSettings } from './request-link.ts';

/** The placeholder stands in until the repository has a public address; in GitHub Actions the real one is used. */
export const REPOSITORY_URL_PLACEHOLDER = 'https://github.com/OWNER/diplomatic-timeline';

/** Names the checker and where to read about it, so that a site's operator can see who is asking. */
export function userAgent(env: Record<string, string | undefined> = process.env): string {
  const repo =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
      : REPOSITORY_URL_PLACEHOLDER;
  return `DiplomaticTimelineLinkCheck/1.0 (+${repo})`;
}

export interface CheckOptions extends RequestSettings {
  dataDir: string;
  concurrency: number;
  /** Called after each address, e.g. to show progress. */
  onChecked?: (done: number, total: number) => void;
}

/** Requests every source and archive address of the dataset once and reports what became of each. */
export async function checkLinks(options: CheckOptions, deps: RequestDeps = {}): Promise<LinkReport> {
  const { dataDir, concurrency, onChecked, ...settings } = options;
  const collected = readSources(dataDir);
  const targets = linkTargets(collected.sources);
  let done = 0;
  const links = await mapWithConcurrency(targets, concurrency, async (target) => {
    const result = await requestLink(target.url, settings, deps);
    onChecked?.(++done, targets.length);
    return { ...result, citedBy: target.citedBy };
  });
  return buildReport({
    dataDir,
    settings: { ...settings, concurrency },
    eventFiles: collected.fileCount,
    sources: collected.sources.length,
    links,
    withoutArchive: sourcesWithoutArchive(collected.sources),
    unreadable: collected.unreadable,
  });
}
