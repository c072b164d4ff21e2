import { type ChildProcess, spawn } from 'node:child_process';
import { killGroup } from './child-groups.ts';

/**
 * `vite preview` on 127.0.0.1 in a process group of its own. It runs as npx → sh → node, and killing
 * npx alone left vite serving after the script was done, holding the port for every later run.
 */
export function startPreview(
  port: number,
  outDir = 'dist',
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  return spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: 'ignore', detached: true, env },
  );
}

/** Stops the preview and everything it started. */
export function stopPreview(server: ChildProcess): void {
  if (server.exitCode === null) killGroup(server, 'SIGTERM');
}
