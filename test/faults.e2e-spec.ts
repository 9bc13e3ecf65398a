import { INDEX_DEFINITIONS } from '@niaz/search';
import { waitFor } from '@niaz/testing';
import { Queue } from 'bullmq';
import { MeiliSearch } from 'meilisearch';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import {
  CuttableProxy,
  OwnMeili,
  OwnRedis,
  startOwnMeili,
  startOwnRedis,
  startProxy,
} from './support/fault-services';
import { addCapability, publishNeed } from './support/notify-helpers';
import { spawnWorker, WorkerProcess } from './support/worker-process';

const SAVED = [
  'REDIS_URL',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'DATABASE_URL',
  'JOB_SCHEDULE_CHECK_MS',
];

/**
 * Faults with real processes, on services of this file's own: its own Redis (another port,
 * no persistence) and Meilisearch (its own data folder) that the tests kill and restart,
 * and a TCP proxy in front of the shared PostgreSQL that they cut and restore. The api runs
 * in this process, the worker as a child process; neither is restarted by the tests except
 * where a test kills the worker on purpose.
 */
describe('faults: services killed and restarted under a running api and worker', () => {
  const saved = Object.fromEntries(SAVED.map((k) => [k, process.env[k]]));
  let redis: OwnRedis;
  let meili: OwnMeili;
  let proxy: CuttableProxy;
  let ctx: ApiTestContext;
  let worker: WorkerProcess | undefined;
  let db: DataSource;
  let buyer: Actor;
  let supplier: Actor;
  const queues: Queue[] = [];

  const workerEnv = {
    JOB_SCHEDULE_CHECK_MS: '1000',
    SEARCH_RECONCILE_MS: '600000',
    NOTIFY_LOCK_MS: '3000',
  };

  beforeAll(async () => {
    redis = await startOwnRedis();
    meili = await startOwnMeili();
    const pg = new URL(process.env.DATABASE_URL!);
    proxy = await startProxy(pg.hostname, Number(pg.port || 5432));
    pg.hostname = '127.0.0.1';
    pg.port = String(proxy.port);
    process.env.DATABASE_URL = pg.toString();
    process.env.REDIS_URL = redis.url;
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    process.env.JOB_SCHEDULE_CHECK_MS = '1000';
    ctx = await startApi();
    db = ctx.app.get(DataSource);
    worker = await spawnWorker(workerEnv);
    buyer = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    for (const q of queues) await q.close().catch(() => undefined);
    await proxy?.restore().catch(() => undefined);
    await ctx?.close();
    await proxy?.close();
    await meili?.stop();
    await redis?.kill();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  const meiliClient = () => new MeiliSearch({ host: meili.url, apiKey: meili.masterKey });
  const uid = (key: 'needs' | 'capabilities') => `${process.env.MEILI_INDEX_PREFIX}${key}`;
  const indexedIds = async (key: 'needs' | 'capabilities'): Promise<string[]> => {
    try {
      const page = await meiliClient()
        .index(uid(key))
        .getDocuments<{ id: string }>({ fields: ['id'], limit: 1000 });
      return page.results.map((d) => d.id).sort();
    } catch {
      return [];
    }
  };
  const publicNeedIds = async (): Promise<string[]> =>
    (
      await db.query(
        `SELECT id FROM need WHERE status <> 'draft' AND "publishedAt" IS NOT NULL ORDER BY id`,
      )
    )
      .map((r: { id: string }) => r.id)
      .sort();
  /** Outbox rows some job of which has not completed (or not even been relayed). */
  const unfinished = async (): Promise<number> =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL OR cardinality("pendingQueues") > 0`,
      )
    )[0].n;
  const noDuplicateNotices = async () => {
    const [{ dupes }] = await db.query(
      `SELECT count(*)::int AS dupes FROM (SELECT 1 FROM notification GROUP BY "userId", "eventKey" HAVING count(*) > 1) d`,
    );
    expect(dupes).toBe(0);
  };
  const queue = (name: string) => {
    const q = new Queue(name, {
      connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: 1 },
      prefix: process.env.QUEUE_PREFIX,
    });
    q.on('error', () => undefined);
    queues.push(q);
    return q;
  };

  it('Meilisearch killed during indexing and restarted with an EMPTY data folder: the indexes converge with PostgreSQL by themselves, with their settings', async () => {
    const capabilityId = await addCapability(ctx, supplier);
    const before: Array<Promise<string>> = [];
    for (let i = 0; i < 6; i++) before.push(publishNeed(ctx, buyer, { title: `Fault need ${i}` }));
    await Promise.all(before);
    await meili.kill(); // while those are being indexed
    for (let i = 0; i < 3; i++) await publishNeed(ctx, buyer, { title: `Written while down ${i}` });
    await meili.start({ empty: true });
    for (let i = 0; i < 2; i++) await publishNeed(ctx, buyer, { title: `Written after ${i}` });

    const expected = await publicNeedIds();
    expect(expected).toHaveLength(11);
    await waitFor(
      async () =>
        JSON.stringify(await indexedIds('needs')) === JSON.stringify(expected) &&
        (await indexedIds('capabilities')).includes(capabilityId),
      { what: 'both indexes to hold what PostgreSQL holds', timeoutMs: 90_000, intervalMs: 500 },
    );
    // Created with their settings, not by a document write.
    for (const key of ['needs', 'capabilities'] as const) {
      const index = meiliClient().index(uid(key));
      expect(await index.getSearchableAttributes()).toEqual(
        INDEX_DEFINITIONS[key].settings.searchableAttributes,
      );
      expect((await index.getRawInfo()).primaryKey).toBe('id');
    }
    // Search answers with filters (they need the settings).
    const res = await request(ctx.url)
      .get('/api/v1/search/needs')
      .query({ q: 'Written after', country: 'IR' })
      .set(bearer(supplier))
      .expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
  }, 150_000);

  it('Redis restarted WITHOUT persistence during traffic: the job schedulers are back within a minute, no work is lost, nothing is delivered twice', async () => {
    const lifecycle = queue('lifecycle');
    await waitFor(async () => (await lifecycle.getJobScheduler('deadline-sweep')) !== undefined, {
      what: 'the deadline sweep scheduler',
    });
    const soon = await publishNeed(ctx, buyer, {
      title: 'Deadline passes while Redis is away',
      bidDeadline: new Date(Date.now() + 6000).toISOString(),
    });
    const during: Array<Promise<string>> = [];
    for (let i = 0; i < 4; i++) during.push(publishNeed(ctx, buyer, { title: `Traffic ${i}` }));
    await redis.kill();
    await Promise.allSettled(during);
    const whileDown = await publishNeed(ctx, buyer, { title: 'Published while Redis is down' });
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start(); // empty: schedulers, queued jobs, everything gone
    const restarted = Date.now();

    const notifications = queue('notifications');
    const search = queue('search');
    await waitFor(
      async () =>
        (await lifecycle.getJobScheduler('deadline-sweep')) !== undefined &&
        (await notifications.getJobScheduler('notifications-sweep')) !== undefined &&
        (await notifications.getJobScheduler('notifications-digest')) !== undefined &&
        (await search.getJobScheduler('search-reconcile')) !== undefined &&
        (await queue('maintenance').getJobScheduler('outbox-prune')) !== undefined,
      { what: 'every job scheduler to be back', timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(Date.now() - restarted).toBeLessThan(60_000);

    // The deadline sweep runs again: the need moves on to evaluation.
    await waitFor(
      async () =>
        (await db.query(`SELECT status FROM need WHERE id = $1`, [soon]))[0].status !== 'open',
      { what: 'the deadline sweep to move the need on', timeoutMs: 60_000, intervalMs: 500 },
    );
    // Everything published is searchable, including what was in flight when Redis died.
    const expected = await publicNeedIds();
    expect(expected).toContain(whileDown);
    await waitFor(
      async () => {
        const indexed = await indexedIds('needs');
        return expected.every((id) => indexed.includes(id));
      },
      { what: 'the needs to be indexed', timeoutMs: 60_000, intervalMs: 500 },
    );
    // No work lost: every job of every outbox row completed, including those Redis forgot.
    await waitFor(async () => (await unfinished()) === 0, {
      what: 'every outbox job to complete',
      timeoutMs: 60_000,
      intervalMs: 500,
    });
    // Nobody told twice about one event.
    await noDuplicateNotices();
  }, 180_000);

  it('the worker SIGKILLed during indexing and matching: nothing lost, nothing duplicated', async () => {
    const capabilities = await Promise.all([
      addCapability(ctx, supplier),
      addCapability(ctx, await register(ctx, ['supplier'])),
    ]);
    const needs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        publishNeed(ctx, buyer, { title: `Ahşap palet ${i}`, hsCodes: ['441520'] }),
      ),
    );
    // Kill once some of this burst is indexed and the rest is in flight.
    await waitFor(async () => (await indexedIds('needs')).some((id) => needs.includes(id)), {
      what: 'indexing to be under way',
      intervalMs: 50,
    });
    await worker!.kill();
    worker = await spawnWorker(workerEnv);

    // Jobs the killed worker held are taken over once their lock lapses (30 s).
    await waitFor(async () => (await unfinished()) === 0, {
      what: 'every outbox job to complete after the restart',
      timeoutMs: 150_000,
      intervalMs: 500,
    }).catch(async (e: Error) => {
      const left = await db.query(
        `SELECT id, type, "relayedAt", "pendingQueues" FROM outbox_event
          WHERE "relayedAt" IS NULL OR cardinality("pendingQueues") > 0 ORDER BY id`,
      );
      const states = await Promise.all(
        left.flatMap((r: { id: string; pendingQueues: string[] }) =>
          r.pendingQueues.map(
            async (q) => `${r.id}/${q}: ${await queue(q).getJobState(`ob-${r.id}-${q}`)}`,
          ),
        ),
      );
      throw new Error(`${e.message}: ${JSON.stringify(left)} ${states.join(', ')}`);
    });
    const indexed = await indexedIds('needs');
    expect(needs.every((id) => indexed.includes(id))).toBe(true);
    const caps = await indexedIds('capabilities');
    expect(capabilities.every((id) => caps.includes(id))).toBe(true);
    // Matching ran for every need (one `need.matched` event each), and stored each pair once.
    const [{ matched }] = await db.query(
      `SELECT count(DISTINCT payload->>'needId')::int AS matched FROM outbox_event
        WHERE type = 'need.matched' AND payload->>'needId' = ANY($1)`,
      [needs],
    );
    expect(matched).toBe(needs.length);
    const [{ pairs, distinct }] = await db.query(
      `SELECT count(*)::int AS pairs, count(DISTINCT ("needId", "capabilityId"))::int AS distinct
         FROM match WHERE "needId" = ANY($1::uuid[])`,
      [needs],
    );
    expect(pairs).toBe(distinct);
    await noDuplicateNotices();
  }, 240_000);

  it('PostgreSQL unreachable: requests answer 503 problem+json, /health/ready names it; api and worker recover without a restart (the relay LISTENs again)', async () => {
    const listening = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()`,
          [`LISTEN "niaz_outbox_${process.env.DATABASE_SCHEMA}"`],
        )
      )[0].n;
    await waitFor(async () => (await listening()) >= 1, { what: "the relay's LISTEN" });

    await proxy.cut();
    const down = await request(ctx.url).get('/api/v1/needs').set(bearer(buyer));
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body).toMatchObject({ status: 503 });
    const ready = await request(ctx.url).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(ready.body.errors.map((e: { field: string }) => e.field)).toEqual(['postgres']);
    await new Promise((r) => setTimeout(r, 3000)); // the worker notices too

    await proxy.restore();
    await waitFor(async () => (await request(ctx.url).get('/health/ready')).status === 200, {
      what: 'the api to be ready again',
    });
    await waitFor(async () => (await listening()) >= 1, {
      what: "the relay's LISTEN to reconnect",
      timeoutMs: 30_000,
    });
    // The worker works again: a need published now is indexed.
    const after = await publishNeed(ctx, buyer, { title: 'Published after PostgreSQL came back' });
    await waitFor(async () => (await indexedIds('needs')).includes(after), {
      what: 'the worker to index again',
      timeoutMs: 30_000,
    });
  }, 120_000);
});
