import { createHash } from 'node:crypto';
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

  it('keeps a tamper-evident record: sealed bids outside the chain until the opening, any edit found', async () => {
    const needId = await sealedNeed();
    await api().post(`/api/v1/needs/${needId}/nda`).set(bearer(supplierA)).send({}).expect(200);
    await api().get(`/api/v1/needs/${needId}`).set(bearer(supplierA)).expect(200);
    const a = await bid(needId, supplierA);
    const b = await bid(needId, supplierB);
    await api()
      .patch(`/api/v1/bids/${b}`)
      .set(bearer(supplierB))
      .send({ leadTimeDays: 70 })
      .expect(200);
    const audit = (who?: Actor) => api().get(`/api/v1/needs/${needId}/audit`).set(bearer(who));

    // Before the opening the owner's and the admin's record shows no bid, not even a gap.
    for (const who of [owner, admin]) {
      const items = (await audit(who).expect(200)).body.items;
      expect(items.map((e: { type: string }) => e.type)).toEqual([
        'create',
        'publish',
        'nda',
        'details.read',
      ]);
      expect(items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    }
    // A bidder reads the need's entries and its own bid's, waiting outside the chain.
    const mineB = (await audit(supplierB).expect(200)).body.items;
    expect(
      mineB
        .filter((e: { bidId: string | null }) => e.bidId)
        .map((e: { type: string; seq: null }) => [e.type, e.seq]),
    ).toEqual([
      ['bid.submit', null],
      ['bid.revise', null],
    ]);
    expect(JSON.stringify(mineB)).not.toContain(a);
    await audit(stranger).expect(403);
    await api().get(`/api/v1/needs/${needId}/audit`).expect(401);
    await api().get(`/api/v1/needs/${needId}/audit/verify`).set(bearer(stranger)).expect(403);

    // The opening folds the bids' events into the chain, then records itself.
    await ctx.app
      .get(DataSource)
      .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [needId]);
    await ctx.app.get(BidsService).sweepDeadlines();
    await api()
      .post(`/api/v1/bids/${a}/award`)
      .set(bearer(owner))
      .send({ reason: 'best' })
      .expect(200);
    const items = (await audit(owner).expect(200)).body.items;
    expect(items.map((e: { type: string }) => e.type)).toEqual([
      'create',
      'publish',
      'nda',
      'details.read',
      'bid.submit',
      'bid.submit',
      'bid.revise',
      'opening',
      'startEvaluation',
      'bid.awarded',
      'award',
      'bid.rejected',
    ]);
    expect(items.find((e: { type: string }) => e.type === 'opening').data).toEqual({
      opened: 2,
      lapsed: 0,
    });
    expect(items.map((e: { seq: number }) => e.seq)).toEqual(
      items.map((_: unknown, i: number) => i + 1),
    );
    const ok = await api()
      .get(`/api/v1/needs/${needId}/audit/verify`)
      .set(bearer(supplierA))
      .expect(200);
    expect(ok.body).toEqual({ ok: true, entries: items.length, firstBroken: null });

    // Someone with database access rewrites history: verify names the first broken entry.
    await ctx.app
      .get(DataSource)
      .query(
        `UPDATE need_audit_entry SET data = '{"reason": "forged"}' WHERE "needId" = $1 AND seq = 10`,
        [needId],
      );
    const broken = await api()
      .get(`/api/v1/needs/${needId}/audit/verify`)
      .set(bearer(owner))
      .expect(200);
    expect(broken.body).toEqual({ ok: false, entries: items.length, firstBroken: 10 });
  });

  it('an entry edited while its bid was sealed is reported after the opening', async () => {
    const needId = await sealedNeed();
    await bid(needId, supplierA);
    const b = await bid(needId, supplierB);
    await api()
      .patch(`/api/v1/bids/${b}`)
      .set(bearer(supplierB))
      .send({ leadTimeDays: 70 })
      .expect(200);
    const db = ctx.app.get(DataSource);
    const verify = (who: Actor) =>
      api().get(`/api/v1/needs/${needId}/audit/verify`).set(bearer(who)).expect(200);
    // Someone with database access rewrites a sealed bid's waiting entry before the opening.
    await db.query(
      `UPDATE need_audit_entry SET data = '{"status": "submitted", "leadTimeDays": 30}'
        WHERE "needId" = $1 AND "bidId" = $2 AND type = 'bid.revise'`,
      [needId, b],
    );
    // Before the opening nothing of it shows: the need's chain holds, as on any sealed need.
    expect((await verify(owner)).body).toEqual({ ok: true, entries: 2, firstBroken: null });

    await db.query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
      needId,
    ]);
    await ctx.app.get(BidsService).sweepDeadlines();
    const items = (await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(owner)).expect(200))
      .body.items;
    const revise = items.find((e: { type: string }) => e.type === 'bid.revise');
    expect(revise.sealedHash).toMatch(/^[0-9a-f]{64}$/);
    // The fold re-hashed it in its place, yet verify finds the edit through its sealed hash.
    for (const who of [owner, admin, supplierB])
      expect((await verify(who)).body).toEqual({
        ok: false,
        entries: items.length,
        firstBroken: revise.seq,
      });
  });

  it('questions and answers enter the chain, no entry naming who asked', async () => {
    const needId = await sealedNeed();
    const text = 'Is 52100 steel acceptable?';
    const q = (
      await api()
        .post(`/api/v1/needs/${needId}/questions`)
        .set(bearer(supplierA))
        .send({ text })
        .expect(201)
    ).body;
    await api()
      .post(`/api/v1/needs/${needId}/questions/${q.id}/answer`)
      .set(bearer(owner))
      .send({ text: 'Yes.' })
      .expect(200);
    const items = (await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(owner)).expect(200))
      .body.items;
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    expect(
      items.map((e: { type: string; actor: string | null; data: unknown }) => [
        e.type,
        e.actor,
        e.data,
      ]),
    ).toEqual([
      ['create', owner.userId, {}],
      ['publish', owner.userId, { from: 'draft', to: 'open', reason: null }],
      ['question', null, { questionId: q.id, textSha256: sha(text) }],
      ['answer', owner.userId, { questionId: q.id, ndaOnly: false, answerSha256: sha('Yes.') }],
    ]);
    // Not in the rows either: the hash cannot be tried against the users the owner knows.
    const rows = await ctx.app
      .get(DataSource)
      .query(`SELECT to_jsonb(e) AS row FROM need_audit_entry e WHERE "needId" = $1`, [needId]);
    for (const id of [supplierA.userId, supplierA.organizationId])
      expect(JSON.stringify(rows)).not.toContain(id);
    const ok = await api()
      .get(`/api/v1/needs/${needId}/audit/verify`)
      .set(bearer(owner))
      .expect(200);
    expect(ok.body).toEqual({ ok: true, entries: 4, firstBroken: null });
  });

  it('drops the verified badge when a verified organisation renames itself, until an admin verifies again', async () => {
    const org = await register(ctx, ['supplier'], { name: 'Tabriz Chamber Member' });
    await api()
      .post(`/api/v1/admin/organizations/${org.organizationId}/verify`)
      .set(bearer(admin))
      .expect(200);
    // A description change keeps the badge.
    const described = await api()
      .patch(`/api/v1/organizations/${org.organizationId}`)
      .set(bearer(org))
      .send({ description: 'We machine bearings' })
      .expect(200);
    expect(described.body).toMatchObject({ verified: true, verificationLost: null });
    const renamed = await api()
      .patch(`/api/v1/organizations/${org.organizationId}`)
      .set(bearer(org))
      .send({ name: 'Tehran Chamber of Commerce' })
      .expect(200);
    expect(renamed.body.verified).toBe(false);
    expect(renamed.body.verifiedAt).toBeNull();
    expect(renamed.body.verificationLost.changes).toEqual({
      name: { before: `Org ${org.email}`, after: 'Tehran Chamber of Commerce' },
    });
    const pub = await api().get(`/api/v1/organizations/${org.organizationId}`).expect(200);
    expect(pub.body.verified).toBe(false);
    // The admins' queue shows it with what changed; others may not read the queue.
    await api().get('/api/v1/admin/organizations/verification-queue').set(bearer(org)).expect(403);
    const queue = await api()
      .get('/api/v1/admin/organizations/verification-queue')
      .set(bearer(admin))
      .expect(200);
    const queued = queue.body.items.find((o: { id: string }) => o.id === org.organizationId);
    expect(queued.verificationLost.changes.name.after).toBe('Tehran Chamber of Commerce');
    await api()
      .post(`/api/v1/admin/organizations/${org.organizationId}/verify`)
      .set(bearer(admin))
      .expect(200);
    const again = await api()
      .get('/api/v1/admin/organizations/verification-queue')
      .set(bearer(admin))
      .expect(200);
    expect(again.body.items.map((o: { id: string }) => o.id)).not.toContain(org.organizationId);
  });

  it('clarifications: asked and answered in the open, the asker never shown to the owner or others', async () => {
    const needId = await sealedNeed();
    const ask = (who: Actor | undefined, text: string) =>
      api().post(`/api/v1/needs/${needId}/questions`).set(bearer(who)).send({ text });
    const q1 = (await ask(supplierA, 'Is 52100 steel acceptable?').expect(201)).body;
    const q2 = (await ask(supplierB, 'Which drawing revision applies?').expect(201)).body;
    await ask(undefined, 'anonymous?').expect(401);
    await ask(owner, 'own need?').expect(403);
    expect((await ask(supplierA, '').expect(400)).body.errors[0].field).toBe('text');

    // Before answers: others read nothing of A's question; A reads its own.
    const forB = await api()
      .get(`/api/v1/needs/${needId}/questions`)
      .set(bearer(supplierB))
      .expect(200);
    expect(forB.body.items.map((q: { id: string }) => q.id)).toEqual([q2.id]);
    expect((await api().get(`/api/v1/needs/${needId}/questions`).expect(200)).body.items).toEqual(
      [],
    );

    await api()
      .post(`/api/v1/needs/${needId}/questions/${q1.id}/answer`)
      .set(bearer(supplierB))
      .send({ text: 'no' })
      .expect(403);
    await api()
      .post(`/api/v1/needs/${needId}/questions/${q1.id}/answer`)
      .set(bearer(owner))
      .send({ text: 'Yes, 52100 or equivalent.' })
      .expect(200);
    await api()
      .post(`/api/v1/needs/${needId}/questions/${q2.id}/answer`)
      .set(bearer(owner))
      .send({ text: 'Revision C (in the details).', ndaOnly: true })
      .expect(200);
    await api()
      .post(`/api/v1/needs/${needId}/questions/${q1.id}/answer`)
      .set(bearer(owner))
      .send({ text: 'again' })
      .expect(409);

    const anonymous = await api().get(`/api/v1/needs/${needId}/questions`).expect(200);
    expect(anonymous.body.items.map((q: { answer: string }) => q.answer)).toEqual([
      'Yes, 52100 or equivalent.',
    ]);
    await api().post(`/api/v1/needs/${needId}/nda`).set(bearer(stranger)).send({}).expect(200);
    const signer = await api()
      .get(`/api/v1/needs/${needId}/questions`)
      .set(bearer(stranger))
      .expect(200);
    expect(signer.body.items).toHaveLength(2);

    // Nothing the owner (or an admin) can read names the askers.
    const askers = [supplierA, supplierB].flatMap((s) => [s.userId, s.organizationId, s.email]);
    const ownerReads = [
      await api().get(`/api/v1/needs/${needId}/questions`).set(bearer(owner)),
      await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(owner)),
      await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(admin)),
      await api().get(`/api/v1/needs/${needId}`).set(bearer(owner)),
      await api().get(`/api/v1/needs/${needId}/amendments`).set(bearer(owner)),
      await api().get('/api/v1/notifications').set(bearer(owner)),
    ];
    for (const r of ownerReads) {
      expect(r.status).toBe(200);
      for (const id of askers) expect(JSON.stringify(r.body)).not.toContain(id);
    }
    expect(
      (await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(owner))).body.items.filter(
        (e: { type: string }) => e.type === 'question',
      ),
    ).toHaveLength(2);

    // Closed at clarificationsUntil.
    const late = await sealedNeed({
      clarificationsUntil: new Date(Date.now() - 60_000).toISOString(),
    });
    const closed = await api()
      .post(`/api/v1/needs/${late}/questions`)
      .set(bearer(supplierA))
      .send({ text: 'too late?' })
      .expect(409);
    expect(closed.body.type).toMatch(/clarifications-closed$/);
  });
});
