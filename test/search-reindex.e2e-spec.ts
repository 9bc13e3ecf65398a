import request from 'supertest';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { MeiliService, SearchReindexer } from '@niaz/search';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, makeAdmin, register } from './support/actors';

const NEEDS = 1200;
const CAPABILITIES = 1200;

/**
 * The full reindex: from Postgres into fresh indexes, swapped in atomically. Search keeps
 * answering (never an error, never empty) while it runs, and changes made meanwhile survive
 * the swap.
 */
describe('reindex (real api, worker, Meilisearch)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  let supplier: Actor;
  const api = () => request(ctx.url);
  const total = async (index: 'needs' | 'capabilities', query = '') =>
    (await api().get(`/api/v1/search/${index}?${query}`).expect(200)).body.total as number;
  /** Documents in an index (the API's `total` stops at maxTotalHits, 1000). */
  const documents = async (index: 'needs' | 'capabilities') =>
    (await ctx.worker!.get(MeiliService).index(index).getStats()).numberOfDocuments;

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    maker = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
    // Rows written straight into Postgres, with no outbox events: only a reindex finds them.
    const ds = ctx.app.get(DataSource);
    await ds.query(
      `INSERT INTO need ("organizationId", "createdById", status, title, description, language, "hsCodes",
         "bidDeadline", country, province, details, "publishedAt")
       SELECT $1, $2, CASE WHEN g % 10 = 0 THEN 'draft' ELSE 'open' END,
              'بلبرینگ صنعتی شماره ' || g, 'یاتاقان برای خط ' || g, 'fa', ARRAY['8482' || lpad((g % 100)::text, 2, '0')],
              now() + interval '30 days', 'IR', 'Qom', 'SECRET ' || g, now()
         FROM generate_series(1, $3) g`,
      [maker.organizationId, maker.userId, NEEDS],
    );
    await ds.query(
      `INSERT INTO capability ("organizationId", "createdById", title, description, language, "hsCodes", country, province)
       SELECT $1, $2, 'Rulman üretimi ' || g, 'Bilyalı rulman serisi ' || g, 'tr', ARRAY['8482'], 'TR', 'Erzurum'
         FROM generate_series(1, $3) g`,
      [supplier.organizationId, supplier.userId, CAPABILITIES],
    );
  });
  afterAll(async () => ctx?.close());

  it('fills empty indexes from Postgres, public needs only', async () => {
    expect(await total('needs', 'status=open')).toBe(0);
    const result = await ctx.worker!.get(SearchReindexer).reindexAll();
    // Every row was written just now, so all are "changed since" the start: the catch-up
    // finds the versions it wrote and re-applies none.
    expect(result).toEqual(
      expect.objectContaining({
        needs: NEEDS - NEEDS / 10,
        capabilities: CAPABILITIES,
        caughtUp: 0,
      }),
    );
    expect(await documents('needs')).toBe(NEEDS - NEEDS / 10);
    expect(await documents('capabilities')).toBe(CAPABILITIES);
    expect(await total('needs')).toBe(1000);
    const secret = await api().get('/api/v1/search/needs?q=SECRET').expect(200);
    expect(secret.body.items).toEqual([]);
  });

  it('keeps answering while it rebuilds, and keeps the changes made meanwhile', async () => {
    const ds = ctx.app.get(DataSource);
    const [victim] = await ds.query(`SELECT id FROM capability ORDER BY id LIMIT 1`);
    const [edited] = await ds.query(
      `SELECT id FROM need WHERE status = 'open' ORDER BY id DESC LIMIT 1`,
    );
    let running = true;
    let searches = 0;
    const failures: string[] = [];
    const loop = (async () => {
      while (running) {
        for (const path of [
          '/api/v1/search/needs?q=بلبرینگ',
          '/api/v1/search/capabilities?q=rulman',
        ]) {
          const res = await api().get(encodeURI(path));
          searches++;
          if (res.status !== 200) failures.push(`${path}: ${res.status}`);
          else if (res.body.items.length === 0) failures.push(`${path}: empty`);
        }
      }
    })();
    let changed: Promise<unknown> | undefined;
    // The rebuild takes about a second now: the swap waits until the changes below are made
    // and searches have run meanwhile, so what this test checks always happens before it.
    const meili = ctx.worker!.get(MeiliService);
    const swapIndexes = meili.client.swapIndexes.bind(meili.client);
    const held = jest.spyOn(meili.client, 'swapIndexes').mockImplementation((...args) =>
      Object.assign(
        (async () => {
          await waitFor(() => changed && searches > 10, { what: 'changes and searches' });
          await changed;
          return swapIndexes(...args);
        })(),
        { waitTask: () => Promise.reject(new Error('not used by the reindex')) },
      ),
    );
    const result = await ctx
      .worker!.get(SearchReindexer)
      .reindexAll({
        // While the fresh indexes fill, change things through the api: the events reach the
        // live (old) index, and must survive the swap.
        advance: () => {
          changed ??= Promise.all([
            api().delete(`/api/v1/capabilities/${victim.id}`).set(bearer(supplier)).expect(204),
            api()
              .patch(`/api/v1/needs/${edited.id}`)
              .set(bearer(maker))
              .send({ title: 'یاتاقان ویژه تغییر یافته در حین بازسازی', rationale: 'نام دقیق‌تر' })
              .expect(200),
          ]);
        },
      })
      .finally(() => held.mockRestore());
    await changed;
    running = false;
    await loop;
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(10);
    expect(result.caughtUp).toBeGreaterThan(0);
    await waitFor(async () => (await documents('capabilities')) === CAPABILITIES - 1, {
      what: 'the capability deleted during the rebuild to stay deleted',
    });
    await waitFor(
      async () => (await total('needs', `q=${encodeURIComponent('تغییر یافته')}`)) === 1,
      { what: 'the need edited during the rebuild to keep its new title' },
    );
    const uids = (
      await ctx.worker!.get(SearchReindexer)['meili'].client.getIndexes({ limit: 100 })
    ).results
      .map((i: { uid: string }) => i.uid)
      .filter((uid: string) => uid.startsWith(ctx.isolation.indexPrefix));
    expect(uids.sort()).toEqual(
      [`${ctx.isolation.indexPrefix}capabilities`, `${ctx.isolation.indexPrefix}needs`].sort(),
    );
  });

  it('POST /admin/search/reindex queues one job that the worker runs', async () => {
    const admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
    const first = await api().post('/api/v1/admin/search/reindex').set(bearer(admin)).expect(202);
    expect(first.body).toEqual({ jobId: expect.any(String), status: 'queued' });
    const queue = ctx.app.get<Queue>(getQueueToken('search'), { strict: false });
    const done = await waitFor(
      async () => {
        const job = await queue.getJob(first.body.jobId);
        // Read again once completed: the copy fetched while it ran has no return value yet.
        return job && (await job.isCompleted()) ? queue.getJob(first.body.jobId) : undefined;
      },
      { what: 'the reindex job to complete', timeoutMs: 60_000 },
    );
    expect(done.returnvalue).toEqual(
      expect.objectContaining({ needs: NEEDS - NEEDS / 10, capabilities: CAPABILITIES - 1 }),
    );
    expect(await documents('capabilities')).toBe(CAPABILITIES - 1);
  });
});
