import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { ApiTestContext, startApi } from './support/api-app';
import { bearer, bidPayload, needPayload, register } from './support/actors';

describe('marketplace journey (real services)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  it('publish, NDA, sealed bids, revise, deadline, award: nobody sees another supplier’s bid', async () => {
    const api = () => request(ctx.url);
    const maker = await register(ctx, ['manufacturer']);
    const supplierA = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    const supplierB = await register(ctx, ['supplier']);

    // The manufacturer posts (draft) and publishes a need; its deadline is moved into the past
    // below, so that a slow machine cannot make the bids arrive late.
    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload({ bidDeadline: deadline }))
      .expect(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.details).toContain('SECRET');
    const needId = created.body.id;
    await api().get(`/api/v1/needs/${needId}`).expect(404); // drafts are invisible to others
    const published = await api()
      .post(`/api/v1/needs/${needId}/publish`)
      .set(bearer(maker))
      .expect(200);
    expect(published.body.status).toBe('open');
    await api().post(`/api/v1/needs/${needId}/publish`).set(bearer(maker)).expect(409);

    // Suppliers post capabilities.
    await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplierA))
      .send({ title: 'Rulman üretimi', hsCodes: ['8482'], country: 'TR', trl: 8 })
      .expect(201);
    await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplierB))
      .send({ title: 'تولید بلبرینگ', hsCodes: ['848210'], country: 'IR' })
      .expect(201);

    // Details are hidden until the NDA, then visible and the reading is logged.
    const before = await api().get(`/api/v1/needs/${needId}`).set(bearer(supplierA)).expect(200);
    expect(before.body.details).toBeUndefined();
    expect(JSON.stringify(before.body)).not.toContain('SECRET');
    const anonymous = await api().get(`/api/v1/needs/${needId}`).expect(200);
    expect(JSON.stringify(anonymous.body)).not.toContain('SECRET');
    await api().post(`/api/v1/needs/${needId}/nda`).set(bearer(supplierA)).send({}).expect(200);
    const after = await api().get(`/api/v1/needs/${needId}`).set(bearer(supplierA)).expect(200);
    expect(after.body.details).toContain('SECRET');
    const views = await api()
      .get(`/api/v1/needs/${needId}/detail-views`)
      .set(bearer(maker))
      .expect(200);
    expect(views.body.items).toHaveLength(1);
    expect(views.body.items[0].userId).toBe(supplierA.userId);

    // Both bid; A revises. Until the opening the owner sees no bid at all, not even a count.
    const bidA = await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(supplierA))
      .send(bidPayload())
      .expect(201);
    const bidB = await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(supplierB))
      .send(bidPayload({ price: { amount: '10.90', currency: 'EUR' }, proposal: 'B-PROPOSAL' }))
      .expect(201);
    await api()
      .patch(`/api/v1/bids/${bidA.body.id}`)
      .set(bearer(supplierA))
      .send({ price: { amount: '11.20', currency: 'EUR' } })
      .expect(200);
    const sealed = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(maker)).expect(200);
    expect(sealed.body.sealed).toBe(true);
    expect(sealed.body.items).toHaveLength(0);
    expect(JSON.stringify(sealed.body)).not.toMatch(/11\.2|10\.9|B-PROPOSAL/);
    await api().post(`/api/v1/bids/${bidA.body.id}/award`).set(bearer(maker)).send({}).expect(404);
    await api().get(`/api/v1/bids/${bidA.body.id}`).set(bearer(maker)).expect(404);

    // Suppliers never see each other's bids.
    await api().get(`/api/v1/bids/${bidB.body.id}`).set(bearer(supplierA)).expect(404);
    await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(supplierA)).expect(403);
    const mineA = await api().get('/api/v1/bids').set(bearer(supplierA)).expect(200);
    expect(mineA.body.items.map((b: { id: string }) => b.id)).toEqual([bidA.body.id]);

    // The deadline passes; bidding closes; the sweep moves the need to evaluating.
    await ctx.app
      .get(DataSource)
      .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [needId]);
    await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(supplierA))
      .send(bidPayload())
      .expect(409);
    await api()
      .patch(`/api/v1/bids/${bidA.body.id}`)
      .set(bearer(supplierA))
      .send({ leadTimeDays: 80 })
      .expect(409);
    await api().post(`/api/v1/bids/${bidA.body.id}/withdraw`).set(bearer(supplierA)).expect(409);
    expect(await ctx.app.get(BidsService).sweepDeadlines()).toBeGreaterThanOrEqual(1);
    expect((await api().get(`/api/v1/needs/${needId}`).expect(200)).body.status).toBe('evaluating');

    // The owner reads the bids and awards A; B is rejected in the same transaction.
    const unsealed = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(maker)).expect(200);
    expect(unsealed.body.sealed).toBe(false);
    const byId = Object.fromEntries(unsealed.body.items.map((b: { id: string }) => [b.id, b]));
    expect(byId[bidA.body.id].price).toEqual({ amount: '11.2000', currency: 'EUR' });
    await api()
      .post(`/api/v1/bids/${bidA.body.id}/award`)
      .set(bearer(maker))
      .send({ reason: 'best local content' })
      .expect(200);
    const rejectedB = (
      await api().get(`/api/v1/bids/${bidB.body.id}`).set(bearer(supplierB)).expect(200)
    ).body;
    expect(rejectedB.status).toBe('rejected');
    // The server's own reason travels as a code, never as an English sentence.
    expect(rejectedB.decisionReasonCode).toBe('another-bid-awarded');
    expect(rejectedB.decisionReason).toBeNull();
    expect(
      (await api().get(`/api/v1/bids/${bidA.body.id}`).set(bearer(supplierA)).expect(200)).body
        .status,
    ).toBe('awarded');
    expect((await api().get(`/api/v1/needs/${needId}`).expect(200)).body.status).toBe('awarded');
    await api()
      .post(`/api/v1/needs/${needId}/close`)
      .set(bearer(maker))
      .send({ reason: 'done already' })
      .expect(409);

    // Supplier B still cannot read A's bid, even after the award.
    await api().get(`/api/v1/bids/${bidA.body.id}`).set(bearer(supplierB)).expect(404);

    // Every decision is in the audit log, and the events are in the outbox.
    const ds = ctx.app.get(DataSource);
    const auditRows = await ds.query(
      `SELECT action FROM audit_entry WHERE "subjectId" = ANY($1) ORDER BY id`,
      [[bidA.body.id, bidB.body.id, needId]],
    );
    expect(auditRows.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining([
        'create',
        'publish',
        'startEvaluation',
        'awarded',
        'rejected',
        'award',
      ]),
    );
    const events = await ds.query(`SELECT type FROM outbox_event WHERE payload->>'needId' = $1`, [
      needId,
    ]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'need.published',
        'bid.submitted',
        'bid.revised',
        'bid.decided',
        'need.closed',
      ]),
    );
  });

  it('twenty parallel bids from one supplier organisation leave exactly one live bid', async () => {
    const maker = await register(ctx, ['manufacturer']);
    const supplier = await register(ctx, ['supplier']);
    const need = await request(ctx.url)
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload())
      .expect(201);
    await request(ctx.url)
      .post(`/api/v1/needs/${need.body.id}/publish`)
      .set(bearer(maker))
      .expect(200);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        request(ctx.url)
          .post(`/api/v1/needs/${need.body.id}/bids`)
          .set(bearer(supplier))
          .send(bidPayload()),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const [{ n }] = await ctx.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM bid WHERE "needId" = $1 AND status <> 'withdrawn'`, [
        need.body.id,
      ]);
    expect(n).toBe(1);
  });

  it('an award racing a withdrawal leaves a consistent state', async () => {
    for (let round = 0; round < 3; round++) {
      const maker = await register(ctx, ['manufacturer']);
      const a = await register(ctx, ['supplier']);
      const b = await register(ctx, ['supplier']);
      const need = await request(ctx.url)
        .post('/api/v1/needs')
        .set(bearer(maker))
        .send(needPayload({ bidsVisibleBeforeDeadline: true }))
        .expect(201);
      await request(ctx.url)
        .post(`/api/v1/needs/${need.body.id}/publish`)
        .set(bearer(maker))
        .expect(200);
      const bidA = await request(ctx.url)
        .post(`/api/v1/needs/${need.body.id}/bids`)
        .set(bearer(a))
        .send(bidPayload())
        .expect(201);
      await request(ctx.url)
        .post(`/api/v1/needs/${need.body.id}/bids`)
        .set(bearer(b))
        .send(bidPayload())
        .expect(201);
      const [award, withdraw] = await Promise.all([
        request(ctx.url).post(`/api/v1/bids/${bidA.body.id}/award`).set(bearer(maker)).send({}),
        request(ctx.url).post(`/api/v1/bids/${bidA.body.id}/withdraw`).set(bearer(a)),
      ]);
      const ds = ctx.app.get(DataSource);
      const [needRow] = await ds.query(`SELECT status FROM need WHERE id = $1`, [need.body.id]);
      const bids = await ds.query(`SELECT "organizationId", status FROM bid WHERE "needId" = $1`, [
        need.body.id,
      ]);
      const statusOfA = bids.find(
        (x: { organizationId: string }) => x.organizationId === a.organizationId,
      ).status;
      if (award.status === 200) {
        expect(withdraw.status).toBe(409);
        expect(statusOfA).toBe('awarded');
        expect(needRow.status).toBe('awarded');
        expect(bids.filter((x: { status: string }) => x.status === 'awarded')).toHaveLength(1);
        expect(bids.filter((x: { status: string }) => x.status === 'submitted')).toHaveLength(0);
      } else {
        expect(withdraw.status).toBe(200);
        expect(award.status).toBe(409);
        expect(statusOfA).toBe('withdrawn');
        expect(needRow.status).toBe('open');
        expect(bids.filter((x: { status: string }) => x.status === 'awarded')).toHaveLength(0);
      }
    }
  });
});
