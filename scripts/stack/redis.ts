import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, Log, Service, terminate, track, waitUntil } from './service';

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** Uses `REDIS_URL` when it answers; otherwise starts `redis-server` from PATH. */
export async function ensureRedis(opts: {
  dataDir: string;
  log: Log;
  env?: NodeJS.ProcessEnv;
}): Promise<Service> {
  const env = opts.env ?? process.env;
  const configured = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await answers(configured))
    return { name: 'Redis', url: configured, started: false, stop: async () => undefined };
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      `Redis is not reachable at ${configured} and redis-server is not on PATH: apt-get install redis-server, or set REDIS_URL`,
    );
  }
  const dir = join(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(63799);
  const url = `redis://127.0.0.1:${port}`;
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    {
      stdio: 'ignore',
    },
  );
  track(child);
  await waitUntil(() => answers(url), 15_000, `redis-server at ${url}`);
  return { name: 'Redis', url, started: true, stop: () => terminate(child) };
}
