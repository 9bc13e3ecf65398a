import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, makeAdmin, needPayload, register } from './support/actors';
import {
  createExhibition,
  decide,
  openNeed as openVisibleNeed,
  publishExhibition,
  submit,
} from './support/exhibitions';

/**
 * Sealed means sealed: the need's own owner (and organisers, admins, strangers) trying to
 * bend the tender rules, each attack answered as issue #15 says.
 */
describe('tender rules against the owner and others (real services)', () => {
  let ctx: ApiTestContext;
  let owner: Actor;
  let supplierA: Actor;
  let supplierB: Actor;
  let stranger: Actor;
  let admin: Actor;
  const api = () => request(ctx.url);

  beforeAll(async () => {
    ctx = await startApi();
    owner = await register(ctx, ['manufacturer']);
    supplierA = await register(ctx, ['supplier'], { country: 'TR' });
    supplierB = await register(ctx, ['supplier']);
    stranger = await register(ctx, ['supplier']);
    admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => ctx?.close());

  async function sealedNeed(overrides: Record<string, unknown> = {}) {
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload(overrides))
      .expect(201);
    await api().post(`/api/v1/needs/${created.body.id}/publish`).set(bearer(owner)).expect(200);
    return created.body.id as string;
  }
  async function bid(needId: string, who: Actor, overrides: Record<string, unknown> = {}) {
    return (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(who))
        .send(bidPayload(overrides))
        .expect(201)
    ).body.id as string;
  }
  const columns = async (needId: string) =>
    (
      await ctx.app
        .get(DataSource)
        .query(`SELECT to_jsonb(n) - 'updatedAt' AS row FROM need n WHERE id = $1`, [needId])
    )[0].row;

  it('the owner cannot peek: visibility is fixed at publication, and sealed bids do not exist for the owner', async () => {
    const needId = await sealedNeed();
    const a = await bid(needId, supplierA);
    await bid(needId, supplierB, { price: { amount: '10.90', currency: 'EUR' } });
    const before = await columns(needId);
    const peek = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ bidsVisibleBeforeDeadline: true })
      .expect(409);
    expect(peek.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(peek.body.type).toMatch(/fixed-at-publication$/);
    expect(await columns(needId)).toEqual(before);

    const list = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(owner)).expect(200);
    expect(list.body).toEqual({ items: [], nextCursor: null, sealed: true });
    await api().get(`/api/v1/bids/${a}`).set(bearer(owner)).expect(404);
    await api().post(`/api/v1/bids/${a}/shortlist`).set(bearer(owner)).send({}).expect(404);
    // Awarding an existing sealed bid is answered exactly like a bid that does not exist.
    const real = await api()
      .post(`/api/v1/needs/${needId}/award`)
      .set(bearer(owner))
      .send({ bidId: a })
      .expect(400);
    const made = await api()
      .post(`/api/v1/needs/${needId}/award`)
      .set(bearer(owner))
      .send({ bidId: '5a0c3f3e-9a5e-4b6e-9d57-4d7f2b3c1a00' })
      .expect(400);
    expect(real.body).toEqual(made.body);
    // The answer to the owner does not depend on whether bids exist.
    const empty = await sealedNeed();
    const emptyList = await api().get(`/api/v1/needs/${empty}/bids`).set(bearer(owner)).expect(200);
    expect(emptyList.body).toEqual(list.body);
    await api()
      .patch(`/api/v1/needs/${empty}`)
      .set(bearer(owner))
      .send({ bidsVisibleBeforeDeadline: true })
      .expect(409);
    // The admin learns nothing either.
    await api().get(`/api/v1/bids/${a}`).set(bearer(admin)).expect(404);
    await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(admin)).expect(403);
    // Its author still reads it.
    await api().get(`/api/v1/bids/${a}`).set(bearer(supplierA)).expect(200);
  });

  it('nothing re-opens bidding after the deadline, and the deadline never moves earlier', async () => {
    const needId = await sealedNeed({ bidDeadline: new Date(Date.now() + 2500).toISOString() });
    await bid(needId, supplierA);
    // Silent move: to four minutes from now, earlier than the published deadline.
    const far = await sealedNeed();
    await bid(far, supplierA);
    const farBefore = await columns(far);
    const shortened = await api()
      .patch(`/api/v1/needs/${far}`)
      .set(bearer(owner))
      .send({ bidDeadline: new Date(Date.now() + 4 * 60_000).toISOString() })
      .expect(409);
    expect(shortened.body.type).toMatch(/deadline-shortened$/);
    expect(await columns(far)).toEqual(farBefore);

    await new Promise((r) => setTimeout(r, Math.max(0, 2600)));
    // Before the sweep ran (status still open) and after it: terms are frozen.
    const frozenBefore = await columns(needId);
    const reopen = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ bidDeadline: new Date(Date.now() + 3600_000).toISOString() })
      .set('accept-language', 'tr')
      .expect(409);
    expect(reopen.body.type).toMatch(/terms-frozen$/);
    expect(reopen.body.title).toBe('Çakışma');
    expect(reopen.body.detail).not.toMatch(/deadline has passed/);
    expect(await columns(needId)).toEqual(frozenBefore);
    await ctx.app.get(BidsService).sweepDeadlines();
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ bidDeadline: new Date(Date.now() + 3600_000).toISOString() })
      .expect(409);
    await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(supplierB))
      .send(bidPayload())
      .expect(409);
    // Once opened, the owner reads the bid.
    const opened = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(owner)).expect(200);
    expect(opened.body.sealed).toBe(false);
    expect(opened.body.items).toHaveLength(1);
  });

  it('a cancelled draft stays invisible to everyone but its owner; no NDA on it', async () => {
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload({ title: 'DRAFT-NEVER-PUBLISHED' }))
      .expect(201);
    const id = created.body.id as string;
    await api()
      .post(`/api/v1/needs/${id}/cancel`)
      .set(bearer(owner))
      .send({ reason: 'not needed' })
      .expect(200);
    for (const who of [undefined, stranger, admin, supplierA]) {
      await api().get(`/api/v1/needs/${id}`).set(bearer(who)).expect(404);
      const listed = await api().get('/api/v1/needs?status=cancelled&limit=100').set(bearer(who));
      expect(JSON.stringify(listed.body)).not.toContain('DRAFT-NEVER-PUBLISHED');
    }
    const nda = await api().post(`/api/v1/needs/${id}/nda`).set(bearer(stranger)).send({});
    expect(nda.status).toBe(404);
    expect(JSON.stringify(nda.body)).not.toMatch(/SECRET|DRAFT-NEVER/);
    await api()
      .post(`/api/v1/needs/${id}/bids`)
      .set(bearer(stranger))
      .send(bidPayload())
      .expect(404);
    const mine = await api().get(`/api/v1/needs/${id}`).set(bearer(owner)).expect(200);
    expect(mine.body.status).toBe('cancelled');
  });

  it('an organiser cannot count the bids of a sealed need before its deadline', async () => {
    const organiser = await register(ctx, ['organiser', 'supplier']);
    const exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    const sealed = await sealedNeed();
    const visible = await openVisibleNeed(ctx, owner);
    for (const n of [sealed, visible])
      await decide(
        ctx,
        organiser,
        exhibitionId,
        await submit(ctx, owner, exhibitionId, n),
        'approve',
      );
    await bid(sealed, supplierA);
    await bid(sealed, supplierB);
    await bid(visible, supplierA);
    const stats = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/stats`)
      .set(bearer(organiser))
      .expect(200);
    // Only the need published with visible bids counts.
    expect(stats.body.bids).toEqual({ received: 1, needsWithBids: 1 });
    const weeklyBids = stats.body.weekly.reduce((t: number, w: { bids: number }) => t + w.bids, 0);
    expect(weeklyBids).toBe(1);
  });
});
