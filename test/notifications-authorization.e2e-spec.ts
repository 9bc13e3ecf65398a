import { AppConfig } from '@niaz/core';
import { JwtService } from '@nestjs/jwt';
import { UnsubscribeTokens } from '@niaz/notifications';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, makeAdmin, register } from './support/actors';
import { expectProblem } from './support/identity-helpers';
import { BotApiStandIn, startBotApi } from './support/notification-receivers';

type Role = 'anonymous' | 'unrelated' | 'supplier' | 'member' | 'owner' | 'admin';
const ROLES: Role[] = ['anonymous', 'unrelated', 'supplier', 'member', 'owner', 'admin'];
type Expect = Record<Role, number>;
const row = (
  anonymous: number,
  unrelated: number,
  supplier: number,
  member: number,
  owner: number,
  admin: number,
): Expect => ({ anonymous, unrelated, supplier, member, owner, admin });

const BOT_SECRET = 'bot-webhook-secret-0123456789';
const TABLES = [
  'notification',
  'notification_preference',
  'webhook_endpoint',
  'messenger_link',
  'delivery',
];

/**
 * Every notification endpoint × every kind of caller, the answers to bad input (400 naming
 * the field, nothing written), the contract shapes of ../shared/API.md, the bot's update
 * webhook and the queue dashboard. "owner" and "member" belong to the organisation that owns
 * the webhook, the notification and the messenger link; every registered user also owns an
 * organisation of their own.
 */
