import { waitFor } from '@niaz/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, register } from './support/actors';
import {
  BotApiStandIn,
  SmtpReceiver,
  startBotApi,
  startSmtpReceiver,
  startWebhookReceiver,
  WebhookReceiver,
} from './support/notification-receivers';
import {
  addCapability,
  addWebhook,
  linkMessenger,
  publishNeed,
  setLanguage,
  storeMatches,
} from './support/notify-helpers';

const PUBLIC_URL = 'https://niaz.test';

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
  const saved = { ...process.env };

  beforeAll(async () => {
    [smtp, hooks, bot] = await Promise.all([
      startSmtpReceiver(),
      startWebhookReceiver(),
      startBotApi(),
    ]);
    Object.assign(process.env, {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MESSENGER_API_BASE: bot.url,
      MESSENGER_BOT_TOKEN: '123456:test-token',
      MESSENGER_BOT_USERNAME: 'niaz_test_bot',
      MESSENGER_POLL_MS: '200',
      NOTIFY_BACKOFF_MS: '5',
    });
    ctx = await startApi({ worker: true });
  });
  afterAll(async () => {
    await ctx?.close();
    await Promise.all([smtp?.close(), hooks?.close(), bot?.close()]);
    process.env = saved;
  });

  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);
  const inbox = async (user: Actor, language?: string) => {
    const req = api().get('/api/v1/notifications').set(bearer(user));
    if (language) req.set('accept-language', language);
    return (await req.expect(200)).body;
  };
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
    for (const s of [a, b, picky, otherSector, weak]) caps.set(s.userId, await addCapability(ctx, s));
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
    await waitFor(
      async () =>
        (
          await db().query(
            `SELECT count(*)::int AS n FROM delivery WHERE status NOT IN ('sent', 'skipped')`,
          )
        )[0].n === 0,
      { what: 'every delivery to settle' },
    );

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
    expect(hookPicky.id).toBeDefined();
  });
});
