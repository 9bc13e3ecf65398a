import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import {
  bearer,
  Client,
  DAY,
  expect2xx,
  expectProblem,
  iso,
  registerClient as registerClient_,
  uid,
  UUID,
  V1,
} from './support/contract-client';

/**
 * API.md read as an outside client would: every row of the core table, with fresh data
 * (Persian and Turkish text, several currencies), checked for paths, status codes, field
 * names and the problem+json error shape. Only the contract's words are assumed here.
 */
describe('API.md rows, as an outside client (core)', () => {
  let ctx: ApiTestContext;
  const api = () => request(ctx.url);
  const auth = bearer;

  const registerClient = (
    kinds: string[],
    org: { name: string; country: string; province: string },
    name = 'Kullanıcı Şahin',
  ): Promise<Client> =>
    registerClient_(ctx.url, kinds, org, {
      emailPrefix: 'client',
      password: 'Gül-bahçesi 2027!',
      name,
    });

  let maker: Client;
  let supplierTr: Client;
  let supplierIr: Client;

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    maker = await registerClient(['manufacturer'], {
      name: 'ریخته‌گری فولاد اراک',
      country: 'IR',
      province: 'Markazi',
    });
    supplierTr = await registerClient(['supplier'], {
      name: 'Erzurum Hassas Döküm A.Ş.',
      country: 'TR',
      province: 'Erzurum',
    });
    supplierIr = await registerClient(['supplier', 'manufacturer'], {
      name: 'شرکت دانش‌بنیان پیشرو قطعه',
      country: 'IR',
      province: 'Isfahan',
    });
  });
  afterAll(async () => ctx?.close());

  const needBody = (o: Record<string, unknown> = {}) => ({
    title: 'پمپ سانتریفیوژ چدنی برای آب‌رسانی',
    description: 'هر سال ۳۰۰ دستگاه پمپ از ایتالیا وارد می‌کنیم؛ ساخت داخل مد نظر است.',
    language: 'fa',
    hsCodes: ['841370'],
    isic: '2813',
    quantityPerYear: 300,
    unit: 'piece',
    importOrigin: 'IT',
    annualImportValue: { amount: '450000.00', currency: 'USD' },
    targetPrice: { amount: '1400.00', currency: 'USD' },
    requiredCertifications: ['ISO 9001'],
    bidDeadline: iso(20 * DAY),
    country: 'IR',
    province: 'Markazi',
    details: 'نقشه‌های محرمانه: فشار کاری ۱۶ بار، CONFIDENTIAL-PUMP',
    ndaRequired: true,
    bidsVisibleBeforeDeadline: false,
    minLocalContentPercent: 30,
    ...o,
  });

  describe('auth and accounts', () => {
    it('POST /auth/register → tokens, user, organization; duplicate e-mail → 409; bad input → 400 naming the field', async () => {
      const c = await registerClient(['organiser'], {
        name: 'Kayseri Sanayi Odası',
        country: 'TR',
        province: 'Kayseri',
      });
      const dup = await api()
        .post(`${V1}/auth/register`)
        .send({
          email: c.email,
          password: 'another long password',
          name: 'Ali Yılmaz',
          organization: {
            name: 'Yeni Firma',
            kinds: ['supplier'],
            country: 'TR',
            province: 'Kayseri',
          },
        });
      expectProblem(dup, 409);
      const bad = await api()
        .post(`${V1}/auth/register`)
        .send({
          email: 'not-an-email',
          password: 'long enough password',
          name: 'Ali Yılmaz',
          organization: {
            name: 'Yeni Firma',
            kinds: ['supplier'],
            country: 'TR',
            province: 'Kayseri',
          },
        });
      expectProblem(bad, 400, 'email');
      const badKind = await api()
        .post(`${V1}/auth/register`)
        .send({
          email: `k-${uid()}@example.org`,
          password: 'long enough password',
          name: 'Ali Yılmaz',
          organization: {
            name: 'Yeni Firma',
            kinds: ['wizard'],
            country: 'TR',
            province: 'Kayseri',
          },
        });
      expectProblem(badKind, 400, 'kinds');
    });

    it('POST /auth/login and /auth/refresh → tokens; wrong password → 401', async () => {
      const login = expect2xx(
        await api().post(`${V1}/auth/login`).send({ email: maker.email, password: maker.password }),
      );
      expect(login.body).toEqual(
        expect.objectContaining({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
        }),
      );
      const refreshed = expect2xx(
        await api().post(`${V1}/auth/refresh`).send({ refreshToken: login.body.refreshToken }),
      );
      expect(refreshed.body.accessToken).toEqual(expect.any(String));
      await api()
        .get(`${V1}/me`)
        .set({ authorization: `Bearer ${refreshed.body.accessToken}` })
        .expect(200);
      expectProblem(
        await api()
          .post(`${V1}/auth/login`)
          .send({ email: maker.email, password: 'wrong password!' }),
        401,
      );
      expectProblem(
        await api()
          .post(`${V1}/auth/refresh`)
          .send({ refreshToken: 'garbage-that-is-not-a-token' }),
        401,
      );
    });

    it('GET /me → user and memberships; no or bad token → 401', async () => {
      const me = expect2xx(await api().get(`${V1}/me`).set(auth(supplierIr)));
      expect(me.body.user).toEqual(expect.objectContaining({ id: supplierIr.userId }));
      expect(me.body.memberships).toEqual(
        expect.arrayContaining([expect.objectContaining({ role: 'owner' })]),
      );
      expect(JSON.stringify(me.body.memberships)).toContain(supplierIr.organizationId);
      expectProblem(await api().get(`${V1}/me`), 401);
      expectProblem(await api().get(`${V1}/me`).set({ authorization: 'Bearer nope' }), 401);
    });

    it('GET /organizations/:id to anyone; PATCH only by its owner', async () => {
      const pub = expect2xx(await api().get(`${V1}/organizations/${supplierTr.organizationId}`));
      expect(pub.body).toEqual(
        expect.objectContaining({
          id: supplierTr.organizationId,
          name: 'Erzurum Hassas Döküm A.Ş.',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        }),
      );
      const patched = expect2xx(
        await api()
          .patch(`${V1}/organizations/${supplierTr.organizationId}`)
          .set(auth(supplierTr))
          .send({ name: 'Erzurum Hassas Döküm ve Işleme A.Ş.' }),
      );
      expect(patched.body.name).toBe('Erzurum Hassas Döküm ve Işleme A.Ş.');
      expectProblem(
        await api()
          .patch(`${V1}/organizations/${supplierTr.organizationId}`)
          .set(auth(maker))
          .send({ name: 'hijack' }),
        403,
      );
      expectProblem(
        await api()
          .patch(`${V1}/organizations/${supplierTr.organizationId}`)
          .send({ name: 'Anonim Şirket' }),
        401,
      );
      expectProblem(
        await api().get(`${V1}/organizations/00000000-0000-4000-8000-000000000000`),
        404,
      );
    });

    it('Accept-Language picks the language of messages (fa, tr, en)', async () => {
      const bodies: Record<string, string> = {};
      for (const lang of ['fa', 'tr', 'en']) {
        const res = await api().get(`${V1}/me`).set('Accept-Language', lang);
        expectProblem(res, 401);
        bodies[lang] = `${res.body.title} ${res.body.detail}`;
      }
      expect(bodies.fa).toMatch(/[\u0600-\u06FF]/);
      expect(bodies.tr).not.toEqual(bodies.en);
      expect(bodies.fa).not.toEqual(bodies.en);
      const bad = await api()
        .post(`${V1}/needs`)
        .set(auth(maker))
        .set('Accept-Language', 'tr')
        .send(needBody({ hsCodes: ['84.82'] }));
      expectProblem(bad, 400, 'hsCodes');
      const en = await api()
        .post(`${V1}/needs`)
        .set(auth(maker))
        .set('Accept-Language', 'en')
        .send(needBody({ hsCodes: ['84.82'] }));
      expectProblem(en, 400, 'hsCodes');
      const faBad = await api()
        .post(`${V1}/needs`)
        .set(auth(maker))
        .set('Accept-Language', 'fa')
        .send(needBody({ hsCodes: ['84.82'] }));
      expect(JSON.stringify(faBad.body.errors)).toMatch(/[\u0600-\u06FF]/);
      expect(JSON.stringify(bad.body.errors)).not.toEqual(JSON.stringify(en.body.errors));
    });
  });

  describe('needs', () => {
    it('POST /needs → draft with every contract field; bad fields → 400 naming them, nothing written', async () => {
      const res = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody()));
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          status: 'draft',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          title: 'پمپ سانتریفیوژ چدنی برای آب‌رسانی',
          language: 'fa',
          hsCodes: ['841370'],
          isic: '2813',
          quantityPerYear: 300,
          unit: 'piece',
          importOrigin: 'IT',
          annualImportValue: { amount: '450000.00', currency: 'USD' },
          targetPrice: { amount: '1400.00', currency: 'USD' },
          requiredCertifications: ['ISO 9001'],
          country: 'IR',
          province: 'Markazi',
          ndaRequired: true,
          bidsVisibleBeforeDeadline: false,
          minLocalContentPercent: 30,
        }),
      );
      expect(new Date(res.body.bidDeadline).toISOString()).toBe(res.body.bidDeadline);
      expect(res.body.details).toContain('CONFIDENTIAL-PUMP');

      for (const [field, value] of [
        ['hsCodes', ['84']],
        ['hsCodes', []],
        ['importOrigin', 'Germany'],
        ['minLocalContentPercent', 101],
        ['annualImportValue', { amount: '12,5', currency: 'EUR' }],
        ['targetPrice', { amount: '1.00', currency: 'euro' }],
        ['bidDeadline', 'next tuesday'],
      ] as const) {
        const bad = await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ title: `bad-${field}-${uid()}`, [field]: value }));
        expectProblem(bad, 400, field);
      }
      const mine = expect2xx(await api().get(`${V1}/needs?mine=true&limit=100`).set(auth(maker)));
      expect(JSON.stringify(mine.body.items)).not.toContain('bad-');

      expectProblem(await api().post(`${V1}/needs`).send(needBody()), 401);
      expectProblem(await api().post(`${V1}/needs`).set(auth(supplierTr)).send(needBody()), 403);
    });

    it('PATCH /needs/:id by the owner only; a draft is visible only to its owner', async () => {
      const need = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody()));
      const id = need.body.id;
      const patched = expect2xx(
        await api()
          .patch(`${V1}/needs/${id}`)
          .set(auth(maker))
          .send({ quantityPerYear: 350, targetPrice: { amount: '1350.50', currency: 'TRY' } }),
      );
      expect(patched.body.quantityPerYear).toBe(350);
      expect(patched.body.targetPrice).toEqual({ amount: '1350.50', currency: 'TRY' });
      expect(patched.body.title).toBe('پمپ سانتریفیوژ چدنی برای آب‌رسانی');
      expect([403, 404]).toContain(
        (await api().patch(`${V1}/needs/${id}`).set(auth(supplierIr)).send({ quantityPerYear: 1 }))
          .status,
      );
      expectProblem(await api().get(`${V1}/needs/${id}`), 404);
      expectProblem(await api().get(`${V1}/needs/${id}`).set(auth(supplierTr)), 404);
      expect2xx(await api().get(`${V1}/needs/${id}`).set(auth(maker)));
      expectProblem(
        await api()
          .patch(`${V1}/needs/${id}`)
          .set(auth(maker))
          .send({ minLocalContentPercent: -1 }),
        400,
        'minLocalContentPercent',
      );
    });

    it('lifecycle: publish → open; illegal transitions → 409; close and cancel take {reason}', async () => {
      const a = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      expectProblem(await api().post(`${V1}/needs/${a}/publish`).set(auth(supplierTr)), 404);
      const pub = expect2xx(await api().post(`${V1}/needs/${a}/publish`).set(auth(maker)));
      expect(pub.body.status).toBe('open');
      expectProblem(await api().post(`${V1}/needs/${a}/publish`).set(auth(maker)), 409);
      const closed = expect2xx(
        await api()
          .post(`${V1}/needs/${a}/close`)
          .set(auth(maker))
          .send({ reason: 'بودجه امسال حذف شد' }),
      );
      expect(closed.body.status).toBe('closed');
      expectProblem(
        await api()
          .post(`${V1}/needs/${a}/cancel`)
          .set(auth(maker))
          .send({ reason: 'دیگر لازم نیست' }),
        409,
      );

      const b = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      expect2xx(await api().post(`${V1}/needs/${b}/publish`).set(auth(maker)));
      const cancelled = expect2xx(
        await api()
          .post(`${V1}/needs/${b}/cancel`)
          .set(auth(maker))
          .send({ reason: 'Tedarikçi yurt içinde bulundu' }),
      );
      expect(cancelled.body.status).toBe('cancelled');
      // Awarding a cancelled need is refused: 409, or 400 naming bidId (no bid to name).
      const award = await api()
        .post(`${V1}/needs/${b}/award`)
        .set(auth(maker))
        .send({ bidId: '00000000-0000-4000-8000-000000000000' });
      if (award.status === 400) expectProblem(award, 400, 'bidId');
      else expectProblem(award, 409);

      const c = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      expect2xx(await api().post(`${V1}/needs/${c}/publish`).set(auth(maker)));
      expectProblem(
        await api().post(`${V1}/needs/${c}/close`).set(auth(maker)).send({}),
        400,
        'reason',
      );
    });

    it('GET /needs/:id: public fields to all, details to owner and NDA signers; detail-views for the owner', async () => {
      const id = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      expect2xx(await api().post(`${V1}/needs/${id}/publish`).set(auth(maker)));
      const anon = expect2xx(await api().get(`${V1}/needs/${id}`));
      expect(anon.body.title).toBe('پمپ سانتریفیوژ چدنی برای آب‌رسانی');
      expect(JSON.stringify(anon.body)).not.toContain('CONFIDENTIAL-PUMP');
      const supplierBefore = expect2xx(await api().get(`${V1}/needs/${id}`).set(auth(supplierTr)));
      expect(JSON.stringify(supplierBefore.body)).not.toContain('CONFIDENTIAL-PUMP');
      expectProblem(await api().post(`${V1}/needs/${id}/nda`), 401);
      expectProblem(await api().post(`${V1}/needs/${id}/nda`).set(auth(maker)), 403);
      expect2xx(await api().post(`${V1}/needs/${id}/nda`).set(auth(supplierTr)).send({}));
      const after = expect2xx(await api().get(`${V1}/needs/${id}`).set(auth(supplierTr)));
      expect(after.body.details).toContain('CONFIDENTIAL-PUMP');
      const owner = expect2xx(await api().get(`${V1}/needs/${id}`).set(auth(maker)));
      expect(owner.body.details).toContain('CONFIDENTIAL-PUMP');

      const views = expect2xx(await api().get(`${V1}/needs/${id}/detail-views`).set(auth(maker)));
      const list = Array.isArray(views.body) ? views.body : views.body.items;
      expect(JSON.stringify(list)).toContain(supplierTr.organizationId);
      expect(
        [403, 404].includes(
          (await api().get(`${V1}/needs/${id}/detail-views`).set(auth(supplierTr))).status,
        ),
      ).toBe(true);
      expectProblem(await api().get(`${V1}/needs/${id}/detail-views`), 401);

      // ndaRequired: false → any signed-in supplier member reads details, each reading logged.
      const open = expect2xx(
        await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ ndaRequired: false, details: 'OPEN-DETAILS-ÇİZİM' })),
      ).body.id;
      expect2xx(await api().post(`${V1}/needs/${open}/publish`).set(auth(maker)));
      expect(JSON.stringify((await api().get(`${V1}/needs/${open}`)).body)).not.toContain(
        'OPEN-DETAILS',
      );
      const sup = expect2xx(await api().get(`${V1}/needs/${open}`).set(auth(supplierIr)));
      expect(sup.body.details).toBe('OPEN-DETAILS-ÇİZİM');
      const openViews = expect2xx(
        await api().get(`${V1}/needs/${open}/detail-views`).set(auth(maker)),
      );
      expect(JSON.stringify(openViews.body)).toContain(supplierIr.organizationId);
      expectProblem(await api().get(`${V1}/needs/00000000-0000-4000-8000-000000000000`), 404);
      // A malformed id is bad input naming the field (or simply not found).
      const malformed = await api().get(`${V1}/needs/not-a-uuid`);
      expectProblem(malformed, malformed.status === 400 ? 400 : 404);
    });

    it('GET /needs?mine=true → {items, nextCursor}, limit and cursor pages without repeats', async () => {
      const owner = await registerClient(['manufacturer'], {
        name: 'Bursa Otomotiv Yan Sanayi',
        country: 'TR',
        province: 'Bursa',
      });
      for (let i = 0; i < 5; i++) {
        expect2xx(
          await api()
            .post(`${V1}/needs`)
            .set(auth(owner))
            .send(
              needBody({
                title: `Fren diski döküm parçası ${i}`,
                language: 'tr',
                country: 'TR',
                province: 'Bursa',
                annualImportValue: { amount: '98000.00', currency: 'TRY' },
              }),
            ),
        );
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page++) {
        const res = expect2xx(
          await api()
            .get(`${V1}/needs`)
            .query({ mine: 'true', limit: 2, ...(cursor ? { cursor } : {}) })
            .set(auth(owner)),
        );
        expect(Object.keys(res.body)).toEqual(expect.arrayContaining(['items', 'nextCursor']));
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((n: { id: string }) => n.id));
        cursor = res.body.nextCursor ?? undefined;
        if (!cursor) break;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      const all = expect2xx(await api().get(`${V1}/needs?mine=true`).set(auth(owner)));
      expect(all.body.items).toHaveLength(5);
      expect(all.body.nextCursor ?? null).toBeNull();
      expectProblem(
        await api().get(`${V1}/needs?mine=true&limit=101`).set(auth(owner)),
        400,
        'limit',
      );
      expectProblem(
        await api().get(`${V1}/needs?mine=true&limit=0`).set(auth(owner)),
        400,
        'limit',
      );
      expectProblem(await api().get(`${V1}/needs?mine=true`), 401);
    });
  });

  describe('capabilities and matches', () => {
    it('POST/PATCH/DELETE /capabilities by a supplier member; others refused', async () => {
      const body = {
        title: 'Pompa gövdesi döküm ve CNC işleme',
        description: 'GG25 dökme demir pompa gövdeleri, yılda 5000 adet',
        language: 'tr',
        hsCodes: ['8413'],
        isic: '2813',
        processes: ['kum döküm', 'CNC turning'],
        materials: ['GG25'],
        certifications: ['ISO 9001'],
        capacityPerYear: 5000,
        trl: 9,
        localContentPercent: 85,
        country: 'TR',
        province: 'Erzurum',
      };
      const created = expect2xx(
        await api().post(`${V1}/capabilities`).set(auth(supplierTr)).send(body),
      );
      expect(created.status).toBe(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          ...body,
          id: expect.stringMatching(UUID),
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        }),
      );
      const id = created.body.id;
      const patched = expect2xx(
        await api().patch(`${V1}/capabilities/${id}`).set(auth(supplierTr)).send({ trl: 8 }),
      );
      expect(patched.body.trl).toBe(8);
      expectProblem(
        await api().patch(`${V1}/capabilities/${id}`).set(auth(supplierTr)).send({ trl: 10 }),
        400,
        'trl',
      );
      expect([403, 404]).toContain(
        (await api().patch(`${V1}/capabilities/${id}`).set(auth(supplierIr)).send({ trl: 1 }))
          .status,
      );
      expectProblem(await api().post(`${V1}/capabilities`).set(auth(maker)).send(body), 403);
      expectProblem(await api().post(`${V1}/capabilities`).send(body), 401);
      expectProblem(
        await api()
          .post(`${V1}/capabilities`)
          .set(auth(supplierTr))
          .send({ ...body, hsCodes: ['8'] }),
        400,
        'hsCodes',
      );
      expect2xx(await api().get(`${V1}/capabilities/${id}/matches`).set(auth(supplierTr)));
      expect([403, 404]).toContain(
        (await api().get(`${V1}/capabilities/${id}/matches`).set(auth(supplierIr))).status,
      );
      expect([403, 404]).toContain(
        (await api().delete(`${V1}/capabilities/${id}`).set(auth(supplierIr))).status,
      );
      expect2xx(await api().delete(`${V1}/capabilities/${id}`).set(auth(supplierTr)));
      expect([403, 404]).toContain(
        (await api().patch(`${V1}/capabilities/${id}`).set(auth(supplierTr)).send({ trl: 3 }))
          .status,
      );
    });

    it('GET /needs/:id/matches (owner) → {capability, organization, score, reasons}; POST /needs/:id/invitations', async () => {
      const cap = expect2xx(
        await api()
          .post(`${V1}/capabilities`)
          .set(auth(supplierIr))
          .send({
            title: 'ساخت پمپ سانتریفیوژ چدنی',
            description: 'طراحی و ساخت پمپ آب',
            language: 'fa',
            hsCodes: ['841370'],
            certifications: ['ISO 9001'],
            country: 'IR',
            province: 'Isfahan',
          }),
      ).body;
      // The capability reaches the index a moment after Postgres: wait until it is searchable.
      for (let i = 0; i < 60; i++) {
        const found = expect2xx(
          await api().get(`${V1}/search/capabilities`).query({ q: 'پمپ سانتریفیوژ', limit: 100 }),
        );
        if (found.body.items.some((c: { id: string }) => c.id === cap.id)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const id = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      expect2xx(await api().post(`${V1}/needs/${id}/publish`).set(auth(maker)));
      // Matching runs on the index, which follows Postgres a moment later: poll.
      let mine: Record<string, any> | undefined;
      for (let i = 0; i < 60 && !mine; i++) {
        const res = expect2xx(await api().get(`${V1}/needs/${id}/matches`).set(auth(maker)));
        mine = (res.body.items as Array<Record<string, any>>).find(
          (m) => m.capability.id === cap.id,
        );
        if (!mine) await new Promise((r) => setTimeout(r, 250));
      }
      expect(mine).toEqual(
        expect.objectContaining({
          capability: expect.objectContaining({ id: cap.id, title: expect.any(String) }),
          organization: expect.objectContaining({
            id: supplierIr.organizationId,
            name: expect.any(String),
          }),
          score: expect.any(Number),
          reasons: expect.arrayContaining([expect.any(String)]),
        }),
      );
      expect([403, 404]).toContain(
        (await api().get(`${V1}/needs/${id}/matches`).set(auth(supplierIr))).status,
      );
      expect2xx(
        await api()
          .post(`${V1}/needs/${id}/invitations`)
          .set(auth(maker))
          .send({ organizationId: supplierIr.organizationId }),
      );
      expect([403, 404]).toContain(
        (
          await api()
            .post(`${V1}/needs/${id}/invitations`)
            .set(auth(supplierTr))
            .send({ organizationId: supplierTr.organizationId })
        ).status,
      );
      expectProblem(
        await api()
          .post(`${V1}/needs/${id}/invitations`)
          .set(auth(maker))
          .send({ organizationId: 'x' }),
        400,
        'organizationId',
      );
    });
  });

  describe('search', () => {
    it('GET /search/needs and /search/capabilities → {items, facets, total} with the documented filters', async () => {
      const id = expect2xx(
        await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ title: 'شیر کشویی فولادی زیرزمینی', hsCodes: ['848180'] })),
      ).body.id;
      expect2xx(await api().post(`${V1}/needs/${id}/publish`).set(auth(maker)));
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        const res = expect2xx(
          await api().get(`${V1}/search/needs`).query({
            q: 'شير كشويي',
            hs: '848180',
            country: 'IR',
            province: 'Markazi',
            status: 'open',
          }),
        );
        expect(res.body).toEqual(
          expect.objectContaining({
            items: expect.any(Array),
            facets: expect.anything(),
            total: expect.any(Number),
          }),
        );
        found = res.body.items.some((n: { id: string }) => n.id === id);
        if (!found) await new Promise((r) => setTimeout(r, 250));
      }
      expect(found).toBe(true);
      const hit = expect2xx(
        await api()
          .get(`${V1}/search/needs`)
          .query({ q: 'شیر کشویی', certification: 'ISO 9001', isic: '2813' }),
      );
      expect(JSON.stringify(hit.body)).not.toContain('CONFIDENTIAL-PUMP');
      const caps = expect2xx(
        await api().get(`${V1}/search/capabilities`).query({ q: 'pompa', country: 'TR' }),
      );
      expect(caps.body).toEqual(
        expect.objectContaining({
          items: expect.any(Array),
          facets: expect.anything(),
          total: expect.any(Number),
        }),
      );
      expectProblem(
        await api().get(`${V1}/search/needs`).query({ status: 'sideways' }),
        400,
        'status',
      );
    });
  });

  describe('bids', () => {
    it('POST /needs/:id/bids, one live bid per organisation; sealed list; revise, withdraw; decide', async () => {
      const id = expect2xx(
        await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ ndaRequired: false, bidDeadline: iso(2 * DAY) })),
      ).body.id;
      const bid = {
        price: { amount: '1325.00', currency: 'USD' },
        quantity: 300,
        leadTimeDays: 120,
        localContentPercent: 70,
        proposal: 'Pompa gövdesi yerli dökümdür; çark paslanmaz çelik.',
        validUntil: iso(60 * DAY),
      };
      // Not open yet.
      expect([404, 409]).toContain(
        (await api().post(`${V1}/needs/${id}/bids`).set(auth(supplierTr)).send(bid)).status,
      );
      expect2xx(await api().post(`${V1}/needs/${id}/publish`).set(auth(maker)));
      const a = expect2xx(
        await api().post(`${V1}/needs/${id}/bids`).set(auth(supplierTr)).send(bid),
      );
      expect(a.status).toBe(201);
      expect(a.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          status: 'submitted',
          price: { amount: '1325.00', currency: 'USD' },
          quantity: 300,
          leadTimeDays: 120,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        }),
      );
      expectProblem(
        await api().post(`${V1}/needs/${id}/bids`).set(auth(supplierTr)).send(bid),
        409,
      );
      expectProblem(await api().post(`${V1}/needs/${id}/bids`).set(auth(maker)).send(bid), 403);
      expectProblem(await api().post(`${V1}/needs/${id}/bids`).send(bid), 401);
      expectProblem(
        await api()
          .post(`${V1}/needs/${id}/bids`)
          .set(auth(supplierIr))
          .send({ ...bid, price: { amount: 'cheap', currency: 'USD' } }),
        400,
        'price',
      );
      expectProblem(
        await api()
          .post(`${V1}/needs/${id}/bids`)
          .set(auth(supplierIr))
          .send({ ...bid, leadTimeDays: -3 }),
        400,
        'leadTimeDays',
      );
      const b = expect2xx(
        await api()
          .post(`${V1}/needs/${id}/bids`)
          .set(auth(supplierIr))
          .send({
            ...bid,
            price: { amount: '56000000000.00', currency: 'IRR' },
            proposal: 'پیشنهاد فنی محرمانه SEALED-B',
          }),
      );

      // Sealed: the owner sees no contents before the deadline; other suppliers see nothing.
      const sealed = expect2xx(await api().get(`${V1}/needs/${id}/bids`).set(auth(maker)));
      // Sealed from the owner too: not even the count shows before the opening.
      expect(sealed.body).toEqual(expect.objectContaining({ items: [], sealed: true }));
      expect(JSON.stringify(sealed.body)).not.toContain('SEALED-B');
      expect(JSON.stringify(sealed.body)).not.toContain('56000000000');
      expect([403, 404]).toContain(
        (await api().get(`${V1}/needs/${id}/bids`).set(auth(supplierTr))).status,
      );

      const revised = expect2xx(
        await api()
          .patch(`${V1}/bids/${a.body.id}`)
          .set(auth(supplierTr))
          .send({ price: { amount: '1290.00', currency: 'USD' } }),
      );
      expect(revised.body.price).toEqual({ amount: '1290.00', currency: 'USD' });
      expect([403, 404]).toContain(
        (await api().patch(`${V1}/bids/${a.body.id}`).set(auth(supplierIr)).send({ quantity: 1 }))
          .status,
      );
      expect([403, 404]).toContain(
        (await api().post(`${V1}/bids/${b.body.id}/withdraw`).set(auth(supplierTr))).status,
      );
      const withdrawn = expect2xx(
        await api().post(`${V1}/bids/${b.body.id}/withdraw`).set(auth(supplierIr)),
      );
      expect(withdrawn.body.status).toBe('withdrawn');
      expectProblem(
        await api().post(`${V1}/bids/${b.body.id}/withdraw`).set(auth(supplierIr)),
        409,
      );
      // A withdrawn bid is not live: the organisation may bid again.
      const b2 = expect2xx(
        await api().post(`${V1}/needs/${id}/bids`).set(auth(supplierIr)).send(bid),
      );

      // Decisions by the need owner only.
      expect([403, 404]).toContain(
        (await api().post(`${V1}/bids/${a.body.id}/shortlist`).set(auth(supplierTr))).status,
      );
      const ds = ctx.app.get(DataSource);
      await ds.query(`UPDATE need SET "bidDeadline" = now() - interval '1 minute' WHERE id = $1`, [
        id,
      ]);
      expectProblem(
        await api().post(`${V1}/needs/${id}/bids`).set(auth(supplierTr)).send(bid),
        409,
      );
      expectProblem(
        await api().patch(`${V1}/bids/${a.body.id}`).set(auth(supplierTr)).send({ quantity: 10 }),
        409,
      );
      const open = expect2xx(await api().get(`${V1}/needs/${id}/bids`).set(auth(maker)));
      expect(JSON.stringify(open.body)).toContain('1290.00');
      const sl = expect2xx(await api().post(`${V1}/bids/${a.body.id}/shortlist`).set(auth(maker)));
      expect(sl.body.status).toBe('shortlisted');
      const rj = expect2xx(await api().post(`${V1}/bids/${b2.body.id}/reject`).set(auth(maker)));
      expect(rj.body.status).toBe('rejected');
      const aw = expect2xx(await api().post(`${V1}/bids/${a.body.id}/award`).set(auth(maker)));
      expect(aw.body.status).toBe('awarded');
      const need = expect2xx(await api().get(`${V1}/needs/${id}`).set(auth(maker)));
      expect(need.body.status).toBe('awarded');
    });
  });

  describe('notifications', () => {
    it('GET /notifications → {items, nextCursor}; POST /notifications/:id/read; preferences GET/PUT', async () => {
      const inbox = expect2xx(await api().get(`${V1}/notifications`).set(auth(supplierIr)));
      expect(Object.keys(inbox.body)).toEqual(expect.arrayContaining(['items', 'nextCursor']));
      expectProblem(await api().get(`${V1}/notifications`), 401);
      if (inbox.body.items.length) {
        const n = inbox.body.items[0];
        expect2xx(await api().post(`${V1}/notifications/${n.id}/read`).set(auth(supplierIr)));
        expectProblem(
          await api().post(`${V1}/notifications/${n.id}/read`).set(auth(supplierTr)),
          404,
        );
      }
      expectProblem(
        await api()
          .post(`${V1}/notifications/00000000-0000-4000-8000-000000000000/read`)
          .set(auth(supplierIr)),
        404,
      );
      const prefs = expect2xx(
        await api().get(`${V1}/notification-preferences`).set(auth(supplierTr)),
      );
      expect(prefs.body).toEqual(
        expect.objectContaining({
          channels: expect.objectContaining({
            inApp: expect.any(Boolean),
            email: expect.any(Boolean),
            webhook: expect.any(Boolean),
            messenger: expect.any(Boolean),
          }),
          digest: expect.stringMatching(/^(instant|daily)$/),
        }),
      );
      expect(prefs.body).toHaveProperty('minScore');
      expect(prefs.body).toHaveProperty('hsChapters');
      expect(prefs.body).toHaveProperty('quietHours');
      const put = expect2xx(
        await api()
          .put(`${V1}/notification-preferences`)
          .set(auth(supplierTr))
          .send({
            channels: prefs.body.channels,
            digest: 'daily',
            minScore: 0.5,
            hsChapters: ['84'],
            quietHours: prefs.body.quietHours,
          }),
      );
      expect(put.body.digest).toBe('daily');
      expect(put.body.hsChapters).toEqual(['84']);
      const again = expect2xx(
        await api().get(`${V1}/notification-preferences`).set(auth(supplierTr)),
      );
      expect(again.body.digest).toBe('daily');
      // A client that reads, edits and writes back the whole object is not refused for the
      // server's own timestamp.
      const roundTrip = expect2xx(
        await api()
          .put(`${V1}/notification-preferences`)
          .set(auth(supplierTr))
          .send({ ...again.body, digest: 'instant' }),
      );
      expect(roundTrip.body.digest).toBe('instant');
      expect(roundTrip.body.hsChapters).toEqual(['84']);
      expectProblem(
        await api()
          .put(`${V1}/notification-preferences`)
          .set(auth(supplierTr))
          .send({ channels: prefs.body.channels, digest: 'hourly' }),
        400,
        'digest',
      );
      expectProblem(await api().get(`${V1}/notification-preferences`), 401);
    });

    it('webhooks: server-made whsec_ secret shown once, list, rotate, delete; org owner only', async () => {
      const created = expect2xx(
        await api()
          .post(`${V1}/webhooks`)
          .set(auth(supplierTr))
          .send({ url: 'https://hooks.example.org/niaz' }),
      );
      expect(created.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          url: 'https://hooks.example.org/niaz',
          events: expect.any(Array),
          secret: expect.stringMatching(/^whsec_/),
        }),
      );
      const list = expect2xx(await api().get(`${V1}/webhooks`).set(auth(supplierTr)));
      const items = Array.isArray(list.body) ? list.body : list.body.items;
      expect(items.map((w: { id: string }) => w.id)).toContain(created.body.id);
      expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
      const rotated = expect2xx(
        await api().post(`${V1}/webhooks/${created.body.id}/rotate-secret`).set(auth(supplierTr)),
      );
      expect(rotated.body.secret).toMatch(/^whsec_/);
      expect(rotated.body.secret).not.toBe(created.body.secret);
      expect([403, 404]).toContain(
        (await api().delete(`${V1}/webhooks/${created.body.id}`).set(auth(maker))).status,
      );
      expectProblem(
        await api().post(`${V1}/webhooks`).set(auth(supplierTr)).send({ url: 'not a url' }),
        400,
        'url',
      );
      expectProblem(await api().get(`${V1}/webhooks`), 401);
      expect2xx(await api().delete(`${V1}/webhooks/${created.body.id}`).set(auth(supplierTr)));
    });

    it('messenger-links: POST → {code, deepLink}; GET; DELETE', async () => {
      const link = await api().post(`${V1}/messenger-links`).set(auth(maker)).send({});
      // A server without a bot says so as a problem; the list and unlink still work.
      if (link.status === 503) {
        expectProblem(link, 503);
        expect2xx(await api().get(`${V1}/messenger-links`).set(auth(maker)));
        return;
      }
      expect2xx(link);
      expect(link.body).toEqual(
        expect.objectContaining({ code: expect.any(String), deepLink: expect.any(String) }),
      );
      const list = expect2xx(await api().get(`${V1}/messenger-links`).set(auth(maker)));
      expect(list.body).toBeDefined();
      expectProblem(await api().get(`${V1}/messenger-links`), 401);
      if (link.body.id) {
        expect2xx(await api().delete(`${V1}/messenger-links/${link.body.id}`).set(auth(maker)));
      }
    });
  });
});
