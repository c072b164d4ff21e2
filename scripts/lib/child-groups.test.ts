import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STOP_SIGNALS } from './child-groups.ts';

// A script that runs a command as start.ts runs the build and the server. Its own process: the stop
// signals would stop the test runner. .mts: outside the project, a .ts file would be CommonJS, which
// has no top-level await.
const dir = mkdtempSync(join(tmpdir(), 'dt-child-groups-'));
const script = join(dir, 'run.mts');
writeFileSync(
  script,
  `import { childGroups } from ${JSON.stringify(join(import.meta.dirname, 'child-groups.ts'))};
process.exit(await childGroups().run('sh', ['-c', process.argv[2]!]));\n`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runScript = (command: string) =>
  spawn(process.execPath, ['--import', 'tsx', script, command], { stdio: ['ignore', 'pipe', 'inherit'] });

const firstLine = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    child.once('exit', () => reject(new Error('the script ended before it printed')));
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += String(chunk);
      if (text.includes('\n')) resolve(text.split('\n')[0]!);
    });
  });
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** A process that is gone, or a zombie no one has reaped yet: either way it runs nothing. */
function gone(pid: number): boolean {
  try {
    return /^Z|^$/.test(execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  } catch {
    return true; // ps exits 1 when there is no such process
  }
}
async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (check()) return true;
  }
  return check();
}

describe('childGroups', () => {
  it('gives the exit code of the command it ran', async () => {
    expect(await exited(runScript('exit 3'))).toBe(3);
  });

  for (const signal of STOP_SIGNALS)
    it(`on ${signal}, stops the command and everything it started, then exits`, async () => {
      // A shell with a child of its own, as npx runs vite: sh, then the sleep it waits for.
      const parent = runScript('sleep 300 & echo $$ $!; wait');
      const pids = (await firstLine(parent)).split(' ').map(Number);
      expect(pids.every((pid) => !gone(pid))).toBe(true);
      parent.kill(signal);
      expect(await exited(parent)).toBe(128 + constants.signals[signal]);
      expect(await until(() => pids.every(gone), 2000)).toBe(true);
    });
});
