import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis, { ReplyError } from 'ioredis';
import { freePort } from './free-port';
import { findExecutable, startProcess } from './process';
import { EnsureOptions, existingService, logTail, redactUrl, Service, waitUntil } from './service';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const PREFERRED_PORT = 63799;

/** true when `url` answers PING; throws when it answers with an error (e.g. NOAUTH). */
async function pings(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch (e) {
    // ioredis types ReplyError as `any`.
    if (e instanceof (ReplyError as new () => Error))
      throw new Error(`Redis at ${redactUrl(url)} refused PING: ${(e as Error).message}`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Redis for Niaz. Uses `REDIS_URL` (default redis://127.0.0.1:6379) when it answers PING;
 * otherwise starts `redis-server` from PATH on port 63799 or any free one, without
 * persistence, working folder `<dataDir>/redis` (log: redis.log there).
 */
export async function ensureRedis(opts: EnsureOptions): Promise<Service & { url: string }> {
  const env = opts.env ?? process.env;
  const configured = env.REDIS_URL || DEFAULT_REDIS_URL;
  if (await pings(configured)) return existingService('Redis', configured);

  const binary = findExecutable('redis-server', ['/usr/bin', '/usr/sbin', '/usr/local/bin']);
  if (!binary)
    throw new Error(
      `Redis is not reachable at ${redactUrl(configured)} and redis-server was not found: apt-get install redis-server or set REDIS_URL`,
    );
  const dir = join(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'redis.log');
  const port = await freePort(PREFERRED_PORT);
  const url = `redis://127.0.0.1:${port}`;
  const proc = startProcess({
    command: binary,
    args: [
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
      '--daemonize',
      'no',
      '--logfile',
      '',
    ],
    cwd: dir,
    logFile,
  });
  try {
    await waitUntil(() => pings(url), {
      timeoutMs: 15_000,
      what: `redis-server (${binary}) on port ${port}`,
      failed: proc.exitReason,
    });
  } catch (e) {
    await proc.stop();
    throw new Error(`${(e as Error).message}; last lines of ${logFile}:\n${logTail(logFile)}`);
  }
  return {
    name: 'Redis',
    url,
    started: true,
    dataDir: dir,
    pid: proc.pid,
    stop: () => proc.stop(),
  };
}
