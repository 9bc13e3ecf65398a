import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_NODE_FLAGS } from '@niaz/core';
import { sleep } from './stats';

/** A running api or worker process, with its peak resident memory sampled while it runs. */
export interface AppProcess {
  name: 'api' | 'worker';
  child: ChildProcess;
  /** Highest RSS seen, in MB (the kernel's VmHWM, read at each sample and at the end). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function readHwmMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Starts `dist/apps/<name>/src/main.js` (the production entry) with `env`. */
export function startApp(
  root: string,
  name: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
  opts: { cpuProfileDir?: string } = {},
): AppProcess {
  // `--cpu-prof` writes a V8 profile of the whole run when the process exits (SIGTERM).
  const profile = opts.cpuProfileDir
    ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfileDir, '--cpu-prof-name', `${name}.cpuprofile`]
    : [];
  const entry = join(root, 'dist', 'apps', name, 'src', 'main.js');
  // The production flags (heap ceiling) come first, as the Dockerfile runs the apps.
  const child = spawn(process.execPath, [...APP_NODE_FLAGS, ...profile, entry], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, readHwmMb(child.pid));
  }, 500);
  return {
    name,
    child,
    peakRssMb: () => {
      if (child.pid && child.exitCode === null) peak = Math.max(peak, readHwmMb(child.pid));
      return peak;
    },
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode !== null || !child.pid) return;
      peak = Math.max(peak, readHwmMb(child.pid));
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(20_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** Waits until the api answers /health/ready with 200. */
export async function waitReady(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/health/ready`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`the api at ${baseUrl} was not ready within ${timeoutMs} ms`);
}
