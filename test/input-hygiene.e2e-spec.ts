import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, needPayload, register } from './support/actors';
import { expectProblem } from './support/identity-helpers';

/**
 * Input hygiene, once for every route (issue 16, point 1), and stable order (point 11):
 * the cases an attacker or a careless client sent, answered 4xx naming the field, never 500.
 */
describe('input hygiene and stable order (real services)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  let supplier: Actor;
  let needId: string;
  const api = () => request(ctx.url);
  const forgedCursor = Buffer.from(
    JSON.stringify({ t: '1', id: '00000000-0000-0000-0000-000000000000' }),
  ).toString('base64url');

  beforeAll(async () => {
    ctx = await startApi();
    maker = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
    needId = (await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201))
      .body.id;
    await api().post(`/api/v1/needs/${needId}/publish`).set(bearer(maker)).expect(200);
  });
  afterAll(async () => ctx?.close());

  describe('characters no text may hold → 400 naming the field, nothing written', () => {
    const count = async (table: string) =>
      (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

    it('NUL in a need title, a bid proposal, PATCH /me and a registration name', async () => {
      const needs = await count('need');
      expectProblem(
        await api()
          .post('/api/v1/needs')
          .set(bearer(maker))
          .send(needPayload({ title: 'Bearing \u0000 6204' })),
        400,
        'title',
      );
      expect(await count('need')).toBe(needs);
      expectProblem(
        await api()
          .post(`/api/v1/needs/${needId}/bids`)
          .set(bearer(supplier))
          .send(bidPayload({ proposal: 'ok\u0000' })),
        400,
        'proposal',
      );
      expect(await count('bid')).toBe(0);
      expectProblem(
        await api().patch('/api/v1/me').set(bearer(maker)).send({ name: 'A\u0000' }),
        400,
        'name',
      );
      const users = await count('app_user');
      expectProblem(
        await api()
          .post('/api/v1/auth/register')
          .send({
            email: 'nul@test.niaz',
            password: 'correct horse battery',
            name: 'N\u0000',
            organization: { name: 'Org', kinds: ['supplier'], country: 'IR' },
          }),
        400,
        'name',
      );
      expect(await count('app_user')).toBe(users);
    });

    it('a right-to-left override in an organisation name, an unpaired surrogate in a title', async () => {
      expectProblem(
        await api()
          .post('/api/v1/auth/register')
          .send({
            email: 'rlo@test.niaz',
            password: 'correct horse battery',
            name: 'Ali',
            organization: { name: 'Acme \u202Egnp.exe', kinds: ['supplier'], country: 'IR' },
          }),
        400,
        'organization.name',
      );
      // A lone surrogate only reaches the server as a JSON escape.
      const raw = JSON.stringify(needPayload({ title: 'TITLE' })).replace('TITLE', 'Pump \\ud800');
      expectProblem(
        await api()
          .post('/api/v1/needs')
          .set(bearer(maker))
          .set('content-type', 'application/json')
          .send(raw),
        400,
        'title',
      );
    });

    it('a control character in a query parameter', async () => {
      expectProblem(await api().get('/api/v1/search/needs?q=pump%00'), 400, 'q');
    });
  });

  describe('texts are NFC-normalised and trimmed; invisible-only required text is refused', () => {
    it('refuses a title of three zero-width spaces, and stores a clean title', async () => {
      expectProblem(
        await api()
          .post('/api/v1/needs')
          .set(bearer(maker))
          .send(needPayload({ title: '\u200B\u200B\u200B' })),
        400,
        'title',
      );
      const res = await api()
        .post('/api/v1/needs')
        .set(bearer(maker))
        .send(needPayload({ title: ' \u200BCafe\u0301 pump 6204 \uFEFF', language: 'en' }))
        .expect(201);
      expect(res.body.title).toBe('Café pump 6204');
      expect(res.body.title).toBe('Café pump 6204'.normalize('NFC'));
      expect(res.body).not.toHaveProperty('seq'); // the ordering column stays inside
    });

    it('keeps a Persian half-space inside a word and a password as typed', async () => {
      const res = await api()
        .patch('/api/v1/me')
        .set(bearer(maker))
        .send({ name: ' می‌کنیم ' })
        .expect(200);
      expect(JSON.stringify(res.body)).toContain('"می‌کنیم"');
      await api()
        .post('/api/v1/auth/register')
        .send({
          email: 'spaces@test.niaz',
          password: '  padded passphrase  ',
          name: 'Ali',
          organization: { name: 'Spaced Org', kinds: ['supplier'], country: 'IR' },
        })
        .expect(201);
      await api()
        .post('/api/v1/auth/login')
        .send({ email: 'spaces@test.niaz', password: '  padded passphrase  ' })
        .expect(200);
    });
  });

  describe('JSON bodies', () => {
    it('refuses a 30 KB body nested 5,000 deep, and 33 levels, before validation (400 body)', async () => {
      for (const depth of [5000, 33]) {
        const body = '{"title":' + '['.repeat(depth - 1) + ']'.repeat(depth - 1) + '}';
        expectProblem(
          await api()
            .post('/api/v1/needs')
            .set(bearer(maker))
            .set('content-type', 'application/json')
            .send(body),
          400,
          'body',
        );
      }
    });

    it('accepts only application/json in UTF-8 (415 otherwise)', async () => {
      const login = { email: maker.email, password: 'correct horse battery' };
      expectProblem(await api().post('/api/v1/auth/login').type('form').send(login), 415);
      for (const type of [
        'application/json; charset=utf-16',
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/xml',
      ])
        expectProblem(
          await api()
            .post('/api/v1/auth/login')
            .set('content-type', type)
            .send(JSON.stringify(login)),
          415,
        );
      await api()
        .post('/api/v1/auth/login')
        .set('content-type', 'application/json; charset=UTF-8')
        .send(JSON.stringify(login))
        .expect(200);
      const fa = await api()
        .post('/api/v1/auth/login')
        .set('accept-language', 'fa')
        .type('form')
        .send(login);
      expectProblem(fa, 415);
      expect(fa.body.detail).toBe('بدنه را به صورت JSON (application/json، UTF-8) بفرستید.');
      // A body-less POST needs no content type.
      await api().post('/api/v1/notifications/read-all').set(bearer(maker)).expect(200);
    });
  });

  describe('cursors are opaque and checked', () => {
    it.each([
      ['needs', () => '/api/v1/needs'],
      ['notifications', () => '/api/v1/notifications'],
      ['bids', () => `/api/v1/needs/${needId}/bids`],
      ['detail views', () => `/api/v1/needs/${needId}/detail-views`],
      ['search', () => '/api/v1/search/needs'],
      ['matches', () => `/api/v1/needs/${needId}/matches`],
    ])('a forged or garbled cursor on %s → 400 cursor', async (_name, path) => {
      for (const cursor of [forgedCursor, 'zzz', `${forgedCursor}.AAAAAAAAAAAAAAAA`])
        expectProblem(
          await api().get(`${path()}?cursor=${cursor}`).set(bearer(maker)),
          400,
          'cursor',
        );
    });
  });

  describe('stable order', () => {
    it('gives notices of the same millisecond in creation order, newest first, across pages', async () => {
      const a = await register(ctx, ['supplier']);
      const ds = ctx.app.get(DataSource);
      // One statement: every row has the same createdAt; only seq tells their order.
      const rows: Array<{ id: string }> = await ds.query(
        `INSERT INTO notification ("userId", type, "eventKey", params, "createdAt")
         SELECT $1, 'need.invitation', 'k' || i, '{"needId":"${needId}","needTitle":"T","organizationName":"O"}'::jsonb, now()
           FROM generate_series(1, 7) i ORDER BY i RETURNING id`,
        [a.userId],
      );
      const ids = rows.map((r) => r.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await api()
          .get(`/api/v1/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set(bearer(a))
          .expect(200);
        seen.push(...res.body.items.map((i: { id: string }) => i.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
    });
  });
});
