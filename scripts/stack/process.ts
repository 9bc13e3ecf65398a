import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sleep } from './service';

/** The first executable called `name` on PATH or in `extraDirs`. */
export function findExecutable(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** uid and gid of an OS user, from `id`; undefined when there is no such user. */
export function osUser(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

// util-linux `setpriv --pdeathsig` makes the kernel signal a child when we die, even by
// SIGKILL; with it children get their own process group, so a Ctrl-C meant for the parent
// does not reach them and the parent decides the shutdown order.
const setpriv = process.platform === 'linux' ? findExecutable('setpriv', ['/usr/bin']) : undefined;
const supportsPdeathsig =
  !!setpriv &&
  /--pdeathsig/.test(spawnSync(setpriv, ['--help'], { encoding: 'utf8' }).stdout ?? '');

export interface ManagedProcess {
  readonly pid: number;
  /** Why it is no longer running ("exited with code 1"), or undefined while it runs. */
  exitReason(): string | undefined;
  /** `stopSignal`, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(): Promise<void>;
}

const running = new Set<{ child: ChildProcess; lastResort: NodeJS.Signals }>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: whoever forgot to call stop(), our children do not outlive us.
  process.on('exit', () => {
    for (const { child, lastResort } of running) {
      try {
        child.kill(lastResort);
      } catch {
        // already gone
      }
    }
  });
}

/**
 * Starts a server program with its output appended to `logFile`. The child does not keep the
 * parent's event loop alive, and dies with the parent (see `setpriv` above, and an `exit`
 * hook as a last resort).
 */
export function startProcess(opts: {
  command: string;
  args: string[];
  cwd: string;
  logFile: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this OS user (needs root). */
  user?: { uid: number; gid: number };
  /** Signal for a clean stop. */
  stopSignal?: NodeJS.Signals;
  /** Signal sent when the parent dies without stopping us. */
  lastResortSignal?: NodeJS.Signals;
  graceMs?: number;
}): ManagedProcess {
  const stopSignal = opts.stopSignal ?? 'SIGTERM';
  const lastResort = opts.lastResortSignal ?? 'SIGKILL';
  const graceMs = opts.graceMs ?? 5000;
  const [command, args] = supportsPdeathsig
    ? [setpriv!, ['--pdeathsig', lastResort.replace(/^SIG/, ''), '--', opts.command, ...opts.args]]
    : [opts.command, opts.args];
  const fd = openSync(opts.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', fd, fd],
      detached: supportsPdeathsig,
      ...(opts.user ?? {}),
    });
  } finally {
    closeSync(fd);
  }
  let exitReason: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('error', (e) => {
      exitReason ??= `could not be started: ${e.message}`;
      resolve();
    });
    child.once('exit', (code, signal) => {
      exitReason = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
  });
  const entry = { child, lastResort };
  running.add(entry);
  void exited.then(() => running.delete(entry));
  child.unref();
  installExitHook();

  // true when the process exits within `ms`; the timer does not outlive the wait.
  const waitExit = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void exited.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  return {
    pid: child.pid ?? -1,
    exitReason: () => exitReason,
    async stop() {
      if (exitReason) return;
      child.kill(stopSignal);
      if (await waitExit(graceMs)) return;
      child.kill('SIGKILL');
      await waitExit(5000);
    },
  };
}

/** True when `pid` is a live process whose command line contains `marker`. */
export function isLiveProcess(pid: number, marker: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return process.platform !== 'linux';
  return readFileSync(cmdline, 'utf8').replace(/\0/g, ' ').includes(marker);
}

/**
 * Stops a process left running by an earlier run that died without cleaning up (only when
 * its command line contains `marker`, so a reused pid is never hit).
 */
export async function stopLeftover(
  pid: number,
  marker: string,
  signal: NodeJS.Signals,
  graceMs = 10_000,
): Promise<boolean> {
  if (!isLiveProcess(pid, marker)) return false;
  process.kill(pid, signal);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isLiveProcess(pid, marker)) return true;
    await sleep(100);
  }
  process.kill(pid, 'SIGKILL');
  await sleep(200);
  return true;
}
