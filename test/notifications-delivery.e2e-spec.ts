import { OutboxWriter, QueueRegistry } from '@niaz/jobs';
import { NotificationSweepService } from '@niaz/notifications';
import { waitFor } from '@niaz/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, bidPayload, register } from './support/actors';
import {
  BotApiStandIn,
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  TEST_PUBLIC_URL,
  WebhookReceiver,
} from './support/notification-receivers';
import {
  addCapability,
  addWebhook,
  linkMessenger,
  matchingSettled,
  publishNeed,
  setLanguage,
  storeMatches,
} from './support/notify-helpers';
import { seedTenderWithBids, submitBid } from './support/tenders';

const PUBLIC_URL = TEST_PUBLIC_URL;

/**
 * The notification pipeline end to end on real parts: api and worker in this process, real
 * PostgreSQL and Redis, a real SMTP server, a Standard Webhooks receiver that verifies every
 * call with `standardwebhooks`, and a Bot API stand-in.
 */
describe('notifications: inbox, e-mail, webhooks, messenger (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let bot: BotApiStandIn;
  let channels: ChannelReceivers | undefined;

  beforeAll(async () => {
    channels = await startChannelReceivers();
    ({ smtp, hooks, bot } = channels);
    ctx = await startApi({ worker: true });
  });
  afterAll(async () => {
    await ctx?.close();
    await channels?.close();
  });

  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);
  const inbox = async (user: Actor, language?: string) => {
    const req = api().get('/api/v1/notifications').set(bearer(user));
    if (language) req.set('accept-language', language);
    return (await req.expect(200)).body;
  };
  /** Every event relayed and handled, every delivery done. */
  const settle = () =>
    waitFor(
      async () => {
        const [{ n }] = await db().query(
          `SELECT (SELECT count(*) FROM outbox_event WHERE "relayedAt" IS NULL)
                + (SELECT count(*) FROM delivery WHERE status IN ('pending', 'sending'))::int AS n`,
        );
        // Scheduled jobs (the messenger poll every 200 ms) do not count.
        const jobs = await ctx.app
          .get(QueueRegistry)
          .get('notifications')
          .getJobs(['waiting', 'active', 'prioritized']);
        return Number(n) === 0 && jobs.every((j) => j.name.startsWith('notifications.'));
      },
      { what: 'events and deliveries to settle' },
    );
  const mailsTo = (user: Actor) =>
    smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes(user.email));
  const needMessages = (chatId: number, needId?: string) =>
    bot
      .sent()
      .filter(
        (c) =>
          c.body.chat_id === String(chatId) &&
          String(c.body.text).includes(needId ? `/needs/${needId}` : '/needs/'),
      );

  it('tells each candidate once per need: one inbox entry, one e-mail, one webhook, one message', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const a = await register(ctx, ['supplier'], { country: 'TR' });
    const aMember = await addMember(ctx, a);
    const b = await register(ctx, ['supplier']);
    const picky = await register(ctx, ['supplier']); // minScore above this match
    const otherSector = await register(ctx, ['supplier']); // only HS chapter 73
    const weak = await register(ctx, ['supplier']); // below MATCH_MIN_SCORE
    await setLanguage(ctx, a, 'tr');
    await setLanguage(ctx, aMember, 'en');
    await setLanguage(ctx, b, 'fa');
    await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(picky))
      .send({ minScore: 0.9 })
      .expect(200);
    await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(otherSector))
      .send({ hsChapters: ['73'] })
      .expect(200);

    const chats = new Map<string, number>();
    for (const user of [a, aMember, b, picky, otherSector, weak]) {
      chats.set(user.userId, await linkMessenger(ctx, bot, user));
    }
    const hookA = await addWebhook(ctx, hooks, a);
    const hookB = await addWebhook(ctx, hooks, b);
    const hookPicky = await addWebhook(ctx, hooks, picky);

    const caps = new Map<string, string>();
    for (const s of [a, b, picky, otherSector, weak])
      caps.set(s.userId, await addCapability(ctx, s));
    const needId = await publishNeed(ctx, buyer);
    const candidates = [
      { user: a, score: 0.87 },
      { user: b, score: 0.61 },
      { user: picky, score: 0.7 },
      { user: otherSector, score: 0.8 },
      { user: weak, score: 0.1 },
    ].map(({ user, score }) => ({
      capabilityId: caps.get(user.userId)!,
      organizationId: user.organizationId,
      score,
    }));
    await storeMatches(ctx, needId, buyer.organizationId, candidates);

    const told = [a, aMember, b];
    await waitFor(
      () =>
        told.every((u) => mailsTo(u).length === 1 && needMessages(chats.get(u.userId)!).length) &&
        hooks.accepted().length === 2,
      { what: 'e-mails, messages and webhooks of the candidates', timeoutMs: 20_000 },
    );

    // A re-match (need.updated in production) with one new candidate tells only the new one.
    const late = await register(ctx, ['supplier']);
    const lateChat = await linkMessenger(ctx, bot, late);
    const lateCap = await addCapability(ctx, late);
    await storeMatches(ctx, needId, buyer.organizationId, [
      ...candidates,
      { capabilityId: lateCap, organizationId: late.organizationId, score: 0.5 },
    ]);
    await waitFor(() => mailsTo(late).length === 1 && needMessages(lateChat).length === 1, {
      what: 'the late candidate to be told',
    });
    // Let anything wrongly queued by the re-match arrive before counting.
    await settle();

    for (const u of [...told, late]) {
      const box = await inbox(u);
      expect(box.items.map((i: { type: string }) => i.type)).toEqual(['need.matched']);
      expect(box.unreadCount).toBe(1);
      expect(mailsTo(u)).toHaveLength(1);
      expect(needMessages(chats.get(u.userId) ?? lateChat, needId)).toHaveLength(1);
    }
    for (const u of [picky, otherSector, weak, buyer]) {
      expect((await inbox(u)).items).toEqual([]);
      expect(mailsTo(u)).toHaveLength(0);
    }
    for (const u of [picky, otherSector, weak]) {
      expect(needMessages(chats.get(u.userId)!)).toHaveLength(0);
    }

    // One webhook per organisation and need, verified; none for an organisation told nothing.
    const accepted = hooks.accepted();
    expect(accepted.map((c) => c.path).sort()).toEqual([hookA.path, hookB.path].sort());
    expect(accepted.map((c) => c.payload!.type)).toEqual(['need.matched', 'need.matched']);
    expect(accepted.map((c) => c.payload!.data.needId)).toEqual([needId, needId]);
    expect(hooks.calls.filter((c) => c.error)).toEqual([]);
    expect(hookA.secret).toMatch(/^whsec_/);
    expect(hookB.secret).not.toBe(hookA.secret);
    expect(hooks.calls.filter((c) => c.path === hookPicky.path)).toEqual([]);
    const [call] = accepted;
    expect(call.headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
    expect(call.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Object.keys(call.payload!).sort()).toEqual(['data', 'timestamp', 'type']);

    // Every message names the need and why it fits, in the reader's language.
    const [en] = (await inbox(aMember)).items;
    expect(en.title).toBe('A need that fits you: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069');
    expect(en.reasons).toEqual(['same HS heading 8482', 'keyword rulman ~ بلبرینگ']);
    expect(en.score).toBe(0.87);
    expect(en.url).toBe(`${PUBLIC_URL}/needs/${needId}`);
    expect(en.refs.needId).toBe(needId);
    expect(en.body).toContain('87%');
    const [trItem] = (await inbox(a)).items;
    expect(trItem.title).toBe('Size uygun bir ihtiyaç: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069');
    expect(trItem.reasons[0]).toBe('aynı GTİP pozisyonu 8482');
    const [faItem] = (await inbox(b)).items;
    expect(faItem.title).toBe('نیازی متناسب با شما: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069');
    expect(faItem.reasons[0]).toBe('سرفصل تعرفه (HS) یکسان 8482');
    expect(faItem.body).toContain('۶۱٪');
    expect((await inbox(b, 'en;q=0.9')).items[0].title).toBe(en.title);

    // E-mail: HTML and text, Persian right to left, a working unsubscribe link and headers.
    const [faMail] = mailsTo(b);
    expect(faMail.subject).toBe(faItem.title);
    expect(faMail.html).toContain('dir="rtl"');
    expect(faMail.html).toContain('lang="fa"');
    expect(faMail.text).toContain('سرفصل تعرفه (HS) یکسان 8482');
    expect(faMail.text).toContain(`${PUBLIC_URL}/needs/${needId}`);
    const [enMail] = mailsTo(aMember);
    expect(enMail.html).toContain('dir="ltr"');
    expect(enMail.messageId).toMatch(/^<[0-9a-f-]{36}@niaz\.test>$/);
    const header = (name: string) =>
      faMail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(.+)>$/.exec(header('list-unsubscribe') ?? '')![1];
    expect(unsubscribe.startsWith(`${PUBLIC_URL}/api/v1/notifications/unsubscribe?token=`)).toBe(
      true,
    );
    // Opening the link (as a mail scanner prefetching it would) only asks: nothing changes.
    const page = await api().get(unsubscribe.slice(PUBLIC_URL.length)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<form method="post"');
    expect(page.text).toContain('توقف ایمیل‌ها');
    expect(page.text).not.toContain('دیگر ایمیلی از نیاز دریافت نمی‌کنید');
    const channels = async () =>
      (await api().get('/api/v1/notification-preferences').set(bearer(b)).expect(200)).body
        .channels;
    expect((await channels()).email).toBe(true);
    // The page's button: a browser form POST answers a page in the reader's language.
    const done = await api()
      .post(unsubscribe.slice(PUBLIC_URL.length))
      .set('accept', 'text/html')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(done.headers['content-type']).toMatch(/text\/html/);
    expect(done.text).toContain('دیگر ایمیلی از نیاز دریافت نمی‌کنید');
    expect(await channels()).toEqual({ inApp: true, email: false, webhook: true, messenger: true });
    // One-click (RFC 8058): the mail client POSTs a form to the same URL.
    await api()
      .post(unsubscribe.slice(PUBLIC_URL.length))
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { email: false });

    // Messenger: the text in the reader's language with the link to the need.
    const [faChat] = needMessages(chats.get(b.userId)!, needId);
    expect(faChat.body.text).toContain(faItem.title);
    expect(faChat.body.text).toContain(`${PUBLIC_URL}/needs/${needId}`);
    expect(faChat.token).toBe('123456:test-token');

    // Reading.
    const read = await api()
      .post(`/api/v1/notifications/${en.id}/read`)
      .set(bearer(aMember))
      .expect(200);
    expect(read.body.read).toBe(true);
    expect((await inbox(aMember)).unreadCount).toBe(0);
    await api()
      .post('/api/v1/notifications/read-all')
      .set(bearer(b))
      .expect(200, { updated: 1, unreadCount: 0 });
    expect((await inbox(b)).items[0].read).toBe(true);
  });

  it('tells the buyer of bids, the bidder of decisions, the invited, the late and the bidders of a close', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const buyerMember = await addMember(ctx, buyer);
    const s1 = await register(ctx, ['supplier']);
    const s2 = await register(ctx, ['supplier']);
    const s3 = await register(ctx, ['supplier']);
    for (const u of [buyer, buyerMember, s1, s2, s3]) await setLanguage(ctx, u, 'en');
    const hook2 = await addWebhook(ctx, hooks, s2, { events: ['need.deadline'] });
    const types = async (u: Actor) =>
      (await inbox(u)).items.map((i: { type: string }) => i.type).sort();
    const needId = await publishNeed(ctx, buyer, { bidsVisibleBeforeDeadline: true });
    await api()
      .post(`/api/v1/needs/${needId}/invitations`)
      .set(bearer(buyer))
      .send({ organizationId: s2.organizationId })
      .expect(201);
    const bid1 = await submitBid(ctx, needId, s1);
    const bid2 = await submitBid(ctx, needId, s2);
    await api().post(`/api/v1/bids/${bid2}/withdraw`).set(bearer(s2)).expect(200);
    await api().post(`/api/v1/bids/${bid1}/shortlist`).set(bearer(buyer)).send({}).expect(200);
    await api()
      .post(`/api/v1/needs/${needId}/close`)
      .set(bearer(buyer))
      .send({ reason: 'A local workshop already makes it' })
      .expect(200);

    await waitFor(async () => (await types(s1)).length === 2, { what: 's1 to hear twice' });
    await settle();
    await waitFor(async () => (await types(buyerMember)).length === 3, { what: 'the buyer' });
    expect(await types(buyer)).toEqual(['bid.received', 'bid.received', 'bid.withdrawn']);
    expect(await types(buyerMember)).toEqual(['bid.received', 'bid.received', 'bid.withdrawn']);
    expect(await types(s1)).toEqual(['bid.shortlisted', 'need.closed']);
    expect(await types(s2)).toEqual(['need.invitation']);
    const closed = (await inbox(s1)).items.find((i: { type: string }) => i.type === 'need.closed');
    expect(closed.title).toBe('Need closed: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069');
    expect(closed.body).toContain('Reason: \u2068A local workshop already makes it\u2069');
    const received = (await inbox(buyer)).items.find(
      (i: { type: string }) => i.type === 'bid.received',
    );
    expect(received.body).toBe(
      'A supplier submitted a sealed bid on your need “\u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069”.',
    );
    // Sealed: the buyer's notices carry nothing of the bids' contents.
    expect(JSON.stringify(await inbox(buyer))).not.toMatch(/11\.80|Rulman üretimi, 52100/);
    const invitation = (await inbox(s2)).items[0];
    expect(invitation.title).toBe('Invitation to bid: \u2068بلبرینگ ۶۲۰۴ برای نوار نقاله\u2069');

    // An award tells the winner (and the others through their rejections), not as a close.
    const {
      bidIds: [win, lose],
    } = await seedTenderWithBids(ctx, buyer, [s3, s1], { bidsVisibleBeforeDeadline: true });
    expect(lose).toBeDefined();
    await api().post(`/api/v1/bids/${win}/award`).set(bearer(buyer)).send({}).expect(200);
    await waitFor(async () => (await types(s3)).includes('bid.awarded'), { what: 'the award' });
    await waitFor(async () => (await types(s1)).includes('bid.rejected'), {
      what: 'the rejection',
    });
    await settle();
    expect(await types(s3)).toEqual(['bid.awarded']);
    expect((await types(s1)).filter((t: string) => t === 'need.closed')).toHaveLength(1);

    // Bidding closes within 48 h: NDA signers and invited suppliers without a live bid hear
    // of it once, however often the sweep runs; a supplier that bid does not.
    const soon = await publishNeed(ctx, buyer, {
      bidDeadline: new Date(Date.now() + 24 * 3600_000).toISOString(),
    });
    const later = await publishNeed(ctx, buyer); // 30 days away: not yet
    for (const [u, n] of [
      [s1, soon],
      [s2, soon],
      [s2, later],
    ] as const) {
      await api().post(`/api/v1/needs/${n}/nda`).set(bearer(u)).send({}).expect(200);
    }
    await api()
      .post(`/api/v1/needs/${soon}/invitations`)
      .set(bearer(buyer))
      .send({ organizationId: s3.organizationId })
      .expect(201);
    await api().post(`/api/v1/needs/${soon}/bids`).set(bearer(s1)).send(bidPayload()).expect(201);
    await settle();
    const sweep = ctx.worker!.get(NotificationSweepService);
    const first = await sweep.run();
    const second = await sweep.run();
    expect(first.deadlines.notified).toBe(2);
    expect(second.deadlines.notified).toBe(0);
    const deadlineOf = async (u: Actor) =>
      (await inbox(u)).items.filter((i: { type: string }) => i.type === 'need.deadline');
    expect(await deadlineOf(s1)).toEqual([]);
    const [reminder] = await deadlineOf(s2);
    expect(reminder.refs.needId).toBe(soon);
    expect(reminder.body).toMatch(/^Bids on “.+” close on .+\. You have not bid yet\.$/);
    expect(await deadlineOf(s2)).toHaveLength(1);
    expect(await deadlineOf(s3)).toHaveLength(1);
    await waitFor(() => hooks.accepted().filter((c) => c.path === hook2.path).length === 1, {
      what: 'the deadline webhook',
    });
    const [deadlineHook] = hooks.accepted().filter((c) => c.path === hook2.path);
    expect(deadlineHook.payload!.type).toBe('need.deadline');
    expect(deadlineHook.payload!.data.needId).toBe(soon);
  });

  it('tells a new capability’s owners of the open needs that fit it, once per need, by their channels', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const s = await register(ctx, ['supplier']);
    await setLanguage(ctx, s, 'en');
    // No in-app inbox and no webhooks for this user: e-mail only (and the row stays the key).
    await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(s))
      .send({ channels: { inApp: false, webhook: false, messenger: false } })
      .expect(200);
    const hook = await addWebhook(ctx, hooks, s);
    const capabilityId = await addCapability(ctx, s);
    const told = await publishNeed(ctx, buyer, { title: 'Already told' });
    const fresh = await publishNeed(ctx, buyer, { title: 'Fits the new capability' });
    const closed = await publishNeed(ctx, buyer, { title: 'Closed meanwhile' });
    await storeMatches(ctx, told, buyer.organizationId, [
      { capabilityId, organizationId: s.organizationId, score: 0.8 },
    ]);
    await waitFor(() => mailsTo(s).length === 1, { what: 'the first need' });
    await api()
      .post(`/api/v1/needs/${closed}/close`)
      .set(bearer(buyer))
      .send({ reason: 'no longer needed' })
      .expect(200);

    // The matcher found the open needs for the capability (as libs/matching writes these rows).
    await matchingSettled(ctx);
    await db().transaction(async (m) => {
      for (const needId of [told, fresh, closed]) {
        await m.query(
          `INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
           VALUES ($1, $2, $3, $4, 0.75, '[]') ON CONFLICT DO NOTHING`,
          [needId, capabilityId, buyer.organizationId, s.organizationId],
        );
      }
      await ctx.app
        .get(OutboxWriter)
        .write(m, 'capability.matched', { capabilityId, actorId: null });
    });
    await waitFor(() => mailsTo(s).length === 2, { what: 'the new need' });
    await settle();
    expect(mailsTo(s).map((m) => m.subject)).toEqual([
      'A need that fits you: \u2068Already told\u2069',
      'A need that fits you: \u2068Fits the new capability\u2069',
    ]);
    const rows = await db().query(
      `SELECT params->>'needId' AS "needId", "inApp" FROM notification WHERE "userId" = $1 ORDER BY "createdAt"`,
      [s.userId],
    );
    expect(rows).toEqual([
      { needId: told, inApp: false },
      { needId: fresh, inApp: false },
    ]);
    expect((await inbox(s)).items).toEqual([]);
    expect(hooks.calls.filter((c) => c.path === hook.path)).toEqual([]);
  });

  it('tells nobody of their own action', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const s = await register(ctx, ['supplier']);
    // The supplier's owner also works for the buyer (a member there).
    await db().query(
      `INSERT INTO membership ("userId", "organizationId", role) VALUES ($1, $2, 'member')`,
      [s.userId, buyer.organizationId],
    );
    // Bids visible from publication: on a sealed need the buyer is told of no bid at all.
    const needId = await publishNeed(ctx, buyer, { bidsVisibleBeforeDeadline: true });
    await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(s))
      .send({ ...bidPayload(), organizationId: s.organizationId })
      .expect(201);
    await waitFor(async () => (await inbox(buyer)).items.length === 1, { what: 'the buyer' });
    await settle();
    expect((await inbox(buyer)).items[0].type).toBe('bid.received');
    expect((await inbox(s)).items).toEqual([]);
    expect(mailsTo(s)).toEqual([]);
  });
});
