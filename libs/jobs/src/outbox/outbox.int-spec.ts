import { spawn, ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Test } from '@nestjs/testing';
import { Worker } from 'bullmq';
import { CoreConfigModule, DatabaseModule } from '@niaz/core';
import { isolateTestFile, TestIsolation, waitFor } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { QueuesModule } from '../queues.module';
import { QueueRegistry } from '../queue-registry';
import { OutboxModule } from './outbox.module';
import { OutboxRelayModule } from './outbox-relay.module';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxWriter } from './outbox.writer';
import { OutboxMaintenanceProcessor } from './outbox-maintenance.processor';
import { JobSchedules } from '../job-schedules';
import { outboxJobId } from './outbox-channel';
import { workerConnection } from '../redis-connection';

async function buildContext() {
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreConfigModule,
      DatabaseModule,
      QueuesModule.forRoot(),
      OutboxModule,
      OutboxRelayModule,
    ],
  }).compile();
  // compile() runs no lifecycle hooks: the relay stays stopped until a test starts it.
  return {
    moduleRef,
    ds: moduleRef.get(DataSource),
    writer: moduleRef.get(OutboxWriter),
    relay: moduleRef.get(OutboxRelayService),
    queues: moduleRef.get(QueueRegistry),
    close: async () => {
      await moduleRef.get(OutboxRelayService).stop();
      await moduleRef.close();
    },
  };
}
type Ctx = Awaited<ReturnType<typeof buildContext>>;

async function pendingRows(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query(
    `SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL`,
  );
  return n;
}

async function publish(ctx: Ctx, needId: string) {
  await ctx.ds.transaction((m) => ctx.writer.write(m, 'need.published', { needId, actorId: null }));
  const [{ id }] = await ctx.ds.query(`SELECT max(id)::text AS id FROM outbox_event`);
  return id as string;
}

