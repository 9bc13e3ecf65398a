import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client, DatabaseError } from 'pg';
import { freePort } from './free-port';
import { findExecutable, osUser, startProcess, stopLeftover } from './process';
import { EnsureOptions, existingService, logTail, redactUrl, Service, waitUntil } from './service';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/niaz';
const PREFERRED_PORT = 54329;

type Probe = 'ok' | 'unreachable' | 'starting';

/** Connects to the server of `url` (database `postgres`) and creates `database` if missing. */
async function probeAndCreate(url: string, database: string): Promise<Probe> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    if (!(e instanceof DatabaseError)) return 'unreachable'; // refused, timed out, no such host
    if (e.code === '57P03') return 'starting'; // "the database system is starting up"
    // The server answered but said no (wrong password, no such role, …): starting another
    // one would hide the mistake.
    throw new Error(`PostgreSQL at ${redactUrl(url)} refused the connection: ${e.message}`);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) {
      await client
        .query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
        .catch((e: unknown) => {
          // Someone else created it at the same moment.
          if (!(e instanceof DatabaseError && (e.code === '42P04' || e.code === '23505'))) throw e;
        });
    }
    return 'ok';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The folder with `initdb` and `postgres`: the newest /usr/lib/postgresql/N/bin, else PATH. */
export function findPostgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = join(root, v, 'bin');
      if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'postgres'))) return bin;
    }
  }
  const initdb = findExecutable('initdb', ['/usr/local/pgsql/bin']);
  if (!initdb) return undefined;
  const bin = join(initdb, '..');
  return existsSync(join(bin, 'postgres')) ? bin : undefined;
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'niaz';
}

/**
 * PostgreSQL for Niaz. Uses `DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/niaz)
 * when its server answers, creating the database if needed. Otherwise starts a private
 * PostgreSQL from the system's binaries: cluster in `<dataDir>/postgres` (made by `initdb -A
 * trust -U postgres` on first use), port 54329 or any free one, socket in
 * `<dataDir>/postgres-socket`, log in `<dataDir>/postgres.log`. As root it runs as the
 * `postgres` OS user, since PostgreSQL refuses to run as root.
 */
export async function ensurePostgres(
  opts: EnsureOptions & { database?: string },
): Promise<Service & { url: string }> {
  const env = opts.env ?? process.env;
  const configured = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const database = opts.database ?? databaseOf(configured);
  const target = new URL(configured);
  target.pathname = `/${encodeURIComponent(database)}`;

  for (let attempt = 0; ; attempt++) {
    const probe = await probeAndCreate(target.toString(), database);
    if (probe === 'ok') return existingService('PostgreSQL', target.toString());
    if (probe === 'unreachable') break;
    if (attempt >= 50) throw new Error(`PostgreSQL at ${redactUrl(configured)} kept starting up`);
    await new Promise((r) => setTimeout(r, 200));
  }

  const bin = findPostgresBinaries();
  if (!bin)
    throw new Error(
      `PostgreSQL is not reachable at ${redactUrl(configured)} and no local binaries were found: install it (apt-get install postgresql) or set DATABASE_URL`,
    );
  return startLocalPostgres(bin, database, opts);
}

async function startLocalPostgres(
  bin: string,
  database: string,
  opts: EnsureOptions,
): Promise<Service & { url: string }> {
  const log = opts.log ?? (() => undefined);
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? osUser('postgres') : undefined;
  if (asRoot && !user)
    throw new Error(
      'PostgreSQL is not reachable and cannot run as root, and there is no `postgres` OS user to run it as: create one (useradd -r postgres) or set DATABASE_URL',
    );

  mkdirSync(opts.dataDir, { recursive: true });
  const pgData = join(opts.dataDir, 'postgres');
  const socketDir = join(opts.dataDir, 'postgres-socket');
  const logFile = join(opts.dataDir, 'postgres.log');
  mkdirSync(socketDir, { recursive: true });
  if (user) {
    // The postgres user must reach into dataDir (search permission only) and own its folders.
    const mode = statSync(opts.dataDir).mode;
    if ((mode & 0o001) === 0) chmodSync(opts.dataDir, (mode & 0o7777) | 0o001);
    chownSync(socketDir, user.uid, user.gid);
    const reach = spawnSync('test', ['-x', opts.dataDir], user);
    if (reach.status !== 0)
      throw new Error(
        `PostgreSQL must run as the postgres OS user, which cannot reach ${opts.dataDir}: choose a data folder outside private directories or set DATABASE_URL`,
      );
  }

  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    mkdirSync(pgData, { recursive: true, mode: 0o700 });
    if (user) chownSync(pgData, user.uid, user.gid);
    const init = spawnSync(
      join(bin, 'initdb'),
      ['-D', pgData, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale'],
      { encoding: 'utf8', cwd: pgData, ...(user ?? {}) },
    );
    if (init.status !== 0)
      throw new Error(`initdb failed in ${pgData}: ${(init.stderr || init.stdout || '').trim()}`);
    log(`initialised a new PostgreSQL cluster in ${pgData}`);
  } else {
    // A postmaster from an earlier run that died without stopping it holds the cluster.
    const pidFile = join(pgData, 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (await stopLeftover(pid, pgData, 'SIGINT'))
        log(`stopped a PostgreSQL left running by an earlier run (pid ${pid})`);
    }
  }

  const port = await freePort(PREFERRED_PORT);
  // A Unix socket path must fit in 107 bytes; TCP is what we use anyway.
  const socketFits = Buffer.byteLength(join(socketDir, `.s.PGSQL.${port}.lock`)) < 100;
  const proc = startProcess({
    command: join(bin, 'postgres'),
    args: [
      '-D',
      pgData,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketFits ? socketDir : ''}`,
    ],
    cwd: pgData,
    logFile,
    user,
    stopSignal: 'SIGINT', // "fast" shutdown: SIGTERM would wait for every client to leave
    lastResortSignal: 'SIGINT',
    graceMs: 10_000,
  });
  const url = `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  try {
    await waitUntil(async () => (await probeAndCreate(url, database)) === 'ok', {
      timeoutMs: 30_000,
      what: `PostgreSQL (${join(bin, 'postgres')}) on port ${port}`,
      failed: proc.exitReason,
    });
  } catch (e) {
    await proc.stop();
    throw new Error(`${(e as Error).message}; last lines of ${logFile}:\n${logTail(logFile)}`);
  }
  return {
    name: 'PostgreSQL',
    url,
    started: true,
    dataDir: pgData,
    pid: proc.pid,
    stop: () => proc.stop(),
  };
}
