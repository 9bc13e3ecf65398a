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
import { makeAdmin as makeAdminByEmail } from './support/identity-helpers';

/**
 * API.md read as an outside client would, part two: exhibitions, admin and the added rows
 * (tender rules, accounts, documents, open data, HS codes), with fresh Persian/Turkish data.
 */
const denied = (res: request.Response) => expect([403, 404]).toContain(res.status);

describe('API.md rows, as an outside client (fairs, admin, added rows)', () => {
  let ctx: ApiTestContext;
  const api = () => request(ctx.url);
  const auth = bearer;

  const registerClient = (
    kinds: string[],
    org: { name: string; country: string; province: string },
  ): Promise<Client> =>
    registerClient_(ctx.url, kinds, org, {
      emailPrefix: 'fair',
      password: 'Nar-çiçeği 1405!',
      name: 'مریم کاظمی',
    });

  let organiser: Client;
  let maker: Client;
  let supplier: Client;
  let outsider: Client;

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    organiser = await registerClient(['organiser'], {
      name: 'اتاق بازرگانی تبریز',
      country: 'IR',
      province: 'East Azerbaijan',
    });
    maker = await registerClient(['manufacturer'], {
      name: 'تراکتورسازی نمونه',
      country: 'IR',
      province: 'East Azerbaijan',
    });
    supplier = await registerClient(['supplier'], {
      name: 'Konya Dişli Sanayi Ltd.',
      country: 'TR',
      province: 'Konya',
    });
    outsider = await registerClient(['manufacturer'], {
      name: 'Gaziantep Tekstil',
      country: 'TR',
      province: 'Gaziantep',
    });
  });
  afterAll(async () => ctx?.close());

  const needBody = (o: Record<string, unknown> = {}) => ({
    title: 'چرخ‌دنده مارپیچ گیربکس تراکتور',
    description: 'سالانه ۲۰۰۰ عدد چرخ‌دنده از ترکیه وارد می‌شود.',
    language: 'fa',
    hsCodes: ['848340'],
    quantityPerYear: 2000,
    unit: 'piece',
    importOrigin: 'TR',
    annualImportValue: { amount: '8000000000.00', currency: 'IRR' },
    requiredCertifications: [],
    bidDeadline: iso(25 * DAY),
    country: 'IR',
    province: 'East Azerbaijan',
    details: 'TRACTOR-GEAR-SECRET module 3.5',
    ndaRequired: true,
    bidsVisibleBeforeDeadline: false,
    ...o,
  });

  async function openNeed(o: Record<string, unknown> = {}, owner = maker): Promise<string> {
    const id = expect2xx(await api().post(`${V1}/needs`).set(auth(owner)).send(needBody(o))).body
      .id;
    expect2xx(await api().post(`${V1}/needs/${id}/publish`).set(auth(owner)));
    return id;
  }

  const exhibitionBody = (o: Record<string, unknown> = {}) => ({
    title: 'میز نیاز صنعت تبریز ۱۴۰۵',
    description: 'گردآوری نیازهای وارداتی صنایع آذربایجان شرقی',
    language: 'fa',
    translations: { tr: { title: 'Tebriz Sanayi İhtiyaçları Masası' } },
    city: 'Tabriz',
    province: 'East Azerbaijan',
    country: 'IR',
    startsAt: iso(15 * DAY),
    endsAt: iso(75 * DAY),
    submissionDeadline: iso(10 * DAY),
    hsChapters: ['84', '87'],
    isic: ['2822'],
    sections: [
      { key: 'powertrain', title: 'انتقال قدرت' },
      { key: 'hydraulics', title: 'هیدرولیک' },
    ],
    ...o,
  });

  describe('exhibitions', () => {
    it('organiser creates, patches, publishes; submissions reviewed; catalog, csv, stats; close', async () => {
      const created = expect2xx(
        await api().post(`${V1}/exhibitions`).set(auth(organiser)).send(exhibitionBody()),
      );
      expect(created.status).toBe(201);
      expect(created.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          title: 'میز نیاز صنعت تبریز ۱۴۰۵',
          city: 'Tabriz',
          country: 'IR',
          hsChapters: ['84', '87'],
          isic: ['2822'],
          status: 'draft',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        }),
      );
      expect(created.body.translations.tr.title).toBe('Tebriz Sanayi İhtiyaçları Masası');
      expect(created.body.sections.map((s: { key: string }) => s.key)).toEqual([
        'powertrain',
        'hydraulics',
      ]);
      const id = created.body.id;
      expectProblem(
        await api().post(`${V1}/exhibitions`).set(auth(maker)).send(exhibitionBody()),
        403,
      );
      expectProblem(await api().post(`${V1}/exhibitions`).send(exhibitionBody()), 401);
      expectProblem(
        await api()
          .post(`${V1}/exhibitions`)
          .set(auth(organiser))
          .send(exhibitionBody({ hsChapters: ['8'] })),
        400,
        'hsChapters',
      );
      expectProblem(
        await api()
          .post(`${V1}/exhibitions`)
          .set(auth(organiser))
          .send(exhibitionBody({ startsAt: iso(80 * DAY), endsAt: iso(20 * DAY) })),
        400,
      );
      const patched = expect2xx(
        await api()
          .patch(`${V1}/exhibitions/${id}`)
          .set(auth(organiser))
          .send({ city: 'Tebriz', description: 'Doğu Azerbaycan sanayisinin ithal ihtiyaçları' }),
      );
      expect(patched.body.city).toBe('Tebriz');
      denied(
        await api().patch(`${V1}/exhibitions/${id}`).set(auth(maker)).send({ city: 'Ankara' }),
      );

      // A draft exhibition is not in the public list.
      const listDraft = expect2xx(await api().get(`${V1}/exhibitions`));
      expect(listDraft.body.items.map((e: { id: string }) => e.id)).not.toContain(id);
      denied(await api().post(`${V1}/exhibitions/${id}/publish`).set(auth(maker)));
      const pub = expect2xx(
        await api().post(`${V1}/exhibitions/${id}/publish`).set(auth(organiser)),
      );
      expect(pub.body.status).toBe('published');
      expectProblem(await api().post(`${V1}/exhibitions/${id}/publish`).set(auth(organiser)), 409);
      const list = expect2xx(await api().get(`${V1}/exhibitions`).query({ limit: 100 }));
      expect(Object.keys(list.body)).toEqual(expect.arrayContaining(['items', 'nextCursor']));
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(id);

      // Submissions by the need owner → pending.
      const n1 = await openNeed();
      const n2 = await openNeed({ title: 'پمپ هیدرولیک دنده‌ای', hsCodes: ['841360'] });
      const n3 = await openNeed({ title: 'کلاچ تراکتور', hsCodes: ['870893'] });
      denied(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(supplier))
          .send({ needId: n1 }),
      );
      expectProblem(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(maker))
          .send({ needId: 'x' }),
        400,
        'needId',
      );
      const s1 = expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(maker))
          .send({ needId: n1 }),
      );
      expect(s1.body).toEqual(
        expect.objectContaining({ id: expect.stringMatching(UUID), status: 'pending' }),
      );
      expectProblem(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(maker))
          .send({ needId: n1 }),
        409,
      );
      const s2 = expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(maker))
          .send({ needId: n2 }),
      );
      const s3 = expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/submissions`)
          .set(auth(maker))
          .send({ needId: n3 }),
      );
      const sub = (sid: string) => `${V1}/exhibitions/${id}/submissions/${sid}`;
      denied(
        await api()
          .post(`${sub(s1.body.id)}/approve`)
          .set(auth(maker))
          .send({}),
      );
      const ap = expect2xx(
        await api()
          .post(`${sub(s1.body.id)}/approve`)
          .set(auth(organiser))
          .send({}),
      );
      expect(ap.body.status).toBe('approved');
      const rj = expect2xx(
        await api()
          .post(`${sub(s2.body.id)}/reject`)
          .set(auth(organiser))
          .send({ reason: 'خارج از حوزه نمایشگاه' }),
      );
      expect(rj.body.status).toBe('rejected');
      const rc = expect2xx(
        await api()
          .post(`${sub(s3.body.id)}/request-changes`)
          .set(auth(organiser))
          .send({ reason: 'Lütfen teknik resmi ekleyin' }),
      );
      expect(rc.body.status).toBe('changes_requested');
      expectProblem(
        await api()
          .post(`${sub(s2.body.id)}/approve`)
          .set(auth(organiser))
          .send({}),
        409,
      );
      const arranged = expect2xx(
        await api()
          .patch(sub(s1.body.id))
          .set(auth(organiser))
          .send({ section: 'powertrain', order: 1, featured: true }),
      );
      expect(arranged.body).toEqual(
        expect.objectContaining({ section: 'powertrain', order: 1, featured: true }),
      );
      denied(await api().patch(sub(s1.body.id)).set(auth(maker)).send({ featured: false }));

      // Catalog: approved needs by section, public fields only, to anyone.
      const catalog = expect2xx(await api().get(`${V1}/exhibitions/${id}/catalog`));
      const text = JSON.stringify(catalog.body);
      expect(text).toContain(n1);
      expect(text).not.toContain(n2);
      expect(text).not.toContain(n3);
      expect(text).not.toContain('TRACTOR-GEAR-SECRET');
      expect(text).toContain('powertrain');
      const csv = expect2xx(await api().get(`${V1}/exhibitions/${id}/catalog.csv`));
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain('چرخ‌دنده مارپیچ گیربکس تراکتور');
      expect(csv.text).not.toContain('TRACTOR-GEAR-SECRET');
      const pdf = await api().get(`${V1}/exhibitions/${id}/catalog.pdf`);
      expect([200, 503]).toContain(pdf.status);

      // Stats for the organiser only.
      const stats = expect2xx(
        await api().get(`${V1}/exhibitions/${id}/stats`).set(auth(organiser)),
      );
      expect(JSON.stringify(stats.body)).toMatch(/needs/i);
      denied(await api().get(`${V1}/exhibitions/${id}/stats`).set(auth(maker)));
      expectProblem(await api().get(`${V1}/exhibitions/${id}/stats`), 401);

      const closed = expect2xx(
        await api().post(`${V1}/exhibitions/${id}/close`).set(auth(organiser)).send({}),
      );
      expect(closed.body.status).toBe('closed');
      expectProblem(
        await api().post(`${V1}/exhibitions/${id}/close`).set(auth(organiser)).send({}),
        409,
      );
      expectProblem(
        await api().get(`${V1}/exhibitions/00000000-0000-4000-8000-000000000000/catalog`),
        404,
      );
    });

    it('participants, meeting settings, meeting requests, schedule, agenda, e-mail invitations', async () => {
      const id = expect2xx(
        await api().post(`${V1}/exhibitions`).set(auth(organiser)).send(exhibitionBody()),
      ).body.id;
      expect2xx(await api().post(`${V1}/exhibitions/${id}/publish`).set(auth(organiser)));
      const part = expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/participants`)
          .set(auth(maker))
          .send({ organizationId: maker.organizationId }),
      );
      const part2 = expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/participants`)
          .set(auth(supplier))
          .send({ organizationId: supplier.organizationId }),
      );
      denied(
        await api()
          .post(`${V1}/exhibitions/${id}/participants`)
          .set(auth(outsider))
          .send({ organizationId: supplier.organizationId }),
      );
      denied(
        await api()
          .post(`${V1}/exhibitions/${id}/participants/${part.body.id}/approve`)
          .set(auth(maker)),
      );
      for (const p of [part, part2]) {
        expect2xx(
          await api()
            .post(`${V1}/exhibitions/${id}/participants/${p.body.id}/approve`)
            .set(auth(organiser)),
        );
      }
      const plist = expect2xx(
        await api().get(`${V1}/exhibitions/${id}/participants`).set(auth(organiser)),
      );
      expect(JSON.stringify(plist.body)).toContain(supplier.organizationId);
      denied(await api().get(`${V1}/exhibitions/${id}/participants`).set(auth(outsider)));

      const start = new Date(Date.now() + 20 * DAY);
      start.setUTCHours(6, 0, 0, 0);
      const settings = {
        slotMinutes: 30,
        blocks: [
          {
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
          },
        ],
        tables: [
          { key: 't1', name: 'میز ۱' },
          { key: 'online', name: 'Çevrimiçi', online: true, link: 'https://meet.example.org/x' },
        ],
        requestTtlHours: 48,
        mode: 'organiser',
      };
      denied(
        await api().put(`${V1}/exhibitions/${id}/meeting-settings`).set(auth(maker)).send(settings),
      );
      expectProblem(
        await api()
          .put(`${V1}/exhibitions/${id}/meeting-settings`)
          .set(auth(organiser))
          .send({ ...settings, mode: 'chaos' }),
        400,
        'mode',
      );
      expect2xx(
        await api()
          .put(`${V1}/exhibitions/${id}/meeting-settings`)
          .set(auth(organiser))
          .send(settings),
      );
      const meetingNeed = await openNeed({ title: 'یاتاقان لغزشی موتور دیزل' });
      const req = expect2xx(
        await api().post(`${V1}/exhibitions/${id}/meeting-requests`).set(auth(maker)).send({
          toOrganizationId: supplier.organizationId,
          message: 'درباره چرخ‌دنده صحبت کنیم',
        }),
      );
      denied(
        await api()
          .post(`${V1}/exhibitions/${id}/meeting-requests`)
          .set(auth(outsider))
          .send({ toOrganizationId: supplier.organizationId, message: 'Merhaba, görüşelim mi?' }),
      );
      denied(
        await api().post(`${V1}/meeting-requests/${req.body.id}/accept`).set(auth(maker)).send({}),
      );
      expect2xx(
        await api()
          .post(`${V1}/meeting-requests/${req.body.id}/accept`)
          .set(auth(supplier))
          .send({}),
      );
      const req2 = expect2xx(
        await api().post(`${V1}/exhibitions/${id}/meeting-requests`).set(auth(supplier)).send({
          toOrganizationId: maker.organizationId,
          needId: meetingNeed,
          message: 'İkinci görüşme, dişli ihtiyacı hakkında',
        }),
      );
      expect2xx(
        await api()
          .post(`${V1}/meeting-requests/${req2.body.id}/decline`)
          .set(auth(maker))
          .send({ reason: 'وقت نداریم' }),
      );
      denied(await api().post(`${V1}/exhibitions/${id}/schedule`).set(auth(maker)));
      const sched = expect2xx(
        await api().post(`${V1}/exhibitions/${id}/schedule`).set(auth(organiser)).send({}),
      );
      expect(sched.body).toEqual(
        expect.objectContaining({
          placed: expect.anything(),
          unplaced: expect.anything(),
          idleMinutes: expect.any(Number),
        }),
      );
      expect2xx(
        await api().post(`${V1}/exhibitions/${id}/schedule/publish`).set(auth(organiser)).send({}),
      );
      const agenda = expect2xx(
        await api().get(`${V1}/exhibitions/${id}/agenda`).set(auth(supplier)),
      );
      expect(JSON.stringify(agenda.body)).toContain(maker.organizationId);
      const orgAgenda = expect2xx(
        await api()
          .get(`${V1}/exhibitions/${id}/agenda`)
          .query({ organizationId: supplier.organizationId })
          .set(auth(organiser)),
      );
      expect(JSON.stringify(orgAgenda.body)).toContain(maker.organizationId);
      const ics = expect2xx(
        await api().get(`${V1}/exhibitions/${id}/agenda.ics`).set(auth(supplier)),
      );
      expect(ics.text).toContain('BEGIN:VCALENDAR');
      denied(await api().get(`${V1}/exhibitions/${id}/agenda`).set(auth(outsider)));
      const meetings = JSON.stringify(agenda.body).match(/"id":"([0-9a-f-]{36})"/g);
      expect(meetings).toBeTruthy();

      expect2xx(
        await api()
          .post(`${V1}/exhibitions/${id}/invitations/email`)
          .set(auth(organiser))
          .send({ emails: ['satinalma@example.org', 'kharid@example.ir'] }),
      );
      denied(
        await api()
          .post(`${V1}/exhibitions/${id}/invitations/email`)
          .set(auth(maker))
          .send({ emails: ['a@example.org'] }),
      );
      expectProblem(
        await api()
          .post(`${V1}/exhibitions/${id}/invitations/email`)
          .set(auth(organiser))
          .send({ emails: ['not-an-address'] }),
        400,
        'emails',
      );
    });
  });

  describe('tender rules', () => {
    it('amendments, bid confirm, repost, questions, audit', async () => {
      const id = await openNeed({
        ndaRequired: false,
        bidCurrency: 'EUR',
        awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
        clarificationsUntil: iso(10 * DAY),
        timeZone: 'Asia/Tehran',
        translations: {
          tr: { title: 'Traktör şanzımanı helis dişli', summary: 'Yılda 2000 adet' },
        },
      });
      const need = expect2xx(await api().get(`${V1}/needs/${id}`));
      expect(need.body).toEqual(
        expect.objectContaining({
          bidCurrency: 'EUR',
          awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
          timeZone: 'Asia/Tehran',
          clarificationsUntil: expect.any(String),
        }),
      );
      expect(need.body.translations.tr.title).toBe('Traktör şanzımanı helis dişli');
      expect(need.body.translations.tr.summary).toBe('Yılda 2000 adet');
      expectProblem(
        await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ awardCriteria: { price: 60, localContent: 30, leadTimeDays: 20 } })),
        400,
        'awardCriteria',
      );
      expectProblem(
        await api()
          .post(`${V1}/needs`)
          .set(auth(maker))
          .send(needBody({ timeZone: 'Mars/Olympus' })),
        400,
        'timeZone',
      );

      // Questions: asked by a supplier, answered by the owner, asker never shown.
      const q = expect2xx(
        await api()
          .post(`${V1}/needs/${id}/questions`)
          .set(auth(supplier))
          .send({ text: 'Dişli modülü 3.5 mi, 4 mü?' }),
      );
      denied(
        await api()
          .post(`${V1}/needs/${id}/questions`)
          .set(auth(outsider))
          .send({ text: 'Bu soru kimden?' }),
      );
      expect2xx(
        await api()
          .post(`${V1}/needs/${id}/questions/${q.body.id}/answer`)
          .set(auth(maker))
          .send({ text: 'مدول ۳٫۵' }),
      );
      denied(
        await api()
          .post(`${V1}/needs/${id}/questions/${q.body.id}/answer`)
          .set(auth(supplier))
          .send({ text: 'Bu soru kimden?' }),
      );
      const qs = expect2xx(await api().get(`${V1}/needs/${id}/questions`).set(auth(outsider)));
      expect(qs.body.items.length).toBe(1);
      expect(JSON.stringify(qs.body)).not.toContain(supplier.organizationId);
      expect(JSON.stringify(qs.body)).not.toContain(supplier.userId);

      const bid = expect2xx(
        await api()
          .post(`${V1}/needs/${id}/bids`)
          .set(auth(supplier))
          .send({
            price: { amount: '41.00', currency: 'EUR' },
            quantity: 2000,
            leadTimeDays: 75,
            localContentPercent: 55,
            proposal: 'Konya’da dövme ve taşlama',
            validUntil: iso(90 * DAY),
          }),
      );
      // Once bids exist, changing terms needs a rationale.
      expectProblem(
        await api().patch(`${V1}/needs/${id}`).set(auth(maker)).send({ quantityPerYear: 2500 }),
        400,
        'rationale',
      );
      const am = expect2xx(
        await api()
          .post(`${V1}/needs/${id}/amendments`)
          .set(auth(maker))
          .send({ changes: { quantityPerYear: 2500 }, rationale: 'خط تولید جدید' }),
      );
      expect(am.body).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(UUID),
          changes: { quantityPerYear: { before: 2000, after: 2500 } },
          rationale: 'خط تولید جدید',
          createdAt: expect.any(String),
        }),
      );
      denied(
        await api()
          .post(`${V1}/needs/${id}/amendments`)
          .set(auth(supplier))
          .send({ changes: { quantityPerYear: 1 }, rationale: 'Miktar değişti' }),
      );
      const ams = expect2xx(await api().get(`${V1}/needs/${id}/amendments`));
      const amItems = Array.isArray(ams.body) ? ams.body : ams.body.items;
      expect(amItems.map((a: { id: string }) => a.id)).toContain(am.body.id);
      denied(await api().post(`${V1}/bids/${bid.body.id}/confirm`).set(auth(outsider)).send({}));
      expect2xx(
        await api()
          .post(`${V1}/bids/${bid.body.id}/confirm`)
          .set(auth(supplier))
          .send({ quantity: 2500 }),
      );

      const audit = expect2xx(await api().get(`${V1}/needs/${id}/audit`).set(auth(maker)));
      expect(audit.body.items.length).toBeGreaterThan(0);
      expect(audit.body.items[0]).toEqual(
        expect.objectContaining({
          seq: expect.any(Number),
          type: expect.any(String),
          at: expect.any(String),
          hash: expect.any(String),
        }),
      );
      expect(audit.body.items[0]).toHaveProperty('actor');
      expect(audit.body.items[0]).toHaveProperty('data');
      expect(audit.body.items[0]).toHaveProperty('prevHash');
      const verify = expect2xx(await api().get(`${V1}/needs/${id}/audit/verify`).set(auth(maker)));
      expect(verify.body).toEqual(
        expect.objectContaining({ ok: true, entries: expect.any(Number) }),
      );
      expect2xx(await api().get(`${V1}/needs/${id}/audit`).set(auth(supplier)));
      denied(await api().get(`${V1}/needs/${id}/audit`).set(auth(outsider)));

      // Reposting is for a need that ended: cancel it first (an open one → 409).
      expectProblem(await api().post(`${V1}/needs/${id}/repost`).set(auth(maker)), 409);
      expect2xx(
        await api()
          .post(`${V1}/needs/${id}/cancel`)
          .set(auth(maker))
          .send({ reason: 'طرح جدید گیربکس' }),
      );
      const repost = expect2xx(await api().post(`${V1}/needs/${id}/repost`).set(auth(maker)));
      expect(repost.body.id).toMatch(UUID);
      expect(repost.body.id).not.toBe(id);
      const copy = expect2xx(await api().get(`${V1}/needs/${repost.body.id}`).set(auth(maker)));
      expect(copy.body.status).toBe('draft');
      denied(await api().post(`${V1}/needs/${id}/repost`).set(auth(supplier)));
    });
  });

  describe('accounts', () => {
    it('verify-email, password-reset (always 202), logout, sessions', async () => {
      const c = await registerClient(['supplier'], {
        name: 'Sivas Kalıp',
        country: 'TR',
        province: 'Sivas',
      });
      expectProblem(await api().post(`${V1}/auth/verify-email`).send({ token: 'bogus' }), 400);
      const r1 = await api().post(`${V1}/auth/password-reset`).send({ email: c.email });
      expect(r1.status).toBe(202);
      const r2 = await api()
        .post(`${V1}/auth/password-reset`)
        .send({ email: `nobody-${uid()}@example.org` });
      expect(r2.status).toBe(202);
      expect([400, 401, 404]).toContain(
        (
          await api()
            .post(`${V1}/auth/password-reset/confirm`)
            .send({ token: 'bogus', password: 'a new long password' })
        ).status,
      );
      const second = expect2xx(
        await api().post(`${V1}/auth/login`).send({ email: c.email, password: c.password }),
      );
      const sessions = expect2xx(await api().get(`${V1}/me/sessions`).set(auth(c)));
      const items = Array.isArray(sessions.body) ? sessions.body : sessions.body.items;
      expect(items.length).toBeGreaterThanOrEqual(2);
      const other = await registerClient(['supplier'], {
        name: 'Sivas İkinci',
        country: 'TR',
        province: 'Sivas',
      });
      denied(await api().delete(`${V1}/me/sessions/${items[0].id}`).set(auth(other)));
      expectProblem(await api().get(`${V1}/me/sessions`), 401);
      const secondClient = { ...c, token: second.body.accessToken };
      expect2xx(await api().post(`${V1}/auth/logout`).set(auth(secondClient)).send({}));
      expectProblem(await api().get(`${V1}/me`).set(auth(secondClient)), 401);
      expect2xx(await api().get(`${V1}/me`).set(auth(c)));
      const left = expect2xx(await api().get(`${V1}/me/sessions`).set(auth(c)));
      const leftItems = Array.isArray(left.body) ? left.body : left.body.items;
      const target = leftItems.find((s: { current?: boolean }) => !s.current) ?? leftItems[0];
      expect2xx(await api().delete(`${V1}/me/sessions/${target.id}`).set(auth(c)));
    });
  });

  describe('documents, import, open data, hs, admin', () => {
    it('attachments: create → uploadUrl, complete, download, downloads', async () => {
      // Files go on while the need is a draft (on a published need they are an amendment).
      const id = expect2xx(await api().post(`${V1}/needs`).set(auth(maker)).send(needBody())).body
        .id;
      const body = {
        target: { type: 'need', id },
        name: 'نقشه-چرخ‌دنده.pdf',
        size: 19,
        contentType: 'application/pdf',
        confidential: true,
      };
      denied(await api().post(`${V1}/attachments`).set(auth(supplier)).send(body));
      expectProblem(await api().post(`${V1}/attachments`).send(body), 401);
      expectProblem(
        await api()
          .post(`${V1}/attachments`)
          .set(auth(maker))
          .send({ ...body, target: { type: 'planet', id } }),
        400,
        'target',
      );
      const att = expect2xx(await api().post(`${V1}/attachments`).set(auth(maker)).send(body));
      expect(att.body).toEqual(
        expect.objectContaining({ id: expect.stringMatching(UUID), uploadUrl: expect.any(String) }),
      );
      const put = await fetch(att.body.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from('%PDF-1.4\n%%EOF\n0123'),
      });
      expect(put.ok).toBe(true);
      const done = expect2xx(
        await api().post(`${V1}/attachments/${att.body.id}/complete`).set(auth(maker)).send({}),
      );
      expect(done.body.status).toBe('available');
      const dl = expect2xx(
        await api().get(`${V1}/attachments/${att.body.id}/download`).set(auth(maker)),
      );
      expect(dl.body).toEqual(
        expect.objectContaining({ url: expect.any(String), expiresAt: expect.any(String) }),
      );
      denied(await api().get(`${V1}/attachments/${att.body.id}/download`).set(auth(supplier)));
      const who = expect2xx(
        await api().get(`${V1}/attachments/${att.body.id}/downloads`).set(auth(maker)),
      );
      // The owner's own downloads are not listed; the list is a page.
      expect(who.body).toEqual(expect.objectContaining({ items: expect.any(Array) }));
      denied(await api().get(`${V1}/attachments/${att.body.id}/downloads`).set(auth(supplier)));
    });

    it('POST /needs/import: dry run and all-or-nothing', async () => {
      const header =
        'عنوان,description,hsCodes,quantityPerYear,unit,bidDeadline,country,province\n';
      const good = `${header}شیر برقی,هر سال,848180,100,piece,${iso(30 * DAY)},IR,Tehran\n`;
      const bad = `${good}Valf,yıllık,84.81,x,piece,${iso(30 * DAY)},TR,Bursa\n`;
      const dry = expect2xx(
        await api()
          .post(`${V1}/needs/import`)
          .query({ dryRun: 'true' })
          .set(auth(maker))
          .attach('file', Buffer.from(good), { filename: 'needs.csv', contentType: 'text/csv' }),
      );
      expect(dry.body).toEqual(expect.objectContaining({ rows: expect.anything(), errors: [] }));
      const before = expect2xx(await api().get(`${V1}/needs?mine=true&limit=100`).set(auth(maker)));
      const failed = await api()
        .post(`${V1}/needs/import`)
        .set(auth(maker))
        .attach('file', Buffer.from(bad), { filename: 'needs.csv', contentType: 'text/csv' });
      expectProblem(failed, 400);
      expect(failed.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            row: expect.any(Number),
            column: expect.any(String),
            code: expect.any(String),
            message: expect.any(String),
          }),
        ]),
      );
      const after = expect2xx(await api().get(`${V1}/needs?mine=true&limit=100`).set(auth(maker)));
      expect(after.body.items.length).toBe(before.body.items.length);
      denied(
        await api()
          .post(`${V1}/needs/import`)
          .set(auth(supplier))
          .attach('file', Buffer.from(good), { filename: 'needs.csv', contentType: 'text/csv' }),
      );
    });

    it('OCDS releases and records, HS suggest and code', async () => {
      const id = await openNeed();
      const rel = expect2xx(
        await api()
          .get(`${V1}/ocds/releases`)
          .query({ since: iso(-DAY) }),
      );
      expect(rel.body).toHaveProperty('releases');
      const rec = expect2xx(await api().get(`${V1}/needs/${id}/ocds`));
      expect(rec.body).toHaveProperty('records');
      expect(JSON.stringify(rec.body)).not.toContain('TRACTOR-GEAR-SECRET');

      const sug = expect2xx(await api().get(`${V1}/hs/suggest`).query({ q: 'rulman', lang: 'tr' }));
      expect(sug.body.items.length).toBeGreaterThan(0);
      expect(sug.body.items[0]).toEqual(
        expect.objectContaining({
          code: expect.any(String),
          description: expect.any(String),
          score: expect.any(Number),
        }),
      );
      expect(sug.body.items[0]).toHaveProperty('why');
      const code = expect2xx(await api().get(`${V1}/hs/848210`));
      expect(code.body).toEqual(
        expect.objectContaining({ code: '848210', description: expect.any(String) }),
      );
      expectProblem(await api().get(`${V1}/hs/000000`), 404);
    });

    it('admin: verify an organisation, reindex; others refused', async () => {
      denied(
        await api()
          .post(`${V1}/admin/organizations/${supplier.organizationId}/verify`)
          .set(auth(organiser)),
      );
      denied(await api().post(`${V1}/admin/search/reindex`).set(auth(maker)));
      expectProblem(await api().post(`${V1}/admin/search/reindex`), 401);
      const admin = await registerClient(['organiser'], {
        name: 'Niaz ops',
        country: 'IR',
        province: 'Tehran',
      });
      await makeAdminByEmail(ctx, admin.email);
      const relog = expect2xx(
        await api().post(`${V1}/auth/login`).send({ email: admin.email, password: admin.password }),
      );
      const asAdmin = { authorization: `Bearer ${relog.body.accessToken}` };
      expect2xx(
        await api()
          .post(`${V1}/admin/organizations/${supplier.organizationId}/verify`)
          .set(asAdmin)
          .send({}),
      );
      const org = expect2xx(await api().get(`${V1}/organizations/${supplier.organizationId}`));
      expect(org.body.verified).toBe(true);
      expect2xx(await api().post(`${V1}/admin/search/reindex`).set(asAdmin).send({}));
    });

    it('outside /api/v1: health, ready, metrics, openapi', async () => {
      expect2xx(await api().get('/health'));
      expect2xx(await api().get('/health/ready'));
      const metrics = expect2xx(await api().get('/metrics'));
      expect(metrics.text).toMatch(/# (HELP|TYPE)/);
      const doc = expect2xx(await api().get('/openapi.json'));
      expect(doc.body.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/v1/needs', '/api/v1/needs/{id}/bids', '/api/v1/exhibitions']),
      );
      const ds = ctx.app.get(DataSource);
      expect(ds.isInitialized).toBe(true);
    });
  });
});