describe('transactional outbox (real PostgreSQL and Redis)', () => {
  let isolation: TestIsolation;
  let ctx: Ctx;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ctx = await buildContext();
  });
  afterAll(async () => {
    await ctx?.close();
    await isolation?.cleanup();
  });
  beforeEach(async () => {
    await ctx.ds.query('DELETE FROM outbox_event');
    for (const [, queue] of ctx.queues.all()) await queue.obliterate({ force: true });
  });

  it('refuses to write outside a transaction', async () => {
    await expect(
      ctx.writer.write(ctx.ds.manager, 'need.published', { needId: 'x', actorId: null }),
    ).rejects.toThrow(/transaction/);
  });

  it('never turns a row written in a rolled-back transaction into a job', async () => {
    await expect(
      ctx.ds.transaction(async (m) => {
        await ctx.writer.write(m, 'need.published', { needId: 'rolled-back', actorId: null });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await ctx.relay.relayBatch()).toBe(0);
    const counts = await ctx.queues
      .get('search')
      .getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('adds one job per routed queue, with a jobId derived from the row', async () => {
    const id = await publish(ctx, 'need-1');
    expect(await ctx.relay.relayBatch()).toBe(1);
    for (const queue of ['search'] as const) {
      const job = await ctx.queues.get(queue).getJob(outboxJobId(id, queue));
      expect(job?.name).toBe('need.published');
      expect(job?.data).toMatchObject({ needId: 'need-1', outboxId: id });
    }
    // Its notices follow from `need.matched`: no notifications job of its own.
    expect(await ctx.queues.get('notifications').count()).toBe(0);
    expect(await ctx.queues.get('lifecycle').count()).toBe(0);
    // Matching follows indexing (the search indexer adds it), not the outbox.
    expect(await ctx.queues.get('matching').count()).toBe(0);
    expect(await pendingRows(ctx.ds)).toBe(0);
  });

  it('makes one job of a row relayed twice', async () => {
    const id = await publish(ctx, 'need-twice');
    await ctx.relay.relayBatch();
    // As if the relay crashed after adding the jobs but before its commit.
    await ctx.ds.query(`UPDATE outbox_event SET "relayedAt" = NULL WHERE id = $1`, [id]);
    expect(await ctx.relay.relayBatch()).toBe(1);
    const waiting = await ctx.queues.get('search').getWaiting();
    expect(waiting.filter((j) => j.data.needId === 'need-twice')).toHaveLength(1);
  });

  it('is woken by NOTIFY without waiting for the poll', async () => {
    process.env.OUTBOX_POLL_MS = '60000';
    const woken = await buildContext();
    try {
      await woken.relay.start();
      await new Promise((r) => setTimeout(r, 300)); // the first, empty drain and LISTEN
      const id = await publish(woken, 'need-notify');
      await waitFor(
        async () =>
          (await woken.queues.get('search').getJob(outboxJobId(id, 'search'))) !== undefined,
        {
          timeoutMs: 3000,
          what: 'the NOTIFY wake-up',
        },
      );
    } finally {
      process.env.OUTBOX_POLL_MS = '200';
      await woken.close();
    }
  });

  it('never relays one row twice when two relays run at once', async () => {
    const other = await buildContext();
    try {
      const rows = 600;
      await ctx.ds.query(
        `INSERT INTO outbox_event (type, payload) SELECT 'capability.upserted', jsonb_build_object('capabilityId', g::text, 'actorId', null) FROM generate_series(1, $1) g`,
        [rows],
      );
      const seen = { a: [] as string[], b: [] as string[] };
      ctx.relay.onRelayed = (ids) => seen.a.push(...ids);
      other.relay.onRelayed = (ids) => seen.b.push(...ids);
      await Promise.all([
        ctx.relay.wake(),
        other.relay.wake(),
        ctx.relay.wake(),
        other.relay.wake(),
      ]);
      ctx.relay.onRelayed = undefined;
      const a = new Set(seen.a);
      const b = new Set(seen.b);
      expect(a.size).toBe(seen.a.length);
      expect(b.size).toBe(seen.b.length);
      expect([...a].filter((id) => b.has(id))).toEqual([]);
      expect(a.size + b.size).toBe(rows);
      expect(a.size).toBeGreaterThan(0);
      expect(b.size).toBeGreaterThan(0);
      expect(await pendingRows(ctx.ds)).toBe(0);
      expect(await ctx.queues.get('search').count()).toBe(rows);
    } finally {
      await other.close();
    }
  });
});

describe('outbox upkeep (real PostgreSQL and Redis)', () => {
  let isolation: TestIsolation;
  let ctx: Ctx;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ctx = await buildContext();
  });
  afterAll(async () => {
    await ctx?.close();
    await isolation?.cleanup();
  });

  it('prunes relayed rows older than the retention, never rows still waiting', async () => {
    await ctx.ds.query('DELETE FROM outbox_event');
    await ctx.ds.query(
      `INSERT INTO outbox_event (type, payload, "createdAt", "relayedAt") VALUES
         ('need.updated', '{"needId":"old-relayed","actorId":null}', now() - interval '20 days', now() - interval '20 days'),
         ('need.updated', '{"needId":"young-relayed","actorId":null}', now() - interval '2 days', now() - interval '2 days'),
         ('need.updated', '{"needId":"old-waiting","actorId":null}', now() - interval '40 days', NULL)`,
    );
    const maintenance = ctx.moduleRef.get(OutboxMaintenanceProcessor);
    expect(await maintenance.prune(14)).toBe(1);
    const left: Array<{ needId: string }> = await ctx.ds.query(
      `SELECT payload->>'needId' AS "needId" FROM outbox_event ORDER BY id`,
    );
    expect(left.map((r) => r.needId)).toEqual(['young-relayed', 'old-waiting']);
  });

  it('records a failed relay on its rows (attempts, lastError) and clears the error once relayed', async () => {
    await ctx.ds.query('DELETE FROM outbox_event');
    const id = await publish(ctx, 'need-fails');
    const queue = ctx.queues.get('search');
    const addBulk = jest.spyOn(queue, 'addBulk').mockRejectedValueOnce(new Error('Redis is away'));
    try {
      expect(await ctx.relay.wake()).toBe(0);
    } finally {
      addBulk.mockRestore();
    }
    const [failed] = await ctx.ds.query(
      `SELECT attempts, "lastError", "relayedAt" FROM outbox_event WHERE id = $1`,
      [id],
    );
    expect(failed).toMatchObject({ attempts: 1, lastError: 'Redis is away', relayedAt: null });
    expect(await ctx.relay.wake()).toBe(1);
    const [relayed] = await ctx.ds.query(
      `SELECT attempts, "lastError", "relayedAt" FROM outbox_event WHERE id = $1`,
      [id],
    );
    expect(relayed.attempts).toBe(2);
    expect(relayed.lastError).toBeNull();
    expect(relayed.relayedAt).not.toBeNull();
  });

  it('re-adds the jobs Redis lost, from the queues each row still waits for, and only those', async () => {
    await ctx.ds.query('DELETE FROM outbox_event');
    for (const [, q] of ctx.queues.all()) await q.obliterate({ force: true });
    const id = await publish(ctx, 'need-lost');
    expect(await ctx.relay.relayBatch()).toBe(1);
    const [row] = await ctx.ds.query(`SELECT "pendingQueues" FROM outbox_event WHERE id = $1`, [
      id,
    ]);
    // Its own queues and the matching that indexing adds.
    expect([...row.pendingQueues].sort()).toEqual(['matching', 'search']);

    // Redis loses everything.
    for (const [, q] of ctx.queues.all()) await q.obliterate({ force: true });
    expect(await ctx.relay.replayUnfinished()).toBe(1);
    expect(await ctx.queues.get('search').getJob(outboxJobId(id, 'search'))).toBeDefined();
    expect(await ctx.queues.get('notifications').count()).toBe(0);
    // Matching waits for indexing, which adds it itself.
    expect(await ctx.queues.get('matching').count()).toBe(0);
    // Offered again: nothing is added twice.
    expect(await ctx.relay.replayUnfinished()).toBe(0);

    // Indexing completed but its mark was lost (a worker killed in between): marked now, and
    // the matching job it would have added is added.
    const searchQueue = ctx.queues.get('search');
    const taker = new Worker('search', null, {
      connection: workerConnection(process.env.REDIS_URL!),
      prefix: searchQueue.opts.prefix,
      autorun: false,
    });
    try {
      const job = await taker.getNextJob('token');
      expect(job?.id).toBe(outboxJobId(id, 'search'));
      await job!.moveToCompleted('done', 'token', false);
    } finally {
      await taker.close();
    }
    expect(await ctx.relay.replayUnfinished()).toBe(1);
    const [after] = await ctx.ds.query(`SELECT "pendingQueues" FROM outbox_event WHERE id = $1`, [
      id,
    ]);
    expect(after.pendingQueues).toEqual(['matching']);
    const matching = await ctx.queues.get('matching').getJob(outboxJobId(id, 'matching'));
    expect(matching?.name).toBe('matching.need');
    expect(matching?.data).toMatchObject({ needId: 'need-lost' });
  });

  it('restores a job scheduler that Redis forgot', async () => {
    const schedules = ctx.moduleRef.get(JobSchedules);
    await schedules.register({
      id: 'test-sweep',
      queue: 'lifecycle',
      repeat: { every: 60_000 },
      name: 'lifecycle.deadline-sweep',
      data: {},
    });
    const lifecycle = ctx.queues.get('lifecycle');
    expect(await lifecycle.getJobScheduler('test-sweep')).toBeDefined();
    expect(await schedules.check()).toBe(0);
    await lifecycle.obliterate({ force: true }); // as a Redis restarted without persistence
    expect(await lifecycle.getJobScheduler('test-sweep')).toBeUndefined();
    expect(await schedules.check()).toBe(1);
    expect(await lifecycle.getJobScheduler('test-sweep')).toBeDefined();
    await schedules.unregister('lifecycle', 'test-sweep');
  });
});

