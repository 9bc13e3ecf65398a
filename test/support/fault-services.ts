import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@niaz/testing';
import { ensureMeilisearch, freePort, MeiliService } from '../../scripts/stack';
import { ManagedProcess, startProcess } from '../../scripts/stack/process';

/**
 * Services of the fault tests' own, so that killing them never touches the shared ones the
 * other test files use: a Redis on a port of its own (no persistence: a restart forgets
 * everything), a Meilisearch with a data folder of its own, and a TCP proxy in front of
 * the shared PostgreSQL that a test cuts and restores (PostgreSQL itself keeps running).
 */

const listens = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface OwnRedis {
  url: string;
  port: number;
  /** SIGKILL: everything in memory is gone. */
  kill(): Promise<void>;
  /** A new redis-server on the same port, empty. */
  start(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort(0);
  const dir = mkdtempSync(join(tmpdir(), 'niaz-fault-redis-'));
  let proc: ManagedProcess | undefined;
  const start = async () => {
    // Dies with this process (pdeathsig), like the stack's own services.
    proc = startProcess({
      command: 'redis-server',
      args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      cwd: dir,
      logFile: join(dir, 'redis.log'),
    });
    await waitFor(() => listens(port), { what: `own redis-server on ${port}` });
  };
  const kill = async () => {
    const p = proc;
    proc = undefined;
    if (!p || p.exitReason()) return;
    process.kill(p.pid, 'SIGKILL');
    await p.stop();
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, kill, start };
}

export interface OwnMeili {
  url: string;
  masterKey: string;
  /** SIGKILL. */
  kill(): Promise<void>;
  /** Starts it again on the same port; `empty` deletes its data folder first (a lost disk). */
  start(opts?: { empty?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnMeili(): Promise<OwnMeili> {
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-fault-meili-'));
  let service: MeiliService = await ensureMeilisearch({ dataDir, port: 0, env: {} });
  const port = Number(new URL(service.url).port);
  const own: OwnMeili = {
    url: service.url,
    masterKey: service.masterKey,
    async kill() {
      if (service.pid) process.kill(service.pid, 'SIGKILL');
      await service.stop();
    },
    async start({ empty = false } = {}) {
      if (empty) rmSync(join(dataDir, 'meili', 'data.ms'), { recursive: true, force: true });
      service = await ensureMeilisearch({ dataDir, port, env: {} });
      if (service.url !== own.url) throw new Error(`Meilisearch came back on ${service.url}`);
    },
    async stop() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return own;
}

export interface CuttableProxy {
  port: number;
  /** Closes every connection and refuses new ones (PostgreSQL looks down). */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy to `target` whose connections a test can cut and restore. */
export async function startProxy(targetHost: string, targetPort: number): Promise<CuttableProxy> {
  const port = await freePort(0);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        sockets.add(client);
        sockets.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop);
        upstream.on('error', drop);
        client.on('close', drop);
        upstream.on('close', drop);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve();
      });
    });
  const cut = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  };
  await listen();
  return { port, cut, restore: listen, close: cut };
}