describe('notifications: who may call what, and bad input (real services)', () => {
  let ctx: ApiTestContext;
  let bot: BotApiStandIn;
  const actors = {} as Record<Exclude<Role, 'anonymous'>, Actor>;
  const saved = { ...process.env };

  beforeAll(async () => {
    bot = await startBotApi();
    Object.assign(process.env, {
      MESSENGER_API_BASE: bot.url,
      MESSENGER_BOT_TOKEN: '123456:test-token',
      MESSENGER_BOT_USERNAME: 'niaz_test_bot',
      MESSENGER_UPDATES: 'webhook',
      MESSENGER_WEBHOOK_SECRET: BOT_SECRET,
    });
    ctx = await startApi();
    actors.owner = await register(ctx, ['supplier']);
    actors.member = await addMember(ctx, actors.owner);
    actors.supplier = await register(ctx, ['supplier']);
    actors.unrelated = await register(ctx, ['organiser']);
    actors.admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => {
    await ctx?.close();
    await bot?.close();
    process.env = saved;
  });

  const api = () => request(ctx.url);
  const db = () => ctx.app.get(DataSource);
  const as = (role: Role) => (role === 'anonymous' ? {} : bearer(actors[role]));
  const unsubscribeToken = (a: Actor) =>
    new UnsubscribeTokens(ctx.app.get(AppConfig).env.UNSUBSCRIBE_KEY).sign(a.userId);

  async function notificationOf(a: Actor) {
    const [{ id }] = await db().query(
      `INSERT INTO notification ("userId", type, "eventKey", params)
       VALUES ($1, 'need.invitation', 'need.invitation:' || gen_random_uuid(),
               '{"needTitle": "Rulman 6204", "buyerName": "Qom Makine"}')
       RETURNING id`,
      [a.userId],
    );
    return id as string;
  }
  async function webhookOf(a: Actor) {
    // Each cell makes a fresh endpoint; stay under the per-organisation limit.
    await db().query(`DELETE FROM webhook_endpoint WHERE "organizationId" = $1`, [
      a.organizationId,
    ]);
    const res = await api()
      .post('/api/v1/webhooks')
      .set(bearer(a))
      .send({ url: 'http://127.0.0.1:9/owner-secret-path' })
      .expect(201);
    return res.body.id as string;
  }
  async function linkOf(a: Actor) {
    return (await api().post('/api/v1/messenger-links').set(bearer(a)).expect(201)).body
      .id as string;
  }
  async function failedDelivery() {
    const [{ id }] = await db().query(
      `INSERT INTO delivery (channel, key, "eventKey", type, status, "userId", attempts, "lastError")
       VALUES ('email', 'email:' || gen_random_uuid(), 'test:' || gen_random_uuid(), 'need.invitation',
               'failed', $1, 12, 'SMTP: 550 no such mailbox')
       RETURNING id`,
      [actors.owner.userId],
    );
    return id as string;
  }

  interface Case {
    name: string;
    method: 'get' | 'post' | 'put' | 'delete';
    path: () => Promise<string>;
    body?: () => Record<string, unknown>;
    expect: Expect;
  }

  const cases: Case[] = [
    {
      name: 'GET /notifications',
      method: 'get',
      path: async () => '/api/v1/notifications',
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /notifications/:id/read',
      method: 'post',
      path: async () => `/api/v1/notifications/${await notificationOf(actors.owner)}/read`,
      expect: row(401, 404, 404, 404, 200, 404),
    },
    {
      name: 'POST /notifications/read-all',
      method: 'post',
      path: async () => '/api/v1/notifications/read-all',
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /notifications/unsubscribe (signed token, no login)',
      method: 'get',
      path: async () => `/api/v1/notifications/unsubscribe?token=${unsubscribeToken(actors.owner)}`,
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'POST /notifications/unsubscribe (one-click)',
      method: 'post',
      path: async () => `/api/v1/notifications/unsubscribe?token=${unsubscribeToken(actors.owner)}`,
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /notification-preferences',
      method: 'get',
      path: async () => '/api/v1/notification-preferences',
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'PUT /notification-preferences',
      method: 'put',
      path: async () => '/api/v1/notification-preferences',
      body: () => ({ digest: 'instant' }),
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: "POST /webhooks (for the owner's organisation)",
      method: 'post',
      path: async () => '/api/v1/webhooks',
      body: () => ({
        url: 'http://127.0.0.1:9/hook',
        organizationId: actors.owner.organizationId,
      }),
      expect: row(401, 403, 403, 403, 201, 403),
    },
    {
      name: 'GET /webhooks (each sees their own organisations’)',
      method: 'get',
      path: async () => {
        await webhookOf(actors.owner);
        return '/api/v1/webhooks';
      },
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'DELETE /webhooks/:id',
      method: 'delete',
      path: async () => `/api/v1/webhooks/${await webhookOf(actors.owner)}`,
      expect: row(401, 404, 404, 403, 204, 404),
    },
    {
      name: 'POST /webhooks/:id/rotate-secret',
      method: 'post',
      path: async () => `/api/v1/webhooks/${await webhookOf(actors.owner)}/rotate-secret`,
      expect: row(401, 404, 404, 403, 200, 404),
    },
    {
      name: 'POST /webhooks/:id/enable',
      method: 'post',
      path: async () => `/api/v1/webhooks/${await webhookOf(actors.owner)}/enable`,
      expect: row(401, 404, 404, 403, 200, 404),
    },
    {
      name: 'POST /messenger-links',
      method: 'post',
      path: async () => '/api/v1/messenger-links',
      expect: row(401, 201, 201, 201, 201, 201),
    },
    {
      name: 'GET /messenger-links',
      method: 'get',
      path: async () => '/api/v1/messenger-links',
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'DELETE /messenger-links/:id',
      method: 'delete',
      path: async () => `/api/v1/messenger-links/${await linkOf(actors.owner)}`,
      expect: row(401, 404, 404, 404, 204, 404),
    },
    {
      name: 'GET /admin/notifications/failed',
      method: 'get',
      path: async () => '/api/v1/admin/notifications/failed',
      expect: row(401, 403, 403, 403, 403, 200),
    },
    {
      name: 'POST /admin/notifications/failed/:id/retry',
      method: 'post',
      path: async () => `/api/v1/admin/notifications/failed/${await failedDelivery()}/retry`,
      expect: row(401, 403, 403, 403, 403, 200),
    },
    {
      name: 'GET /admin/queues (Bull Board)',
      method: 'get',
      path: async () => '/admin/queues',
      expect: row(401, 403, 403, 403, 403, 200),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answers: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await api()
        [c.method](await c.path())
        .set(as(role))
        .send(c.body?.());
      answers[role] = res.status;
      if (res.status >= 400)
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      // Nobody but the owner ever sees the owner's webhook, and no listing shows a secret.
      if (c.method === 'get') {
        const text = JSON.stringify(res.body ?? res.text);
        expect({ role, leaked: /whsec_/.test(text) }).toEqual({ role, leaked: false });
        if (role !== 'owner')
          expect({ role, leaked: text.includes('owner-secret-path') }).toEqual({
            role,
            leaked: false,
          });
      }
    }
    expect(answers).toEqual(c.expect);
  });

  it('answers the shapes of ../shared/API.md', async () => {
    const owner = actors.owner;
    const prefs = await api().get('/api/v1/notification-preferences').set(bearer(owner));
    expect(Object.keys(prefs.body).sort()).toEqual(
      ['channels', 'digest', 'hsChapters', 'minScore', 'quietHours', 'updatedAt'].sort(),
    );
    expect(Object.keys(prefs.body.channels).sort()).toEqual([
      'email',
      'inApp',
      'messenger',
      'webhook',
    ]);
    const put = await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(owner))
      .send({
        channels: { inApp: true, email: false, webhook: true, messenger: false },
        digest: 'daily',
        minScore: '۰٫۵',
        hsChapters: ['84', '۷۳'],
        quietHours: { start: '۲۲:۰۰', end: '07:00', timeZone: 'Asia/Tehran' },
      })
      .expect(200);
    expect(put.body).toMatchObject({
      channels: { inApp: true, email: false, webhook: true, messenger: false },
      digest: 'daily',
      minScore: 0.5,
      hsChapters: ['73', '84'],
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Tehran' },
    });
    // Fields left out keep their value; null clears the quiet hours.
    const cleared = await api()
      .put('/api/v1/notification-preferences')
      .set(bearer(owner))
      .send({ quietHours: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ digest: 'daily', minScore: 0.5, quietHours: null });

    const hook = await api()
      .post('/api/v1/webhooks')
      .set(bearer(owner))
      .send({ url: 'http://127.0.0.1:9/shape', events: ['need.matched', 'bid.awarded'] })
      .expect(201);
    expect(hook.body).toMatchObject({
      id: expect.any(String),
      url: 'http://127.0.0.1:9/shape',
      events: ['need.matched', 'bid.awarded'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      enabled: true,
    });
    const listed = await api().get('/api/v1/webhooks').set(bearer(owner)).expect(200);
    expect(listed.body.nextCursor).toBeNull();
    const shown = listed.body.items.find((e: { id: string }) => e.id === hook.body.id);
    expect(shown).toBeDefined();
    expect(shown.secret).toBeUndefined();

    const link = await api().post('/api/v1/messenger-links').set(bearer(owner)).expect(201);
    expect(link.body).toMatchObject({
      code: expect.stringMatching(/^[A-Za-z0-9_-]{20,64}$/),
      deepLink: `https://t.me/niaz_test_bot?start=${link.body.code}`,
      status: 'pending',
    });

    const inbox = await api().get('/api/v1/notifications').set(bearer(owner)).expect(200);
    expect(Object.keys(inbox.body).sort()).toEqual(['items', 'nextCursor', 'unreadCount']);
  });

  it('pages the inbox newest first with a cursor', async () => {
    const a = await register(ctx, ['supplier']);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await notificationOf(a));
    const first = await api().get('/api/v1/notifications?limit=2').set(bearer(a)).expect(200);
    expect(first.body.unreadCount).toBe(5);
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([ids[4], ids[3]]);
    const seen = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await api()
        .get(`/api/v1/notifications?limit=2&cursor=${cursor}`)
        .set(bearer(a))
        .expect(200);
      seen.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(seen.map((i) => i.id)).toEqual([...ids].reverse());
    expect(seen[0]).toMatchObject({
      type: 'need.invitation',
      title: 'دعوت به ارائه پیشنهاد: \u2068Rulman 6204\u2069',
      // What people wrote is isolated (FSI…PDI): a Latin name keeps its order in Persian.
      body: '\u2068Qom Makine\u2069 شما را به ارائه پیشنهاد برای «\u2068Rulman 6204\u2069» دعوت کرده است.',
      read: false,
    });
  });

  it("marks all read only the caller's own notifications: not a colleague's, not a stranger's", async () => {
    const a = await register(ctx, ['supplier']);
    const colleague = await addMember(ctx, a);
    const stranger = await register(ctx, ['manufacturer']);
    for (const who of [a, a, colleague, stranger]) await notificationOf(who);
    await api()
      .post('/api/v1/notifications/read-all')
      .set(bearer(a))
      .expect(200, { updated: 2, unreadCount: 0 });
    const unread = async (who: Actor) =>
      (await api().get('/api/v1/notifications').set(bearer(who)).expect(200)).body;
    expect((await unread(a)).items.map((i: { read: boolean }) => i.read)).toEqual([true, true]);
    expect((await unread(colleague)).unreadCount).toBe(1);
    const theirs = await unread(stranger);
    expect(theirs.unreadCount).toBe(1);
    // The need a notice is about, for the inbox's groups.
    expect(theirs.items[0].needTitle).toBe('Rulman 6204');
    // Again: nothing left to mark.
    await api()
      .post('/api/v1/notifications/read-all')
      .set(bearer(a))
      .expect(200, { updated: 0, unreadCount: 0 });
  });

  it('takes bot updates only with the secret header, and links the chat', async () => {
    const a = await register(ctx, ['supplier']);
    const code = (await api().post('/api/v1/messenger-links').set(bearer(a)).expect(201)).body.code;
    const update = {
      update_id: 1,
      message: { message_id: 1, chat: { id: 555 }, text: `/start ${code}` },
    };
    expectProblem(await api().post('/api/v1/messenger/updates').send(update), 401);
    expectProblem(
      await api()
        .post('/api/v1/messenger/updates')
        .set('x-telegram-bot-api-secret-token', 'wrong-secret-0123456789')
        .send(update),
      401,
    );
    expect((await api().get('/api/v1/messenger-links').set(bearer(a))).body.items[0].status).toBe(
      'pending',
    );
    const ok = await api()
      .post('/api/v1/messenger/updates')
      .set('x-telegram-bot-api-secret-token', BOT_SECRET)
      .send(update)
      .expect(200);
    expect(ok.body).toEqual({ ok: true, result: 'linked' });
    expect((await api().get('/api/v1/messenger-links').set(bearer(a))).body.items[0].status).toBe(
      'linked',
    );
    // Garbage is ignored, not a 500.
    for (const body of [{}, { message: 'x' }, { message: { chat: { id: 'abc' }, text: 5 } }]) {
      await api()
        .post('/api/v1/messenger/updates')
        .set('x-telegram-bot-api-secret-token', BOT_SECRET)
        .send(body)
        .expect(200, { ok: true, result: 'ignored' });
    }
  });

  it('opens Bull Board from an access token in the URL once, then by cookie', async () => {
    const admin = actors.admin;
    const first = await api().get(`/admin/queues?access_token=${admin.token}`).expect(302);
    expect(first.headers.location).toBe('/admin/queues');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/^niaz_queues=[^;]+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    const jar = cookie.split(';')[0];
    const page = await api().get('/admin/queues').set('cookie', jar).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await api().get('/admin/queues/api/queues').set('cookie', jar).expect(200);
    const names = (queues.body.queues as Array<{ name: string }>).map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['notifications', 'deliveries']));
    expectProblem(await api().get('/admin/queues/api/queues'), 401);
    expectProblem(
      await api().get('/admin/queues/api/queues').set('cookie', 'niaz_queues=not-a-token'),
      401,
    );
    const member = await api()
      .get(`/admin/queues?access_token=${actors.member.token}`)
      .redirects(0);
    expectProblem(member, 403);
    expect(member.headers['set-cookie']).toBeUndefined();
  });

  it('a GET of the unsubscribe link (a mail scanner prefetching it) turns nothing off', async () => {
    const a = actors.supplier;
    const url = `/api/v1/notifications/unsubscribe?token=${unsubscribeToken(a)}`;
    await api()
      .put('/api/v1/notification-preferences')
      .set(as('supplier'))
      .send({ channels: { email: true } })
      .expect(200);
    for (let i = 0; i < 3; i++) await api().get(url).set('accept', 'text/html').expect(200);
    await api().head(url);
    const prefs = await api().get('/api/v1/notification-preferences').set(as('supplier'));
    expect(prefs.body.channels.email).toBe(true);
    await api().post(url).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const after = await api().get('/api/v1/notification-preferences').set(as('supplier'));
    expect(after.body.channels.email).toBe(false);
  });

  it('nothing signed with the old well-known development secret is accepted', async () => {
    const known = 'dev-only-secret-change-me-please';
    const forged = new JwtService({ secret: known }).sign({ sub: actors.admin.userId });
    expectProblem(
      await api()
        .get('/api/v1/admin/notifications/failed')
        .set('authorization', `Bearer ${forged}`),
      401,
    );
    expect((await api().get(`/admin/queues?access_token=${forged}`).redirects(0)).status).toBe(401);
    const link = new UnsubscribeTokens(known).sign(actors.admin.userId);
    expectProblem(
      await api().post(`/api/v1/notifications/unsubscribe?token=${link}`).send({}),
      400,
      'token',
    );
  });

  describe('bad input', () => {
    const counts = async () => {
      const out: Record<string, number | string> = {};
      for (const t of TABLES)
        out[t] = (await db().query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
      const [{ h }] = await db().query(
        `SELECT md5(coalesce(string_agg(p::text, ',' ORDER BY "userId"), '')) AS h FROM notification_preference p`,
      );
      out.preferences = h;
      return out;
    };
    const quiet = (q: Record<string, unknown>) => ({
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Tehran', ...q },
    });
    const UUID = '9b2f4c1e-0d7b-4c1e-9a53-7b9f7f1d2c3a';
    type Case = [
      name: string,
      method: 'get' | 'post' | 'put' | 'delete',
      path: () => string,
      body: unknown,
      status: number,
      field?: string,
    ];
    const cases: Case[] = [
      [
        'prefs: channels not an object',
        'put',
        () => '/api/v1/notification-preferences',
        { channels: 'all' },
        400,
        'channels',
      ],
      [
        'prefs: channel not a boolean',
        'put',
        () => '/api/v1/notification-preferences',
        { channels: { email: 'no' } },
        400,
        'channels.email',
      ],
      [
        'prefs: channel null',
        'put',
        () => '/api/v1/notification-preferences',
        { channels: { inApp: null } },
        400,
        'channels.inApp',
      ],
      [
        'prefs: unknown channel',
        'put',
        () => '/api/v1/notification-preferences',
        { channels: { sms: true } },
        400,
        'channels.sms',
      ],
      [
        'prefs: digest weekly',
        'put',
        () => '/api/v1/notification-preferences',
        { digest: 'weekly' },
        400,
        'digest',
      ],
      [
        'prefs: minScore above 1',
        'put',
        () => '/api/v1/notification-preferences',
        { minScore: 1.5 },
        400,
        'minScore',
      ],
      [
        'prefs: minScore negative',
        'put',
        () => '/api/v1/notification-preferences',
        { minScore: -0.1 },
        400,
        'minScore',
      ],
      [
        'prefs: minScore text',
        'put',
        () => '/api/v1/notification-preferences',
        { minScore: 'high' },
        400,
        'minScore',
      ],
      [
        'prefs: hsChapters not a list',
        'put',
        () => '/api/v1/notification-preferences',
        { hsChapters: '84' },
        400,
        'hsChapters',
      ],
      [
        'prefs: HS chapter of one digit',
        'put',
        () => '/api/v1/notification-preferences',
        { hsChapters: ['8'] },
        400,
        'hsChapters',
      ],
      [
        'prefs: HS chapter 00',
        'put',
        () => '/api/v1/notification-preferences',
        { hsChapters: ['00'] },
        400,
        'hsChapters',
      ],
      [
        'prefs: HS heading instead of chapter',
        'put',
        () => '/api/v1/notification-preferences',
        { hsChapters: ['8482'] },
        400,
        'hsChapters',
      ],
      [
        'prefs: HS chapters repeated',
        'put',
        () => '/api/v1/notification-preferences',
        { hsChapters: ['84', '84'] },
        400,
        'hsChapters',
      ],
      [
        'prefs: quiet hours not an object',
        'put',
        () => '/api/v1/notification-preferences',
        { quietHours: '22-07' },
        400,
        'quietHours',
      ],
      [
        'prefs: quiet start 25:00',
        'put',
        () => '/api/v1/notification-preferences',
        quiet({ start: '25:00' }),
        400,
        'quietHours.start',
      ],
      [
        'prefs: quiet end 7am',
        'put',
        () => '/api/v1/notification-preferences',
        quiet({ end: '7am' }),
        400,
        'quietHours.end',
      ],
      [
        'prefs: quiet start equals end',
        'put',
        () => '/api/v1/notification-preferences',
        quiet({ end: '22:00' }),
        400,
        'quietHours.end',
      ],
      [
        'prefs: unknown time zone',
        'put',
        () => '/api/v1/notification-preferences',
        quiet({ timeZone: 'Mars/Olympus' }),
        400,
        'quietHours.timeZone',
      ],
      [
        'prefs: time zone missing',
        'put',
        () => '/api/v1/notification-preferences',
        { quietHours: { start: '22:00', end: '07:00' } },
        400,
        'quietHours.timeZone',
      ],
      [
        'prefs: unknown field',
        'put',
        () => '/api/v1/notification-preferences',
        { sms: true },
        400,
        'sms',
      ],
      [
        'prefs: one good field and one bad',
        'put',
        () => '/api/v1/notification-preferences',
        { digest: 'daily', minScore: 7 },
        400,
        'minScore',
      ],
      ['prefs: not JSON', 'put', () => '/api/v1/notification-preferences', '{"digest":', 400],
      ['webhook: url missing', 'post', () => '/api/v1/webhooks', {}, 400, 'url'],
      [
        'webhook: url not a URL',
        'post',
        () => '/api/v1/webhooks',
        { url: 'hooks here' },
        400,
        'url',
      ],
      [
        'webhook: ftp url',
        'post',
        () => '/api/v1/webhooks',
        { url: 'ftp://127.0.0.1/x' },
        400,
        'url',
      ],
      [
        'webhook: url with credentials',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://u:p@127.0.0.1/x' },
        400,
        'url',
      ],
      [
        'webhook: url too long',
        'post',
        () => '/api/v1/webhooks',
        { url: `http://127.0.0.1/${'x'.repeat(2000)}` },
        400,
        'url',
      ],
      [
        'webhook: unknown event',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://127.0.0.1/x', events: ['need.exploded'] },
        400,
        'events',
      ],
      [
        'webhook: events not a list',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://127.0.0.1/x', events: 'need.matched' },
        400,
        'events',
      ],
      [
        'webhook: events repeated',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://127.0.0.1/x', events: ['bid.awarded', 'bid.awarded'] },
        400,
        'events',
      ],
      [
        'webhook: organizationId not a UUID',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://127.0.0.1/x', organizationId: 'mine' },
        400,
        'organizationId',
      ],
      [
        'webhook: secret chosen by the client',
        'post',
        () => '/api/v1/webhooks',
        { url: 'http://127.0.0.1/x', secret: 'whsec_abc' },
        400,
        'secret',
      ],
      [
        'webhook: delete with a bad id',
        'delete',
        () => '/api/v1/webhooks/123',
        undefined,
        400,
        'id',
      ],
      [
        'webhook: rotate with a bad id',
        'post',
        () => '/api/v1/webhooks/abc/rotate-secret',
        undefined,
        400,
        'id',
      ],
      [
        'webhook: rotate an unknown one',
        'post',
        () => `/api/v1/webhooks/${UUID}/rotate-secret`,
        undefined,
        404,
      ],
      ['inbox: limit 0', 'get', () => '/api/v1/notifications?limit=0', undefined, 400, 'limit'],
      ['inbox: limit 101', 'get', () => '/api/v1/notifications?limit=101', undefined, 400, 'limit'],
      [
        'inbox: garbage cursor',
        'get',
        () => '/api/v1/notifications?cursor=zzz',
        undefined,
        400,
        'cursor',
      ],
      [
        'inbox: unknown query',
        'get',
        () => '/api/v1/notifications?unread=maybe',
        undefined,
        400,
        'unread',
      ],
      ['read: bad id', 'post', () => '/api/v1/notifications/7/read', undefined, 400, 'id'],
      ['read: unknown id', 'post', () => `/api/v1/notifications/${UUID}/read`, undefined, 404],
      [
        'unsubscribe: no token',
        'get',
        () => '/api/v1/notifications/unsubscribe',
        undefined,
        400,
        'token',
      ],
      [
        'unsubscribe: forged token',
        'get',
        () =>
          `/api/v1/notifications/unsubscribe?token=${UUID}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
        undefined,
        400,
        'token',
      ],
      [
        'unsubscribe: garbage token',
        'post',
        () => '/api/v1/notifications/unsubscribe?token=not-a-token-at-all',
        undefined,
        400,
        'token',
      ],
      [
        'messenger: delete with a bad id',
        'delete',
        () => '/api/v1/messenger-links/x',
        undefined,
        400,
        'id',
      ],
      [
        'messenger: delete an unknown one',
        'delete',
        () => `/api/v1/messenger-links/${UUID}`,
        undefined,
        404,
      ],
    ];

    it('names the field, never 500, and writes nothing', async () => {
      const before = await counts();
      const failures: string[] = [];
      for (const [name, method, path, body, status, field] of cases) {
        let req = api()[method](path()).set(bearer(actors.owner));
        if (typeof body === 'string') req = req.set('content-type', 'application/json');
        const res = body === undefined ? await req : await req.send(body as object);
        const fields: string[] = (res.body?.errors ?? []).map((e: { field: string }) => e.field);
        const problemJson = /application\/problem\+json/.test(String(res.headers['content-type']));
        if (res.status !== status || !problemJson || (field && !fields.includes(field))) {
          failures.push(`${name}: got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        }
      }
      expect(failures).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('refuses to retry what has not failed (409) or does not exist (404)', async () => {
      const admin = bearer(actors.admin);
      expectProblem(
        await api().post(`/api/v1/admin/notifications/failed/${UUID}/retry`).set(admin),
        404,
      );
      expectProblem(
        await api().post('/api/v1/admin/notifications/failed/nope/retry').set(admin),
        400,
        'id',
      );
      const id = await failedDelivery();
      await api().post(`/api/v1/admin/notifications/failed/${id}/retry`).set(admin).expect(200);
      expectProblem(
        await api().post(`/api/v1/admin/notifications/failed/${id}/retry`).set(admin),
        409,
      );
    });

    it('limits an organisation to 10 webhooks (409)', async () => {
      const a = await register(ctx, ['supplier']);
      for (let i = 0; i < 10; i++) {
        await api()
          .post('/api/v1/webhooks')
          .set(bearer(a))
          .send({ url: `http://127.0.0.1:9/hook-${i}` })
          .expect(201);
      }
      const res = await api()
        .post('/api/v1/webhooks')
        .set(bearer(a))
        .send({ url: 'http://127.0.0.1:9/eleventh' });
      expectProblem(res, 409);
    });
  });
});
