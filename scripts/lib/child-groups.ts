import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The signals that stop a script: a service manager or `kill`, Ctrl+C, a closed terminal. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** How long the children get to stop before they are killed outright. */
const GRACE_MS = 5000;

const exitCode = (code: number | null, signal: NodeJS.Signals | null) =>
  code ?? 128 + (signal ? constants.signals[signal] : 0);

/** Signals a child started with `detached` and everything it started in turn. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs commands each in a process group of its own, and when this process is sent a stop signal,
 * passes it on to every group, waits for them and exits. A group, because `npm run` and `npx` run a
 * command as npm → sh → node, and a signal to npm alone leaves the node running (a server holding its
 * port). Passing the signal on, because a group of its own is out of reach of the terminal's Ctrl+C,
 * and because an npm that is sent SIGTERM signals only its shell, which dies without passing it on.
 */
export function childGroups() {
  const running = new Set<ChildProcess>();
  let stopping = false;

  const stop = (signal: (typeof STOP_SIGNALS)[number]) => {
    // Under tsx, Ctrl+C arrives twice: from the terminal, and relayed by tsx.
    if (stopping) return;
    stopping = true;
    const code = 128 + constants.signals[signal];
    const children = [...running];
    // What is left of a group once its command has ended is a stray (a shell's background job
    // ignores SIGINT), and so is a group that outlives the grace.
    const end = () => {
      clearTimeout(timer);
      for (const child of children) killGroup(child, 'SIGKILL');
      process.exit(code);
    };
    const timer = setTimeout(end, GRACE_MS);
    void Promise.all(children.map((child) => new Promise((resolve) => child.once('close', resolve)))).then(
      end,
    );
    for (const child of children) killGroup(child, signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);

  return {
    /**
     * Runs a command to its end, its output shown, and gives its exit code (128 + the signal's number
     * when a signal ended it). Once this process is stopping, it leaves the exit to the stop.
     */
    run(command: string, args: string[]): Promise<number> {
      // Its own group cannot read the terminal: a read would stop it (SIGTTIN).
      const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
      running.add(child);
      return new Promise((resolve) => {
        child.once('error', () => {
          running.delete(child);
          if (!stopping) resolve(127);
        });
        child.once('close', (code, signal) => {
          running.delete(child);
          if (!stopping) resolve(exitCode(code, signal));
        });
      });
    },
  };
}
