import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { QueueRegistry } from '@niaz/jobs';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, register } from './support/actors';
import {
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  WebhookReceiver,
} from './support/notification-receivers';
import { addWebhook, publishNeed } from './support/notify-helpers';
import { seedTenderWithBids, submitBid } from './support/tenders';

const DAY = 86400_000;
const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString();
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('%%EOF'),
]);

/**
 * A change of a published need's files is an amendment like a change of its terms (issues
 * #15, #20): live bids wait for re-confirmation, every bidder is told once per channel, a
 * late change moves the deadline out, and a bid not re-confirmed lapses at the opening.
 */
describe('file amendments and re-confirmation (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let channels: ChannelReceivers | undefined;
  let owner: Actor;
  let s1: Actor;
  let s2: Actor;

  beforeAll(async () => {
    channels = await startChannelReceivers({ AMENDMENT_MIN_DAYS: '3' });
    ({ smtp, hooks } = channels);
    ctx = await startApi({ worker: true });
    owner = await register(ctx, ['manufacturer']);
    s1 = await register(ctx, ['supplier']);
    s2 = await register(ctx, ['supplier']);
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
  const amendedNotices = async (u: Actor) =>
    (
      (await api().get('/api/v1/notifications').set(bearer(u)).expect(200)).body.items as Array<{
        type: string;
        body: string;
      }>
    ).filter((i) => i.type === 'need.amended');

  const publish = (overrides: Record<string, unknown> = {}) =>
    publishNeed(ctx, owner, { ndaRequired: false, ...overrides });
  const bid = (needId: string, who: Actor) => submitBid(ctx, needId, who);
  /** Announce, PUT the bytes, complete: the owner's whole upload. */
  async function upload(needId: string, name: string, extra: Record<string, unknown>) {
    const created = await api()
      .post('/api/v1/attachments')
      .set(bearer(owner))
      .send({
        target: { type: 'need', id: needId },
        name,
        size: PDF.length,
        contentType: 'application/pdf',
        ...extra,
      })
      .expect(201);
    const put = await fetch(created.body.uploadUrl, {
      method: 'PUT',
      body: PDF,
      headers: { 'content-type': created.body.contentType },
    });
    expect(put.status).toBe(200);
    await api()
      .post(`/api/v1/attachments/${created.body.id}/complete`)
      .set(bearer(owner))
      .expect(200);
    return created.body.id as string;
  }
  const confirmationRequired = async (bidId: string, who: Actor) =>
    (await api().get(`/api/v1/bids/${bidId}`).set(bearer(who)).expect(200)).body
      .confirmationRequired as boolean;

  it('an added file: bidders told once per channel, re-confirm or lapse, deadline moved', async () => {
    const hook = await addWebhook(ctx, hooks, s1);
    const {
      needId,
      bidIds: [b1, b2],
    } = await seedTenderWithBids(ctx, owner, [s1, s2], {
      ndaRequired: false,
      bidDeadline: inDays(1),
    });
    expect(await confirmationRequired(b1, s1)).toBe(false);

    await upload(needId, 'rev-b.pdf', { rationale: 'Drawing rev B: tolerance corrected' });

    const need = (await api().get(`/api/v1/needs/${needId}`).set(bearer(owner)).expect(200)).body;
    expect(need.amendmentCount).toBe(1);
    // A day before the deadline: it moved out to AMENDMENT_MIN_DAYS.
    expect(new Date(need.bidDeadline).getTime()).toBeGreaterThan(Date.now() + 2.9 * DAY);
    const listed = await api().get(`/api/v1/needs/${needId}/amendments`).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        rationale: 'Drawing rev B: tolerance corrected',
        deadlineExtended: true,
        changes: expect.objectContaining({
          files: { before: null, after: { confidential: false, name: 'rev-b.pdf' } },
          bidDeadline: expect.any(Object),
        }),
      }),
    ]);
    expect(await confirmationRequired(b1, s1)).toBe(true);
    expect(await confirmationRequired(b2, s2)).toBe(true);

    await settle();
    expect(await amendedNotices(s1)).toHaveLength(1);
    expect(await amendedNotices(s2)).toHaveLength(1);
    expect(await amendedNotices(owner)).toHaveLength(0);
    const mails = (u: Actor) =>
      smtp.messages.filter(
        (m) => JSON.stringify(m.to).includes(u.email) && /tolerance corrected/.test(String(m.text)),
      );
    expect(mails(s1)).toHaveLength(1);
    expect(mails(s2)).toHaveLength(1);
    expect(
      hooks.calls.filter((c) => c.path === hook.path && c.payload?.type === 'need.amended'),
    ).toHaveLength(1);

    // s1 re-confirms, s2 does not; at the opening only s1's bid is opened.
    await api().post(`/api/v1/bids/${b1}/confirm`).set(bearer(s1)).send({}).expect(200);
    await db().query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
      needId,
    ]);
    await ctx.app.get(BidsService).sweepDeadlines();
    const opened = await api().get(`/api/v1/needs/${needId}/bids`).set(bearer(owner)).expect(200);
    expect(opened.body.items.map((b: { id: string }) => b.id)).toEqual([b1]);
    const lapsed = await api().get(`/api/v1/bids/${b2}`).set(bearer(s2)).expect(200);
    expect(lapsed.body.status).toBe('lapsed');
  });

  it('a removed confidential file asks for re-confirmation without naming the file', async () => {
    const needId = await publish({ bidDeadline: inDays(10) });
    const fileId = await upload(needId, 'SECRET-sheet.pdf', {
      rationale: 'Sheet added',
      confidential: true,
    });
    const b1 = await bid(needId, s1);
    expect(await confirmationRequired(b1, s1)).toBe(false);
    // Without a rationale: refused, the bid untouched.
    await api().delete(`/api/v1/attachments/${fileId}`).set(bearer(owner)).expect(400);
    expect(await confirmationRequired(b1, s1)).toBe(false);
    await api()
      .delete(`/api/v1/attachments/${fileId}?rationale=Sheet%20withdrawn`)
      .set(bearer(owner))
      .expect(204);
    expect(await confirmationRequired(b1, s1)).toBe(true);
    const listed = await api().get(`/api/v1/needs/${needId}/amendments`).expect(200);
    expect(listed.body.items[0]).toMatchObject({
      rationale: 'Sheet withdrawn',
      deadlineExtended: false,
      changes: { files: { before: { confidential: true }, after: null } },
    });
    expect(JSON.stringify(listed.body)).not.toContain('SECRET');
  });
});
