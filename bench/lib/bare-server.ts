import { fork } from 'node:child_process';
import { join } from 'node:path';
import { APP_NODE_FLAGS } from '@niaz/core';

/**
 * Runs `work` against a bare server of bench/measure (`script`, compiled beside it) in a
 * process of its own, with the apps' node flags and `env` added to this process's; the
 * server answers `{ port }` over IPC once it listens. Stopped (SIGTERM, 5 s at most) after.
 */
export async function withBareServer<T>(
  script: string,
  env: NodeJS.ProcessEnv,
  work: (url: string, pid: number) => Promise<T>,
): Promise<T> {
  const child = fork(join(__dirname, '..', 'measure', script), [], {
    execArgv: [...APP_NODE_FLAGS],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    });
    return await work(`http://127.0.0.1:${port}`, child.pid!);
  } finally {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
}