describe('transactional outbox with Redis stopped', () => {
  let isolation: TestIsolation;
  let redis: ChildProcess | undefined;
  let port: number;
  const savedRedisUrl = process.env.REDIS_URL;

  const startRedis = async () => {
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = createServer().listen(port, '127.0.0.1');
          socket.on('listening', () => socket.close(() => resolve(false)));
          socket.on('error', () => resolve(true));
        }),
      { what: 'redis-server to listen' },
    );
  };
  const stopRedis = async () => {
    const child = redis;
    redis = undefined;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    await startRedis();
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    isolation = await isolateTestFile();
  });
  afterAll(async () => {
    process.env.REDIS_URL = savedRedisUrl;
    await stopRedis();
    await isolation?.cleanup();
  });

  it('keeps rows while Redis is down and relays them when it is back', async () => {
    const ctx = await buildContext();
    try {
      await ctx.queues.get('search').waitUntilReady();
      await stopRedis();
      await publish(ctx, 'need-a');
      await publish(ctx, 'need-b');
      await ctx.relay.wake();
      expect(await pendingRows(ctx.ds)).toBe(2);

      await startRedis();
      await waitFor(
        async () => {
          await ctx.relay.wake();
          return (await pendingRows(ctx.ds)) === 0;
        },
        { timeoutMs: 20_000, intervalMs: 250, what: 'rows to be relayed after Redis came back' },
      );
      const waiting = await ctx.queues.get('search').getWaiting();
      expect(waiting.map((j) => j.data.needId).sort()).toEqual(['need-a', 'need-b']);
    } finally {
      await ctx.close();
    }
  });
});
