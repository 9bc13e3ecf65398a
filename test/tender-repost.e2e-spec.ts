import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { ApiTestContext, startApi } from './support/api-app';
import {
  Actor,
  addMember,
  bearer,
  bidPayload,
  makeAdmin,
  needPayload,
  register,
} from './support/actors';

/**
 * Issue #15, point 3: after the deadline nothing re-opens bidding; to run a tender again the
 * owner reposts it into a NEW draft. Attacks: reposting an open need to escape its rules,
 * another organisation copying it, and a repost carrying bids, questions or NDAs along.
 */
describe('repost a finished tender as a new draft (real services)', () => {
  let ctx: ApiTestContext;
  let owner: Actor;
  let colleague: Actor;
  let supplier: Actor;
  let stranger: Actor;
  let admin: Actor;
  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);

  beforeAll(async () => {
    ctx = await startApi();
    owner = await register(ctx, ['manufacturer']);
    colleague = await addMember(ctx, owner);
    supplier = await register(ctx, ['supplier']);
    stranger = await register(ctx, ['manufacturer', 'supplier']);
    admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => ctx?.close());

  async function published(overrides: Record<string, unknown> = {}) {
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload(overrides))
      .expect(201);
    await api().post(`/api/v1/needs/${created.body.id}/publish`).set(bearer(owner)).expect(200);
    return created.body.id as string;
  }
  const pastDeadline = (id: string) =>
    db().query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [id]);
  const repost = (id: string, who?: Actor) =>
    api().post(`/api/v1/needs/${id}/repost`).set(bearer(who));

  it('copies the terms of a tender past its deadline into a new draft, nothing else', async () => {
    const id = await published({ title: 'Bearings 6204, round one' });
    await api().post(`/api/v1/needs/${id}/nda`).set(bearer(supplier)).send({}).expect(200);
    await api()
      .post(`/api/v1/needs/${id}/questions`)
      .set(bearer(supplier))
      .send({ text: 'Which grease?' })
      .expect(201);
    await api()
      .post(`/api/v1/needs/${id}/bids`)
      .set(bearer(supplier))
      .send(bidPayload())
      .expect(201);
    await api()
      .patch(`/api/v1/needs/${id}`)
      .set(bearer(owner))
      .send({ unit: 'set', rationale: 'Sold as sets' })
      .expect(200);
    await pastDeadline(id);
    await ctx.app.get(BidsService).sweepDeadlines();
    const original = (await api().get(`/api/v1/needs/${id}`).set(bearer(owner)).expect(200)).body;

    // Any member of the owner's organisation may repost.
    const res = await repost(id, colleague).expect(201);
    expect(res.headers['content-type']).toMatch(/json/);
    const copy = res.body;
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({
      organizationId: owner.organizationId,
      status: 'draft',
      title: 'Bearings 6204, round one',
      unit: 'set',
      hsCodes: original.hsCodes,
      targetPrice: original.targetPrice,
      requiredCertifications: original.requiredCertifications,
      details: original.details,
      ndaRequired: true,
      bidsVisibleBeforeDeadline: false,
      minLocalContentPercent: 40,
      amendmentCount: 0,
      publishedAt: null,
      closedAt: null,
      closeReason: null,
    });
    expect(Date.parse(copy.bidDeadline)).toBeGreaterThan(Date.now() + 86400_000 - 60_000);

    // A fresh need: no bids, questions, NDAs or amendments came along, and others do not see it.
    const [counts] = await db().query(
      `SELECT (SELECT count(*) FROM bid WHERE "needId" = $1)::int AS bids,
              (SELECT count(*) FROM need_question WHERE "needId" = $1)::int AS questions,
              (SELECT count(*) FROM need_nda WHERE "needId" = $1)::int AS ndas,
              (SELECT count(*) FROM need_amendment WHERE "needId" = $1)::int AS amendments`,
      [copy.id],
    );
    expect(counts).toEqual({ bids: 0, questions: 0, ndas: 0, amendments: 0 });
    await api().get(`/api/v1/needs/${copy.id}`).set(bearer(supplier)).expect(404);
    await api().get(`/api/v1/needs/${copy.id}`).expect(404);

    // The original is untouched and its record says it was reposted, as which need.
    const after = (await api().get(`/api/v1/needs/${id}`).set(bearer(owner)).expect(200)).body;
    expect(after).toEqual(original);
    const audit = (await api().get(`/api/v1/needs/${id}/audit`).set(bearer(owner)).expect(200)).body
      .items;
    const last = audit[audit.length - 1];
    expect(last).toMatchObject({ type: 'repost', actor: colleague.userId });
    expect(last.data).toEqual({ repostedAs: copy.id });
    const verify = await api().get(`/api/v1/needs/${id}/audit/verify`).set(bearer(owner));
    expect(verify.body.ok).toBe(true);
    const copyAudit = (
      await api().get(`/api/v1/needs/${copy.id}/audit`).set(bearer(owner)).expect(200)
    ).body.items;
    expect(copyAudit.map((e: { type: string; data: unknown }) => [e.type, e.data])).toEqual([
      ['create', { repostOf: id }],
    ]);

    // The new draft is the owner's to edit and publish like any other.
    await api()
      .patch(`/api/v1/needs/${copy.id}`)
      .set(bearer(owner))
      .send({ title: 'Bearings 6204, round two' })
      .expect(200);
    await api().post(`/api/v1/needs/${copy.id}/publish`).set(bearer(owner)).expect(200);
    await api()
      .post(`/api/v1/needs/${copy.id}/bids`)
      .set(bearer(supplier))
      .send(bidPayload())
      .expect(201);
  });

  it('a need still open for bids cannot be reposted: 409, nothing written', async () => {
    const id = await published();
    const count = async () =>
      (
        await db().query(`SELECT count(*)::int AS n FROM need WHERE "organizationId" = $1`, [
          owner.organizationId,
        ])
      )[0].n;
    const before = await count();
    const refused = await repost(id, owner).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const draft = await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload());
    await repost(draft.body.id, owner).expect(409);
    expect(await count()).toBe(before + 1);
  });

  it('closed and cancelled needs may be reposted before their deadline', async () => {
    const closed = await published();
    await api()
      .post(`/api/v1/needs/${closed}/close`)
      .set(bearer(owner))
      .send({ reason: 'budget moved' })
      .expect(200);
    await repost(closed, owner).expect(201);
    const cancelled = await published();
    await api()
      .post(`/api/v1/needs/${cancelled}/cancel`)
      .set(bearer(owner))
      .send({ reason: 'wrong drawing' })
      .expect(200);
    await repost(cancelled, owner).expect(201);
    // A cancelled draft (never published) too, and only for its owner.
    const draft = await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload());
    await api()
      .post(`/api/v1/needs/${draft.body.id}/cancel`)
      .set(bearer(owner))
      .send({ reason: 'not needed' })
      .expect(200);
    await repost(draft.body.id, stranger).expect(404);
    await repost(draft.body.id, owner).expect(201);
  });

  it('nobody but the owner reposts: others 403 or 404 as the house answers, nothing written', async () => {
    const id = await published();
    await pastDeadline(id);
    const needs = async () => (await db().query(`SELECT count(*)::int AS n FROM need`))[0].n;
    const before = await needs();
    await repost(id).expect(401);
    await repost(id, stranger).expect(403);
    await repost(id, supplier).expect(403);
    await repost(id, admin).expect(403);
    await repost('5a0c3f3e-9a5e-4b6e-9d57-4d7f2b3c1a00', owner).expect(404);
    await repost('not-a-uuid', owner).expect(400);
    expect(await needs()).toBe(before);
  });
});
