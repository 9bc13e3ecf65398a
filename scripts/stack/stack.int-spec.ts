import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import {
  ensureMeilisearch,
  ensurePostgres,
  ensureRedis,
  findPostgresBinaries,
  freePort,
  startStack,
} from './index';
import { findExecutable } from './process';

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie is gone for our purposes.
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/\) Z /.test(readFileSync(stat, 'utf8'));
}

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/health`)).status;
}

async function deadUrl(scheme: string, path = ''): Promise<string> {
  return `${scheme}://127.0.0.1:${await freePort(0)}${path}`;
}

describe('local stack', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'niaz-stack-spec-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('freePort gives the preferred port when it is free, another one when it is taken', async () => {
    const port = await freePort(0);
    expect(await freePort(port)).toBe(port);
    const server = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const other = await freePort(port);
      expect(other).not.toBe(port);
      expect(other).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('starts Meilisearch from the npm package on a free port, keeps its key, and stops it', async () => {
    const meili = await ensureMeilisearch({ dataDir, port: 0, env: {} });
    try {
      expect(meili.started).toBe(true);
      expect(meili.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(meili.url).not.toBe('http://127.0.0.1:7700');
      expect(await health(meili.url)).toBe(200);
      expect(meili.masterKey).toMatch(/^[0-9a-f]{32,}$/);
      expect(readFileSync(join(dataDir, 'meili', 'master-key'), 'utf8').trim()).toBe(
        meili.masterKey,
      );
      const withKey = await fetch(`${meili.url}/indexes`, {
        headers: { Authorization: `Bearer ${meili.masterKey}` },
      });
      expect(withKey.status).toBe(200);
      expect((await fetch(`${meili.url}/indexes`)).status).toBe(401);
      expect(isAlive(meili.pid)).toBe(true);
    } finally {
      await meili.stop();
    }
    expect(isAlive(meili.pid)).toBe(false);
    await expect(fetch(`${meili.url}/health`)).rejects.toThrow();

    // A second start finds the same data and key.
    const again = await ensureMeilisearch({ dataDir, port: 0, env: {} });
    try {
      expect(again.masterKey).toBe(meili.masterKey);
      expect(await health(again.url)).toBe(200);
    } finally {
      await again.stop();
    }
    expect(isAlive(again.pid)).toBe(false);
  });

  it('uses a Meilisearch that answers at MEILI_URL instead of starting one', async () => {
    const first = await ensureMeilisearch({ dataDir, port: 0, env: {} });
    try {
      const reused = await ensureMeilisearch({
        dataDir: join(dataDir, 'unused'),
        env: { MEILI_URL: first.url, MEILI_MASTER_KEY: first.masterKey },
      });
      expect(reused).toMatchObject({ started: false, url: first.url, masterKey: first.masterKey });
      await reused.stop(); // a no-op
      expect(await health(first.url)).toBe(200);
      expect(existsSync(join(dataDir, 'unused'))).toBe(false);
    } finally {
      await first.stop();
    }
  });

  it('reuses the running Redis and PostgreSQL (started=false) and creates the database', async () => {
    const redis = await ensureRedis({ dataDir });
    expect(redis.started).toBe(false);
    await redis.stop(); // a no-op
    const client = new Redis(redis.url);
    try {
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }

    const database = `niaz_stack_spec_${Date.now().toString(36)}`;
    const pg = await ensurePostgres({ dataDir, database });
    expect(pg.started).toBe(false);
    expect(new URL(pg.url).pathname).toBe(`/${database}`);
    await pg.stop(); // a no-op
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    try {
      expect((await db.query('SELECT current_database() AS db')).rows[0].db).toBe(database);
    } finally {
      await db.end();
    }
    const admin = new URL(pg.url);
    admin.pathname = '/postgres';
    const adminClient = new Client({ connectionString: admin.toString() });
    await adminClient.connect();
    try {
      await adminClient.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await adminClient.end();
    }
  });

  (findExecutable('redis-server', ['/usr/bin', '/usr/sbin', '/usr/local/bin']) ? it : it.skip)(
    'starts redis-server when REDIS_URL does not answer, and stops it',
    async () => {
      const redis = await ensureRedis({ dataDir, env: { REDIS_URL: await deadUrl('redis') } });
      expect(redis.started).toBe(true);
      const client = new Redis(redis.url);
      try {
        expect(await client.ping()).toBe('PONG');
      } finally {
        client.disconnect();
      }
      await redis.stop();
      expect(isAlive(redis.pid)).toBe(false);
    },
  );

  (findPostgresBinaries() ? it : it.skip)(
    'starts PostgreSQL from the system binaries when DATABASE_URL does not answer, and stops it',
    async () => {
      const pg = await ensurePostgres({
        dataDir,
        env: { DATABASE_URL: await deadUrl('postgres', '/niaz_local') },
      });
      try {
        expect(pg.started).toBe(true);
        expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
        const db = new Client({ connectionString: pg.url });
        await db.connect();
        try {
          expect((await db.query('SELECT current_database() AS db')).rows[0].db).toBe('niaz_local');
        } finally {
          await db.end();
        }
      } finally {
        await pg.stop();
      }
      expect(isAlive(pg.pid)).toBe(false);
    },
  );

  it('startStack stops what it started when one service cannot be had', async () => {
    // The server answers but refuses this role, so no local PostgreSQL is started instead.
    const refused = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/niaz');
    refused.username = 'niaz_no_such_role';
    refused.password = '';
    const lines: string[] = [];
    await expect(
      startStack({
        dataDir,
        meiliPort: 0,
        log: (line) => lines.push(line),
        env: { DATABASE_URL: refused.toString(), REDIS_URL: process.env.REDIS_URL },
      }),
    ).rejects.toThrow(/refused the connection/);
    // Meilisearch was started alongside and has been stopped again.
    expect(existsSync(join(dataDir, 'meili', 'master-key'))).toBe(true);
    expect(existsSync(join(dataDir, 'meili', 'meili.pid'))).toBe(false);
    expect(lines.filter((l) => l.startsWith('started'))).toEqual([]);
  });
});
