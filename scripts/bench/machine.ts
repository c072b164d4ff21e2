import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** What a reader needs to judge the figures: the machine, the versions, and which code was measured. */
export function machineInfo(
  chromium: string,
  chromiumPath: string,
): Record<string, string | number | boolean> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    platform: `${platform()} ${release()}`,
    loadAverageAtStart: loadavg()[0]!,
    node: process.version,
    chromium,
    chromiumPath,
    commit: git('rev-parse', '--short', 'HEAD'),
    // Other people edit the working tree while this runs: say whether it differed from the commit.
    uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '',
  };
}
