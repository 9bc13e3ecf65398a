import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, Log, Service, terminate, track, waitUntil } from './service';

async function connect(url: string): Promise<Client | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch {
    return undefined;
  }
}

/** Creates `database` on the server of `url` when it does not exist yet. */
async function ensureDatabase(serverUrl: string, database: string): Promise<boolean> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = await connect(admin.toString());
  if (!client) return false;
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

function findBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions)
      if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb']);
  const path = which.stdout?.toString().trim();
  return path ? join(path, '..') : undefined;
}

/** PostgreSQL refuses to run as root: run its programs as the `postgres` OS user then. */
function asPostgresUser(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]]
    : [cmd, args];
}

/**
 * Uses `DATABASE_URL` when its server answers (creating the database if needed); otherwise
 * starts a private PostgreSQL from the system's binaries with its data under `dataDir/postgres`.
 */
export async function ensurePostgres(opts: {
  dataDir: string;
  log: Log;
  env?: NodeJS.ProcessEnv;
}): Promise<Service> {
  const env = opts.env ?? process.env;
  const configured = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/niaz';
  const database = new URL(configured).pathname.slice(1) || 'niaz';
  if (await ensureDatabase(configured, database)) {
    return { name: 'PostgreSQL', url: configured, started: false, stop: async () => undefined };
  }
  const bin = findBinaries();
  if (!bin) {
    throw new Error(
      `PostgreSQL is not reachable at ${configured} and no local binaries were found: apt-get install postgresql, or set DATABASE_URL`,
    );
  }
  const dir = join(opts.dataDir, 'postgres');
  const socketDir = join(opts.dataDir, 'postgres-socket');
  mkdirSync(socketDir, { recursive: true });
  const chownToPostgres = (path: string) => {
    if (process.getuid?.() !== 0) return;
    const id = spawnSync('id', ['-u', 'postgres']).stdout.toString().trim();
    const gid = spawnSync('id', ['-g', 'postgres']).stdout.toString().trim();
    if (id) chownSync(path, Number(id), Number(gid));
  };
  chownToPostgres(opts.dataDir);
  chownToPostgres(socketDir);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    chownToPostgres(dir);
    const [cmd, args] = asPostgresUser(join(bin, 'initdb'), [
      '-D',
      dir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    const init = spawnSync(cmd, args, { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort(54329);
  const [cmd, args] = asPostgresUser(join(bin, 'postgres'), [
    '-D',
    dir,
    '-p',
    String(port),
    '-k',
    socketDir,
    '-c',
    'listen_addresses=127.0.0.1',
  ]);
  const child = spawn(cmd, args, { stdio: 'ignore' });
  track(child);
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  await waitUntil(() => ensureDatabase(url, database), 30_000, `PostgreSQL at 127.0.0.1:${port}`);
  return { name: 'PostgreSQL', url, started: true, stop: () => terminate(child, 10_000) };
}
