import request from 'supertest';
import { DataSource } from 'typeorm';
import { BidsService } from '@niaz/bids';
import { QueueRegistry } from '@niaz/jobs';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, makeAdmin, register } from './support/actors';
import {
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  WebhookReceiver,
} from './support/notification-receivers';
import { addWebhook, linkMessenger, publishNeed, setLanguage } from './support/notify-helpers';
import { seedTenderWithBids } from './support/tenders';

const DAY = 86400_000;
const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString();

/**
 * Issue #15: the notices of the tender. The opening tells the owner how many bids were opened
 * and each bidder how many competed (exactly once, however many sweeps race); a question
 * tells the owner, never who asked; a lost verified badge tells the organisation why.
 */
describe('tender notices: opening, questions, lost badge (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let channels: ChannelReceivers;
  let owner: Actor;
  let s1: Actor;
  let s2: Actor;
  let s3: Actor;
  let admin: Actor;

  beforeAll(async () => {
    channels = await startChannelReceivers();
    ({ smtp, hooks } = channels);
    ctx = await startApi({ worker: true });
    owner = await register(ctx, ['manufacturer']);
    s1 = await register(ctx, ['supplier'], { country: 'TR' });
    s2 = await register(ctx, ['supplier']);
    s3 = await register(ctx, ['supplier']);
    admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
    await setLanguage(ctx, s1, 'tr');
    await setLanguage(ctx, s2, 'en');
    await setLanguage(ctx, s3, 'en');
    await setLanguage(ctx, owner, 'en');
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
      { what: 'events and deliveries to settle', timeoutMs: 60_000 },
    );
  const inbox = async (u: Actor, type?: string) =>
    (
      (await api().get('/api/v1/notifications').set(bearer(u)).expect(200)).body.items as Array<{
        type: string;
        title: string;
        body: string;
        refs: Record<string, string>;
      }>
    ).filter((i) => !type || i.type === type);
  const mailsTo = (u: Actor, pattern: RegExp) =>
    smtp.messages.filter(
      (m) => JSON.stringify(m.to).includes(u.email) && pattern.test(String(m.subject)),
    );

  const publish = (overrides: Record<string, unknown> = {}) => publishNeed(ctx, owner, overrides);

  it('the opening: the owner learns how many bids were opened, each bidder how many competed, once per channel', async () => {
    const ownerHook = await addWebhook(ctx, hooks, owner);
    const bidderHook = await addWebhook(ctx, hooks, s1);
    const chat = await linkMessenger(ctx, channels.bot, s2);
    const {
      needId,
      bidIds: [b1, b2],
    } = await seedTenderWithBids(ctx, owner, [s1, s2, s3], {
      title: 'OPENING-NEED',
      bidDeadline: inDays(10),
    });
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ unit: 'set', rationale: 'Sold as sets' })
      .expect(200);
    await api().post(`/api/v1/bids/${b1}/confirm`).set(bearer(s1)).send({}).expect(200);
    await api().post(`/api/v1/bids/${b2}/confirm`).set(bearer(s2)).send({}).expect(200);
    await settle();

    // Before the opening the owner is told nothing about bids: no notice, no count.
    const early = await inbox(owner);
    expect(early.filter((n) => /^bid\.|need\.opened/.test(n.type))).toEqual([]);
    expect(JSON.stringify(early)).not.toMatch(/OPENING-NEED/);

    // The deadline passes; several sweeps race for the opening.
    await db().query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
      needId,
    ]);
    const sweeps = ctx.app.get(BidsService);
    await Promise.all([sweeps.sweepDeadlines(), sweeps.sweepDeadlines(), sweeps.sweepDeadlines()]);
    await sweeps.sweepDeadlines();
    const [{ n: events }] = await db().query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'need.opened' AND payload->>'needId' = $1`,
      [needId],
    );
    expect(events).toBe(1);
    await settle();

    const ownerNotice = await inbox(owner, 'need.opened');
    expect(ownerNotice).toHaveLength(1);
    expect(ownerNotice[0].body).toContain('Bids opened: 2.');
    expect(ownerNotice[0].refs.needId).toBe(needId);
    const forS1 = await inbox(s1, 'bid.opened');
    expect(forS1).toHaveLength(1);
    expect(forS1[0].body).toContain('Yarışan teklif sayısı: 2');
    const forS3 = await inbox(s3, 'bid.opened');
    expect(forS3).toHaveLength(1);
    expect(forS3[0].body).toMatch(/Bids competing: 2\. Yours was not opened/);
    expect(await inbox(s2, 'bid.opened')).toHaveLength(1);
    // Not told to anyone else.
    expect(await inbox(admin, 'bid.opened')).toEqual([]);
    expect(await inbox(owner, 'bid.opened')).toEqual([]);

    // Once per channel: e-mail, messenger, webhook. (The need's title is bidi-isolated, FSI…PDI.)
    expect(mailsTo(owner, /^Bids opened: \u2068OPENING-NEED/)).toHaveLength(1);
    expect(mailsTo(s1, /^Teklifler açıldı: \u2068OPENING-NEED/)).toHaveLength(1);
    expect(mailsTo(s3, /^Opening done: \u2068OPENING-NEED/)).toHaveLength(1);
    await waitFor(
      async () =>
        channels.bot
          .sent()
          .filter(
            (c) =>
              c.body.chat_id === String(chat) &&
              /Opening done: \u2068OPENING-NEED/.test(String(c.body.text)),
          ).length === 1,
      { what: 'the messenger notice', timeoutMs: 30_000 },
    );
    const ownerCalls = hooks.accepted().filter((c) => c.path === ownerHook.path);
    expect(ownerCalls.map((c) => c.payload?.type)).toEqual(['need.opened']);
    expect(ownerCalls[0].payload?.data).toEqual({ needId, opened: 2, lapsed: 1 });
    const bidderCalls = hooks
      .accepted()
      .filter((c) => c.path === bidderHook.path && c.payload?.type === 'bid.opened');
    expect(bidderCalls).toHaveLength(1);
    expect(bidderCalls[0].payload?.data).toEqual({ needId, opened: 2, lapsed: false });

    // The sweep again, and the event's job again: nobody is told twice.
    await sweeps.sweepDeadlines();
    await settle();
    expect(await inbox(owner, 'need.opened')).toHaveLength(1);
    expect(mailsTo(s1, /^Teklifler açıldı: \u2068OPENING-NEED/)).toHaveLength(1);
  });

  it('an expired need tells its owner that no bid was opened, and tells nobody else', async () => {
    const needId = await publish({ title: 'EMPTY-NEED' });
    await db().query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [
      needId,
    ]);
    await ctx.app.get(BidsService).sweepDeadlines();
    await settle();
    const notices = (await inbox(owner, 'need.opened')).filter((n) => /EMPTY-NEED/.test(n.title));
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('Bids opened: 0.');
  });

  it('a question tells the owner, and nothing the owner receives names the asker', async () => {
    const hook = await addWebhook(ctx, hooks, owner, { events: ['need.asked'] });
    const needId = await publish({ title: 'QUESTION-NEED' });
    const q = await api()
      .post(`/api/v1/needs/${needId}/questions`)
      .set(bearer(s2))
      .send({ text: 'Is 52100 steel acceptable?' })
      .expect(201);
    await settle();
    const notices = await inbox(owner, 'need.asked');
    expect(notices).toHaveLength(1);
    expect(notices[0].refs.needId).toBe(needId);
    expect(mailsTo(owner, /QUESTION-NEED/)).toHaveLength(1);
    const calls = hooks.accepted().filter((c) => c.path === hook.path);
    expect(calls).toHaveLength(1);
    expect(calls[0].payload?.data).toEqual({ needId, questionId: q.body.id });
    // The asker is not told of its own question.
    expect(await inbox(s2, 'need.asked')).toEqual([]);

    const asker = [s2.userId, s2.organizationId, s2.email, `Org ${s2.email}`];
    const [row] = await db().query(
      `SELECT params, "organizationId" FROM notification WHERE type = 'need.asked' AND "userId" = $1`,
      [owner.userId],
    );
    const seen = [
      JSON.stringify(await api().get('/api/v1/notifications').set(bearer(owner))),
      JSON.stringify(row),
      calls[0].body,
      ...mailsTo(owner, /QUESTION-NEED/).map((m) => `${m.text} ${m.html}`),
    ];
    for (const text of seen) for (const id of asker) expect(text).not.toContain(id);
    expect(row.organizationId).toBe(owner.organizationId);
  });

  it('a lost verified badge tells every member of the organisation why, once per loss', async () => {
    const org = await register(ctx, ['supplier'], { name: 'Tabriz Bearings' });
    const member = await addMember(ctx, org);
    await setLanguage(ctx, org, 'en');
    await setLanguage(ctx, member, 'fa');
    await api()
      .post(`/api/v1/admin/organizations/${org.organizationId}/verify`)
      .set(bearer(admin))
      .expect(200);
    // A change that keeps the badge tells nobody.
    await api()
      .patch(`/api/v1/organizations/${org.organizationId}`)
      .set(bearer(org))
      .send({ description: 'We machine bearings' })
      .expect(200);
    await settle();
    expect(await inbox(org, 'organization.unverified')).toEqual([]);

    await api()
      .patch(`/api/v1/organizations/${org.organizationId}`)
      .set(bearer(org))
      .send({ name: 'Tehran Chamber of Commerce', kinds: ['supplier', 'manufacturer'] })
      .expect(200);
    await settle();
    const mine = await inbox(org, 'organization.unverified');
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('because its name and kinds changed');
    const theirs = await inbox(member, 'organization.unverified');
    expect(theirs).toHaveLength(1);
    expect(theirs[0].body).toContain('نام');
    expect(await inbox(admin, 'organization.unverified')).toEqual([]);

    // Verified again, then a second loss: a second notice.
    await api()
      .post(`/api/v1/admin/organizations/${org.organizationId}/verify`)
      .set(bearer(admin))
      .expect(200);
    await api()
      .patch(`/api/v1/organizations/${org.organizationId}`)
      .set(bearer(org))
      .send({ knowledgeBasedCertificate: 'KB-1403-7788' })
      .expect(200);
    await settle();
    const again = await inbox(org, 'organization.unverified');
    expect(again).toHaveLength(2);
    expect(again[0].body).toContain('knowledge-based certificate number');
  });
});
