/**
 * Makes sure the end-to-end tests have a Chromium, installing one when there is none, and says what it
 * does. It never skips: with no browser to be had it fails with the ways to get one. A CHROMIUM_PATH naming
 * no runnable file stops it at once, saying so: it installs or takes no other browser in its place.
 */
import { spawnSync } from 'node:child_process';
import { decideChromium, findChromium } from '../e2e/support/find-chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60 * 1000 });
  return result.status === 0;
}

function report(prefix: string): boolean {
  const found = findChromium();
  if (!found) return false;
  console.log(`${prefix}: ${found.executablePath ?? "Playwright's own Chromium"} (from ${found.source}).`);
  return true;
}

const decision = decideChromium();
if (decision.kind === 'unusable') {
  console.error(decision.message);
  process.exit(1);
}

if (!report('End-to-end tests use Chromium')) {
  console.log('No Chromium found for the end-to-end tests. Trying to install Playwright’s Chromium…');
  let ok = run('npx', ['playwright', 'install', 'chromium']) && report('Installed');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!ok && isRoot && spawnSync('which', ['apt-get']).status === 0) {
    console.log('Playwright could not download its browser. Installing Debian’s chromium with apt-get…');
    ok = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && report('Installed');
  }
  if (!ok) {
    console.error(
      [
        'No Chromium is available, so the end-to-end tests cannot run. Get one in either way:',
        '  npx playwright install chromium        (where downloads are allowed)',
        '  sudo apt-get install chromium          (Debian/Ubuntu), or set CHROMIUM_PATH=/path/to/chromium',
      ].join('\n'),
    );
    process.exit(1);
  }
}
