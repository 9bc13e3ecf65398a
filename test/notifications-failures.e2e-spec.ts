import { QueueRegistry } from '@niaz/jobs';
import { DigestService } from '@niaz/notifications';
import { waitFor } from '@niaz/testing';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, makeAdmin, register } from './support/actors';
import {
  BotApiStandIn,
  ChannelReceivers,
  SmtpReceiver,
  startChannelReceivers,
  WebhookReceiver,
} from './support/notification-receivers';
import { addWebhook, linkMessenger, publishNeed, setLanguage } from './support/notify-helpers';

/**
 * What happens when channels fail, retry, wait or batch: a temporary SMTP refusal, a
 * webhook receiver that is down, signatures that must not verify, the daily digest, quiet
 * hours, and the messenger's link codes. Real SMTP, HTTP and Bot API servers on loopback.
 */
describe('notifications: failures, retries, digest, quiet hours (real services)', () => {
  let ctx: ApiTestContext;
  let smtp: SmtpReceiver;
  let hooks: WebhookReceiver;
  let bot: BotApiStandIn;
  let buyer: Actor;
  let admin: Actor;
  let channels: ChannelReceivers | undefined;

  beforeAll(async () => {
    channels = await startChannelReceivers();
    ({ smtp, hooks, bot } = channels);
    ctx = await startApi({ worker: true });
    buyer = await register(ctx, ['manufacturer']);
    admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => {
    await ctx?.close();
    await channels?.close();
  });

  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);
  const mailsTo = (user: Actor) =>
    smtp.messages.filter((m) => JSON.stringify(m.to ?? '').includes(user.email));
  const types = async (user: Actor) =>
    (await api().get('/api/v1/notifications').set(bearer(user)).expect(200)).body.items.map(
      (i: { type: string }) => i.type,
    );
  /** An event for one supplier organisation: the buyer invites it to bid on a new need. */
  const invite = async (supplier: Actor, overrides: Record<string, unknown> = {}) => {
    const needId = await publishNeed(ctx, buyer, overrides);
    await api()
      .post(`/api/v1/needs/${needId}/invitations`)
      .set(bearer(buyer))
      .send({ organizationId: supplier.organizationId })
      .expect(201);
    return needId;
  };
  const deliveriesOf = (user: Actor, channel: string) =>
    db().query(
      `SELECT d.* FROM delivery d WHERE d."userId" = $1 AND d.channel = $2 ORDER BY d."createdAt"`,
      [user.userId, channel],
    );

  it('ends in one delivered e-mail when the SMTP server refuses the first attempt', async () => {
    const s = await register(ctx, ['supplier']);
    smtp.failNext(1);
    const refusedBefore = smtp.refused;
    await invite(s);
    await waitFor(() => mailsTo(s).length === 1, { what: 'the e-mail after a retry' });
    expect(smtp.refused - refusedBefore).toBe(1);
    const [delivery] = await deliveriesOf(s, 'email');
    await waitFor(async () => (await deliveriesOf(s, 'email'))[0].status === 'sent', {
      what: 'the delivery to be marked sent',
    });
    const [after] = await deliveriesOf(s, 'email');
    expect(after.attempts).toBe(2);
    expect(after.lastError).toBeNull();
    expect(delivery.id).toBe(after.id);
    expect(mailsTo(s)).toHaveLength(1);
  });

  it('retries a receiver that is down, disables the endpoint after 10 failures and tells the owners', async () => {
    const owner = await register(ctx, ['supplier']);
    const member = await addMember(ctx, owner);
    const hook = await addWebhook(ctx, hooks, owner);
    hooks.status = (path) => (path === hook.path ? 503 : 204);
    await invite(owner);

    const list = () =>
      api()
        .get('/api/v1/webhooks')
        .set(bearer(owner))
        .expect(200)
        .then((r) => r.body.items);
    await waitFor(async () => (await list())[0].enabled === false, {
      what: 'the endpoint to be disabled',
      timeoutMs: 30_000,
    });
    const calls = hooks.calls.filter((c) => c.path === hook.path);
    expect(calls).toHaveLength(10);
    // Every retry is the same message (same id), freshly signed, and verifies.
    expect(new Set(calls.map((c) => c.headers['webhook-id'])).size).toBe(1);
    expect(calls.every((c) => c.payload?.type === 'need.invitation' && !c.error)).toBe(true);
    const [endpoint] = await list();
    expect(endpoint).toMatchObject({ enabled: false, consecutiveFailures: 10 });
    expect(endpoint.disabledAt).not.toBeNull();

    await waitFor(async () => (await types(owner)).includes('webhook.disabled'), {
      what: 'the owners to be told',
    });
    const notice = (await api().get('/api/v1/notifications').set(bearer(owner))).body.items[0];
    expect(notice.type).toBe('webhook.disabled');
    expect(notice.body).toContain(`${hooks.url}${hook.path}`);
    expect(await types(member)).toEqual(['need.invitation']);
    // The notice is in-app only.
    const [{ n: external }] = await db().query(
      `SELECT count(*)::int AS n FROM delivery WHERE type = 'webhook.disabled'`,
    );
    expect(external).toBe(0);

    // The dead-letter list shows it to admins; an event meanwhile makes no delivery for it.
    const failed = await api()
      .get('/api/v1/admin/notifications/failed')
      .set(bearer(admin))
      .expect(200);
    const dead = failed.body.items.find((d: { endpointId: string }) => d.endpointId === hook.id);
    expect(dead).toMatchObject({ channel: 'webhook', status: 'failed', attempts: 10 });
    expect(dead.lastError).toBe('the receiver answered 503');
    await invite(owner);
    await waitFor(async () => (await types(owner)).length === 3, { what: 'the second invitation' });
    const [{ n: rows }] = await db().query(
      `SELECT count(*)::int AS n FROM delivery WHERE "endpointId" = $1`,
      [hook.id],
    );
    expect(rows).toBe(1);

    // Fixed and enabled again, the admin's retry delivers it once.
    hooks.status = () => 204;
    await api().post(`/api/v1/webhooks/${hook.id}/enable`).set(bearer(owner)).expect(200);
    const retried = await api()
      .post(`/api/v1/admin/notifications/failed/${dead.id}/retry`)
      .set(bearer(admin))
      .expect(200);
    expect(retried.body.status).toBe('pending');
    await waitFor(() => hooks.accepted().filter((c) => c.path === hook.path).length === 1, {
      what: 'the retried webhook',
    });
    await waitFor(
      async () =>
        (await db().query(`SELECT status FROM delivery WHERE id = $1`, [dead.id]))[0].status ===
        'sent',
      { what: 'the retried delivery to be sent' },
    );
    await api()
      .post(`/api/v1/admin/notifications/failed/${dead.id}/retry`)
      .set(bearer(admin))
      .expect(409);
  });

  it('signs so that a tampered body, an old timestamp or a rotated secret fails verification', async () => {
    const owner = await register(ctx, ['supplier']);
    const hook = await addWebhook(ctx, hooks, owner, { events: ['need.invitation'] });
    await invite(owner);
    await waitFor(() => hooks.accepted().some((c) => c.path === hook.path), {
      what: 'a delivery',
    });
    const call = hooks.accepted().find((c) => c.path === hook.path)!;
    const wh = new Webhook(hook.secret);
    expect(wh.verify(call.body, call.headers)).toEqual(call.payload);
    expect(() =>
      wh.verify(call.body.replace(call.payload!.type, 'bid.awarded'), call.headers),
    ).toThrow(/signature/i);
    const old = String(Math.floor(Date.now() / 1000) - 600);
    expect(() => wh.verify(call.body, { ...call.headers, 'webhook-timestamp': old })).toThrow(
      /too old/i,
    );
    // An attacker re-signing an old message with a fresh timestamp lacks the secret.
    const forged = new Webhook(`whsec_${Buffer.from('not the secret').toString('base64')}`);
    const now = new Date();
    const headers = {
      ...call.headers,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': forged.sign(call.headers['webhook-id'], now, call.body),
    };
    expect(() => wh.verify(call.body, headers)).toThrow(/signature/i);

    // After a rotation, new deliveries verify with the new secret only.
    const rotated = await api()
      .post(`/api/v1/webhooks/${hook.id}/rotate-secret`)
      .set(bearer(owner))
      .expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    hooks.secrets.set(hook.path, rotated.body.secret);
    await invite(owner);
    await waitFor(() => hooks.accepted().filter((c) => c.path === hook.path).length === 2, {
      what: 'a delivery signed with the new secret',
    });
    const second = hooks.accepted().filter((c) => c.path === hook.path)[1];
    expect(() => wh.verify(second.body, second.headers)).toThrow(/signature/i);
  });

  it('gathers a daily-digest user’s day into one e-mail and one message', async () => {
    const s = await register(ctx, ['supplier']);
    await setLanguage(ctx, s, 'en');
    const chat = await linkMessenger(ctx, bot, s);
    await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(s))
      .send({ digest: 'daily' })
      .expect(200);
    await invite(s, { title: 'Pompa gövdesi döküm' });
    await invite(s, { title: 'Hydraulic cylinder seals' });
    await waitFor(async () => (await types(s)).length === 2, { what: 'both in the inbox' });
    const held = await db().query(
      `SELECT channel, status FROM delivery WHERE "userId" = $1 ORDER BY channel`,
      [s.userId],
    );
    expect(held).toEqual([
      { channel: 'email', status: 'digest' },
      { channel: 'email', status: 'digest' },
      { channel: 'messenger', status: 'digest' },
      { channel: 'messenger', status: 'digest' },
    ]);
    expect(mailsTo(s)).toHaveLength(0);

    const digest = ctx.worker!.get(DigestService);
    const run = await digest.gather('test-run-1');
    expect(run).toMatchObject({ digests: 2, items: 4, queued: 2 });
    await waitFor(() => mailsTo(s).length === 1, { what: 'the digest e-mail' });
    const [mail] = mailsTo(s);
    expect(mail.subject).toBe('Your Niaz digest (2 notices)');
    expect(mail.text).toContain('Invitation to bid: \u2068Pompa gövdesi döküm\u2069');
    expect(mail.text).toContain('Invitation to bid: \u2068Hydraulic cylinder seals\u2069');
    await waitFor(
      () => bot.sent().some((c) => c.body.chat_id === String(chat) && /digest/.test(c.body.text)),
      { what: 'the digest message' },
    );
    expect((await digest.gather('test-run-1')).items).toBe(0);
    expect((await digest.gather('test-run-2')).items).toBe(0);
    const digests = bot
      .sent()
      .filter((c) => c.body.chat_id === String(chat) && /digest/.test(c.body.text));
    expect(digests).toHaveLength(1);
    expect(digests[0].body.text).toContain('Hydraulic cylinder seals');
    expect(mailsTo(s)).toHaveLength(1);
  });

  it('holds e-mail during the user’s quiet hours (the in-app notice is immediate)', async () => {
    const s = await register(ctx, ['supplier']);
    const hhmm = (d: Date) => d.toISOString().slice(11, 16);
    const now = Date.now();
    await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(s))
      .send({
        quietHours: {
          start: hhmm(new Date(now - 3600_000)),
          end: hhmm(new Date(now + 2 * 3600_000)),
          timeZone: 'UTC',
        },
      })
      .expect(200);
    await invite(s);
    await waitFor(async () => (await types(s)).length === 1, { what: 'the inbox entry' });
    const queue = ctx.app.get(QueueRegistry).get('deliveries');
    const [delivery] = await deliveriesOf(s, 'email');
    await waitFor(async () => (await queue.getJobState(`dl-${delivery.id}-0`)) === 'delayed', {
      what: 'the e-mail job to wait',
    });
    const job = await queue.getJob(`dl-${delivery.id}-0`);
    const resumesAt = job!.timestamp + job!.delay;
    expect(resumesAt).toBeGreaterThan(now + 3600_000);
    expect(resumesAt).toBeLessThanOrEqual(now + 2 * 3600_000 + 60_000);
    const [still] = await deliveriesOf(s, 'email');
    expect(still).toMatchObject({ status: 'pending', attempts: 0 });
    expect(mailsTo(s)).toHaveLength(0);
  });

  it('links a chat once per code, refuses unknown codes and unlinks on /stop', async () => {
    const s = await register(ctx, ['supplier']);
    await setLanguage(ctx, s, 'tr');
    const created = await api().post('/api/v1/messenger-links').set(bearer(s)).expect(201);
    expect(created.body.deepLink).toBe(`https://t.me/niaz_test_bot?start=${created.body.code}`);
    expect(created.body.status).toBe('pending');
    const chat = 9_100_001;
    bot.pushMessage(chat, `/start ${created.body.code}`);
    bot.pushMessage(chat, `/start ${created.body.code}`); // the same /start again
    bot.pushMessage(9_100_002, '/start not-a-real-code');
    const to = (id: number) => bot.sent().filter((c) => c.body.chat_id === String(id));
    await waitFor(() => to(chat).length >= 1 && to(9_100_002).length === 1 && bot.pending() === 0, {
      what: 'the bot to answer',
    });
    await waitFor(async () => bot.pending() === 0, { what: 'the updates to be confirmed' });
    expect(to(chat).map((c) => c.body.text)).toEqual([
      'Bu sohbet Niaz hesabınıza bağlandı. Bildirimleriniz artık buraya gelecek.',
    ]);
    expect(to(9_100_002)[0].body.text).toMatch(/not valid/);
    const links = (await api().get('/api/v1/messenger-links').set(bearer(s))).body.items;
    expect(links).toMatchObject([{ status: 'linked', chatTitle: 'Test' }]);

    bot.pushMessage(chat, '/stop');
    await waitFor(
      async () =>
        (await api().get('/api/v1/messenger-links').set(bearer(s))).body.items.length === 0,
      {
        what: '/stop to unlink',
      },
    );
    await waitFor(() => to(chat).length === 2, { what: 'the goodbye' });
    expect(to(chat)[1].body.text).toBe('Bu sohbet artık Niaz bildirimlerini almayacak.');
  });
});
