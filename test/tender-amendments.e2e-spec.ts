import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { QueueRegistry } from '@niaz/jobs';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';
import {
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  WebhookReceiver,
} from './support/notification-receivers';
import { addWebhook, publishNeed, setLanguage } from './support/notify-helpers';
import { seedTenderWithBids, submitBid } from './support/tenders';

const DAY = 86400_000;
const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString();

/**
 * Amendments of a published need (issue #15): a rationale, the diff for everyone who sees the
 * need, every bidder told once per channel, re-confirmation, lapsed bids at the opening, the
 * deadline moved out when an amendment comes late.
 */
describe('tender amendments and re-confirmation (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let channels: ChannelReceivers | undefined;
  let owner: Actor;
  let s1: Actor;
  let s2: Actor;
  let signer: Actor;

  beforeAll(async () => {
    channels = await startChannelReceivers({ AMENDMENT_MIN_DAYS: '3' });
    ({ smtp, hooks } = channels);
    ctx = await startApi({ worker: true });
    owner = await register(ctx, ['manufacturer']);
    s1 = await register(ctx, ['supplier'], { country: 'TR' });
    s2 = await register(ctx, ['supplier']);
    signer = await register(ctx, ['supplier']);
    await setLanguage(ctx, s1, 'tr');
    await setLanguage(ctx, s2, 'en');
  });
  afterAll(async () => {
    await ctx?.close();
    await channels?.close();
  });

  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);
  const settle = () =>
    waitFor(
      async () => {
        const [{ n }] = await db().query(
          `SELECT (SELECT count(*) FROM outbox_event WHERE "relayedAt" IS NULL)
                + (SELECT count(*) FROM delivery WHERE status IN ('pending', 'sending'))::int AS n`,
        );
        const jobs = await ctx.app
          .get(QueueRegistry)
          .get('notifications')
          .getJobs(['waiting', 'active', 'prioritized']);
        return Number(n) === 0 && jobs.every((j) => j.name.startsWith('notifications.'));
      },
      { what: 'events and deliveries to settle' },
    );
  const inbox = async (u: Actor) =>
    (await api().get('/api/v1/notifications').set(bearer(u)).expect(200)).body.items as Array<{
      type: string;
      title: string;
      body: string;
    }>;
  const columns = async (needId: string) =>
    (await db().query(`SELECT to_jsonb(n) AS row FROM need n WHERE id = $1`, [needId]))[0].row;

  const publish = (overrides: Record<string, unknown> = {}) => publishNeed(ctx, owner, overrides);
  const bid = (needId: string, who: Actor, overrides: Record<string, unknown> = {}) =>
    submitBid(ctx, needId, who, overrides);

  it('amendment → every bidder told once per channel → the bid not re-confirmed is not opened', async () => {
    const hook = await addWebhook(ctx, hooks, s1);
    const {
      needId,
      bidIds: [b1, b2],
    } = await seedTenderWithBids(
      ctx,
      owner,
      [s1, [s2, { price: { amount: '10.90', currency: 'EUR' } }]],
      { bidDeadline: inDays(10) },
    );
    await api().post(`/api/v1/needs/${needId}/nda`).set(bearer(signer)).send({}).expect(200);

    // Without a rationale: 400 naming it, nothing written.
    const before = await columns(needId);
    const refused = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ quantityPerYear: 6000 })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['rationale']);
    expect(await columns(needId)).toEqual(before);

    const amended = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ quantityPerYear: 6000, details: 'NEW SECRET tolerance', rationale: 'Volume up' })
      .expect(200);
    expect(amended.body.amendmentCount).toBe(1);

    // The diff, to everyone who sees the need; the details' values to NDA signers only.
    const anonymous = await api().get(`/api/v1/needs/${needId}/amendments`).expect(200);
    expect(anonymous.body.items).toHaveLength(1);
    expect(anonymous.body.items[0]).toMatchObject({
      rationale: 'Volume up',
      deadlineExtended: false,
      changes: {
        quantityPerYear: { before: 5000, after: 6000 },
        details: { before: null, after: null, confidential: true },
      },
    });
    expect(JSON.stringify(anonymous.body)).not.toMatch(/SECRET/);
    const signed = await api()
      .get(`/api/v1/needs/${needId}/amendments`)
      .set(bearer(signer))
      .expect(200);
    expect(signed.body.items[0].changes.details).toEqual({
      before: 'SECRET drawings: tolerance 0.002 mm',
      after: 'NEW SECRET tolerance',
    });

    await settle();
    const amendedNotices = async (u: Actor) =>
      (await inbox(u)).filter((i) => i.type === 'need.amended');
    expect(await amendedNotices(s1)).toHaveLength(1);
    expect(await amendedNotices(s2)).toHaveLength(1);
    expect(await amendedNotices(signer)).toHaveLength(0);
    expect(await amendedNotices(owner)).toHaveLength(0);
    expect((await amendedNotices(s1))[0].title).toMatch(/Şartlar değişti/);
    expect((await amendedNotices(s2))[0].body).toContain('Volume up');
    const mails = (u: Actor) =>
      smtp.messages.filter(
        (m) => JSON.stringify(m.to).includes(u.email) && /Volume up/.test(String(m.text)),
      );
    expect(mails(s1)).toHaveLength(1);
    expect(mails(s2)).toHaveLength(1);
    const calls = hooks.calls.filter(
      (c) => c.path === hook.path && c.payload?.type === 'need.amended',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].body).not.toMatch(/SECRET/);

    // Both bids wait; s1 re-confirms with a revision; s2 does not.
    const mine = await api().get(`/api/v1/bids/${b2}`).set(bearer(s2)).expect(200);
    expect(mine.body.confirmationRequired).toBe(true);
    const confirmed = await api()
      .post(`/api/v1/bids/${b1}/confirm`)
      .set(bearer(s1))
      .send({ quantity: 6000 })
      .expect(200);
    expect(confirmed.body).toMatchObject({ confirmationRequired: false, quantity: 6000 });
    await api().post(`/api/v1/bids/${b1}/confirm`).set(bearer(s2)).send({}).expect(404);
    await api().post(`/api/v1/bids/${b1}/confirm`).set(bearer(owner)).send({}).expect(404);

    // The deadline passes (moved in the database: ten days are long) and the opening runs.
    await db().query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
      needId,
    ]);
    await ctx.app.get(BidsService).sweepDeadlines();
    const opened = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(owner)).expect(200);
    expect(opened.body.items.map((b: { id: string }) => b.id)).toEqual([b1]);
    await api().get(`/api/v1/bids/${b2}`).set(bearer(owner)).expect(404);
    const lapsed = await api().get(`/api/v1/bids/${b2}`).set(bearer(s2)).expect(200);
    expect(lapsed.body.status).toBe('lapsed');
    await api().post(`/api/v1/bids/${b2}/confirm`).set(bearer(s2)).send({}).expect(409);
  });

  it('an amendment closer than AMENDMENT_MIN_DAYS to the deadline moves it out', async () => {
    const needId = await publish({ bidDeadline: inDays(1) });
    await bid(needId, s1);
    const res = await api()
      .post(`/api/v1/needs/${needId}/amendments`)
      .set(bearer(owner))
      .send({ changes: { requiredCertifications: ['ISO 9001', 'IATF 16949'] }, rationale: 'IATF' })
      .expect(201);
    expect(res.body.deadlineExtended).toBe(true);
    const after = Date.parse(res.body.changes.bidDeadline.after);
    expect(after).toBeGreaterThan(Date.now() + 3 * DAY - 60_000);
    expect(after).toBeLessThan(Date.now() + 3 * DAY + 60_000);
    const need = await api().get(`/api/v1/needs/${needId}`).expect(200);
    expect(Date.parse(need.body.bidDeadline)).toBe(after);

    // A far deadline stays where it is.
    const far = await publish({ bidDeadline: inDays(20) });
    const res2 = await api()
      .post(`/api/v1/needs/${far}/amendments`)
      .set(bearer(owner))
      .send({ changes: { unit: 'kg' }, rationale: 'Sold by weight' })
      .expect(201);
    expect(res2.body.deadlineExtended).toBe(false);
    expect(Object.keys(res2.body.changes)).toEqual(['unit']);
  });

  it('refuses bad amendments and writes nothing', async () => {
    const needId = await publish();
    const before = await columns(needId);
    const post = (body: unknown, who: Actor | undefined = owner) =>
      api()
        .post(`/api/v1/needs/${needId}/amendments`)
        .set(bearer(who))
        .send(body as object);
    const fields = (r: request.Response) => r.body.errors?.map((e: { field: string }) => e.field);
    expect(fields(await post({ changes: { title: 'Other' } }).expect(400))).toContain('rationale');
    expect(fields(await post({ changes: {}, rationale: 'nothing' }).expect(400))).toEqual([
      'changes',
    ]);
    expect(fields(await post({ rationale: 'no changes' }).expect(400))).toContain('changes');
    expect(
      fields(await post({ changes: { quantityPerYear: -1 }, rationale: 'neg' }).expect(400)),
    ).toContain('changes.quantityPerYear');
    await post({ changes: { bidDeadline: inDays(2) }, rationale: 'sooner' }).expect(409);
    await post({ changes: { bidsVisibleBeforeDeadline: true }, rationale: 'peek' }).expect(409);
    await post({ changes: { title: 'Another title' }, rationale: 'stranger' }, s1).expect(403);
    await api()
      .post(`/api/v1/needs/${needId}/amendments`)
      .send({ changes: { title: 'Another title' }, rationale: 'anon' })
      .expect(401);
    expect(await columns(needId)).toEqual(before);
    const draft = await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload());
    await api()
      .post(`/api/v1/needs/${draft.body.id}/amendments`)
      .set(bearer(owner))
      .send({ changes: { title: 'Another title' }, rationale: 'draft' })
      .expect(409);
    // Non-term fields change without a rationale and without an amendment.
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ isic: '2815' })
      .expect(200);
    expect((await api().get(`/api/v1/needs/${needId}/amendments`).expect(200)).body.items).toEqual(
      [],
    );
  });

  it('clears the bid currency and the award criteria with null: an amendment', async () => {
    const criteria = { price: 60, localContent: 30, leadTimeDays: 10 };
    const needId = await publish({
      bidDeadline: inDays(10),
      bidCurrency: 'EUR',
      awardCriteria: criteria,
    });
    const b1 = await bid(needId, s1, { price: { amount: '10.00', currency: 'EUR' } });
    const clear = { bidCurrency: null, awardCriteria: null };
    // Without a rationale: 400 naming it, nothing cleared.
    const refused = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send(clear)
      .expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['rationale']);
    const kept = await api().get(`/api/v1/needs/${needId}`).set(bearer(owner)).expect(200);
    expect(kept.body).toMatchObject({ bidCurrency: 'EUR', awardCriteria: criteria });
    // Only the owner may clear them.
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(s1))
      .send({ ...clear, rationale: 'Any currency' })
      .expect(403);

    const cleared = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ ...clear, rationale: 'Any currency, lowest price wins' })
      .expect(200);
    expect(cleared.body).toMatchObject({
      bidCurrency: null,
      awardCriteria: null,
      amendmentCount: 1,
    });
    const listed = await api().get(`/api/v1/needs/${needId}/amendments`).expect(200);
    expect(listed.body.items[0].changes).toEqual({
      bidCurrency: { before: 'EUR', after: null },
      awardCriteria: { before: criteria, after: null },
    });
    const mine = await api().get(`/api/v1/bids/${b1}`).set(bearer(s1)).expect(200);
    expect(mine.body.confirmationRequired).toBe(true);
    // Cleared again: nothing changes, no second amendment.
    await api().patch(`/api/v1/needs/${needId}`).set(bearer(owner)).send(clear).expect(200);
    expect(
      (await api().get(`/api/v1/needs/${needId}/amendments`).expect(200)).body.items,
    ).toHaveLength(1);
    // A draft takes null as "none".
    await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload(clear)).expect(201);
  });

  it('concurrent confirm, withdraw, amendment and opening end consistent', async () => {
    const needId = await publish({ bidDeadline: inDays(10) });
    const suppliers = await Promise.all(
      Array.from({ length: 6 }, () => register(ctx, ['supplier'])),
    );
    const bids = await Promise.all(suppliers.map((s) => bid(needId, s)));
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ unit: 'set', rationale: 'Sold as sets' })
      .expect(200);
    // Half confirm, half withdraw, while the owner amends again and the deadline passes.
    await Promise.all([
      ...bids.map((b, i) =>
        i % 2 === 0
          ? api().post(`/api/v1/bids/${b}/confirm`).set(bearer(suppliers[i])).send({})
          : api().post(`/api/v1/bids/${b}/withdraw`).set(bearer(suppliers[i])),
      ),
      api()
        .patch(`/api/v1/needs/${needId}`)
        .set(bearer(owner))
        .send({ unit: 'box', rationale: 'Sold in boxes' }),
      (async () => {
        await db().query(
          `UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`,
          [needId],
        );
        await ctx.app.get(BidsService).sweepDeadlines();
      })(),
    ]);
    await ctx.app.get(BidsService).sweepDeadlines();
    const [need] = await db().query(`SELECT status, "amendmentCount" FROM need WHERE id = $1`, [
      needId,
    ]);
    const rows: Array<{ status: string; termsVersion: number }> = await db().query(
      `SELECT status, "termsVersion" FROM bid WHERE "needId" = $1`,
      [needId],
    );
    expect(['evaluating', 'expired']).toContain(need.status);
    for (const r of rows) {
      // No live bid answers older terms: it was confirmed after the last amendment or lapsed.
      if (r.status === 'submitted') expect(r.termsVersion).toBe(need.amendmentCount);
      else expect(['withdrawn', 'lapsed']).toContain(r.status);
    }
    const live = rows.filter((r) => r.status === 'submitted').length;
    expect(need.status).toBe(live > 0 ? 'evaluating' : 'expired');
    const opened = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(owner)).expect(200);
    expect(opened.body.items).toHaveLength(live);
  });
});
