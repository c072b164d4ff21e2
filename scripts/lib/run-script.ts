import {
  spawnSync,
  type SpawnSyncOptionsWithStringEncoding,
  type SpawnSyncReturns,
} from 'node:child_process';
import { createRequire } from 'node:module';

// The project's own tsx, run by this Node. Not through npx: its start-up adds a second or more to every
// call, which tests that start a script many times paid on every one.
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs a TypeScript script of the project (`scripts/….ts`) as a process of its own, as `npx tsx` would. */
export function runScript(
  script: string,
  args: string[],
  options: Partial<SpawnSyncOptionsWithStringEncoding> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [TSX_CLI, script, ...args], { encoding: 'utf8', ...options });
}
