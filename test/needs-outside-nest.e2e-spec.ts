import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { RateLimits } from '../libs/identity/src/limits/rate-limits';
import { NeedsController } from '../libs/needs/src/needs.controller';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, needPayload, register } from './support/actors';
import { spyOnRoute, startApiThroughNest } from './support/outside-nest';

/**
 * POST /needs is answered by a plain Fastify handler (`answerNeedCreationOutsideNest`,
 * issue 22). The same requests sent to an api that answers it through Nest's controller,
 * guards and pipe, as before, must get the same status, headers and body (but for the new
 * need's id and timestamps): valid bodies in fa/tr/en with and without the optional fields,
 * bad values of every field, no token, a bad token, callers who may not post, the write
 * limit per user (low in this file), wrong media types and broken JSON.
 */
describe('POST /needs outside Nest = through Nest (real api, PostgreSQL, Redis)', () => {
  let ctx: ApiTestContext;
  let nest: NestFastifyApplication;
  let nestUrl: string;
  let maker: Actor;
  let supplier: Actor;
  let makerMember: Actor;
  let limits: RateLimits;
  const saved = { ...process.env };
  const PER_USER = 3;

  // Installed before the apps read the controller's methods (with the route metadata Nest
  // reads from the method): counts the creations that Nest answers.
  const throughNest = spyOnRoute(NeedsController, 'create');

  beforeAll(async () => {
    Object.assign(process.env, {
      RATE_LIMIT_WRITES_PER_MINUTE_USER: String(PER_USER),
      // Both apps count on the same Redis keys; only the per-user limit is tested here.
      RATE_LIMIT_WRITES_PER_MINUTE_IP: '100000',
      RATE_LIMIT_REGISTER_PER_HOUR_IP: '1000',
      // The route does not ask for a verified address: both paths must let these callers in.
      EMAIL_VERIFICATION: 'required',
    });
    ctx = await startApi();
    ({ app: nest, url: nestUrl } = await startApiThroughNest({ needCreationThroughNest: true }));
    limits = ctx.app.get(RateLimits);

    maker = await register(ctx, ['manufacturer'], { province: 'Tabriz' });
    supplier = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    makerMember = await addMember(ctx, maker);
  });
  afterAll(async () => {
    await nest?.close();
    await ctx?.close();
    process.env = saved;
  });

  type Sent = {
    body?: unknown;
    raw?: string;
    actor?: Actor;
    headers?: Record<string, string>;
  };
  const send = (url: string, { body, raw, actor, headers = {} }: Sent) => {
    // The same request id on both sides, so that every header can be compared.
    let req = request(url)
      .post('/api/v1/needs')
      .set({ 'x-request-id': 'compare-1', ...(actor ? bearer(actor) : {}), ...headers });
    if (raw !== undefined) req = req.send(raw);
    else if (body !== undefined) req = req.send(body as object);
    return req;
  };
  const view = (res: request.Response) => {
    const { date: _date, ...headers } = res.headers;
    let body = res.body as Record<string, unknown>;
    if (res.status === 201) {
      // What differs by nature: the new need's id and its timestamps (same length: the
      // headers, content-length included, are compared as they are).
      expect(body).toMatchObject({ id: expect.any(String), createdAt: expect.any(String) });
      body = { ...body, id: '<id>', createdAt: '<now>', updatedAt: '<now>' };
    }
    return { status: res.status, headers, body };
  };
  /** Each side in turn, the write counters of the caller reset first. */
  async function both(sent: Sent) {
    const reset = () => (sent.actor ? limits.writesByUser.delete(sent.actor.userId) : undefined);
    await reset();
    const fast = view(await send(ctx.url, sent));
    await reset();
    const slow = view(await send(nestUrl, sent));
    return { fast, nest: slow };
  }
  async function expectSame(sent: Sent) {
    const { fast, nest } = await both(sent);
    const what = { body: sent.body, raw: sent.raw, headers: sent.headers };
    expect({ ...what, ...fast }).toEqual({ ...what, ...nest });
    return fast;
  }

  it('answers outside Nest, and the other api through Nest', async () => {
    throughNest.mockClear();
    await send(ctx.url, { actor: maker, body: needPayload() }).expect(201);
    expect(throughNest).not.toHaveBeenCalled();
    await send(nestUrl, { actor: maker, body: needPayload() }).expect(201);
    expect(throughNest).toHaveBeenCalledTimes(1);
  });

  it('creates alike: fa/tr/en, with and without the optional fields', async () => {
    const deadline = new Date(Date.now() + 20 * 86400_000).toISOString();
    const bodies: unknown[] = [
      needPayload(),
      needPayload({ bidDeadline: deadline }),
      needPayload({
        title: 'Santrifüj pompa gövdesi',
        description: 'Pompa gövdesi döküm, yılda 800 adet',
        language: 'tr',
        hsCodes: ['841370'],
        country: 'TR',
        province: 'Konya',
        requiredCertifications: ['ISO 9001', 'CE'],
      }),
      needPayload({
        title: 'Valve seat "DN50" \\ special',
        description: 'Stainless ball valve seats for water pumps',
        language: 'en',
        hsCodes: ['848180'],
        organizationId: maker.organizationId,
        timeZone: 'Asia/Tehran',
        deliveryLocation: 'Qom industrial park',
        specification: 'DN50, PN16',
        bidCurrency: 'EUR',
        clarificationsUntil: new Date(Date.now() + 10 * 86400_000).toISOString(),
      }),
      // Only the required fields; the language detected from the text.
      { title: 'بلبرینگ ۶۲۰۴', hsCodes: ['848210'], bidDeadline: deadline, country: 'IR' },
      { title: 'Rulman 6204', hsCodes: ['8482'], bidDeadline: deadline, country: 'TR' },
      { title: 'Ball bearings', hsCodes: ['848210'], bidDeadline: deadline, country: 'DE' },
      // Persian digits, numbers and money as the pipe converts them; awardCriteria, nulls.
      needPayload({ quantityPerYear: '۲۵۰', minLocalContentPercent: 0, isic: '۲۸۱۴' }),
      needPayload({ quantityPerYear: '12' }),
      needPayload({ quantityPerYear: 1.5, bidCurrency: 'XXX' }),
      needPayload({ clarificationsUntil: new Date(Date.now() + 60 * 86400_000).toISOString() }),
      needPayload({ awardCriteria: { price: '۶۰', localContent: 30, leadTimeDays: 10 } }),
      needPayload({
        awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
        bidCurrency: null,
      }),
      needPayload({ translations: { en: { title: 'Bearings', description: 'Imported' } } }),
    ];
    for (const body of bodies) {
      const res = await expectSame({ actor: maker, body });
      expect({
        body,
        status: res.status,
        error: res.status === 201 ? undefined : res.body,
      }).toEqual({ body, status: 201 });
    }
    // A member (not the owner) of the manufacturer organisation, unverified: 201 too.
    expect((await expectSame({ actor: makerMember, body: needPayload() })).status).toBe(201);
  });

  it('refuses bad bodies with the same problem+json, in the caller’s language', async () => {
    const bad: Record<string, unknown>[] = [
      { title: '' },
      { title: 'x'.repeat(1000) },
      { title: 12 },
      { title: null },
      { title: 'bad\u0007text' },
      { description: 5 },
      { description: 'x'.repeat(100_000) },
      { language: 'xx' },
      { language: 'FA' },
      { translations: 'en' },
      { translations: { xx: { title: 'a' } } },
      { translations: { en: { title: 7 } } },
      { hsCodes: [] },
      { hsCodes: 'abc' },
      { hsCodes: ['abc'] },
      { hsCodes: ['8482', '8482'] },
      { hsCodes: Array.from({ length: 50 }, (_, i) => String(840000 + i)) },
      { isic: '99' },
      { isic: 'abcd' },
      { quantityPerYear: -1 },
      { quantityPerYear: '12x' },
      { quantityPerYear: true },
      { quantityPerYear: Number.MAX_VALUE },
      { unit: 'x'.repeat(200) },
      { importOrigin: 'XX' },
      { annualImportValue: { amount: 'abc', currency: 'EUR' } },
      { annualImportValue: { amount: '10.00', currency: 'ABC' } },
      { annualImportValue: '10 EUR' },
      { targetPrice: { amount: '-1', currency: 'EUR' } },
      { targetPrice: { amount: '1.00' } },
      { requiredCertifications: 'ISO' },
      { requiredCertifications: [1] },
      { specification: 9 },
      { bidDeadline: 'tomorrow' },
      { bidDeadline: '2020-01-01T00:00:00.000Z' },
      { bidDeadline: undefined },
      { clarificationsUntil: 'soon' },
      { country: 'XX' },
      { country: undefined },
      { province: 5 },
      { timeZone: 'Mars/Olympus' },
      { deliveryLocation: ['a'] },
      { details: 5 },
      { ndaRequired: 'yes' },
      { bidsVisibleBeforeDeadline: 1 },
      { minLocalContentPercent: 101 },
      { minLocalContentPercent: -5 },
      { bidCurrency: 'ABC' },
      { awardCriteria: { price: 50 } },
      { awardCriteria: { price: 60, quality: 40 } },
      { awardCriteria: 'price' },
      { organizationId: 'not-a-uuid' },
      { organizationId: supplier.organizationId },
      { unknownField: 1 },
      { title: 'ok', __proto__: { polluted: true } },
    ];
    const accepted: string[] = [];
    for (const overrides of bad) {
      for (const headers of [{}, { 'accept-language': 'fa' }] as Array<Record<string, string>>) {
        const res = await expectSame({ actor: maker, body: needPayload(overrides), headers });
        const refused = res.status >= 400 && res.status < 500;
        if (!refused) accepted.push(JSON.stringify(overrides));
      }
    }
    expect(accepted).toEqual([]);
    // Not an object at all.
    for (const body of [[], [needPayload()], 'text', 42, null])
      await expectSame({ actor: maker, raw: JSON.stringify(body), headers: json });
  });

  const json = { 'content-type': 'application/json' };

  it('refuses callers alike: no token, bad tokens, suppliers, another organisation', async () => {
    const body = needPayload();
    for (const headers of [
      {},
      { authorization: 'Bearer not-a-token' },
      { authorization: 'Basic abc' },
      { authorization: `Bearer ${maker.token}x` },
      { authorization: `Bearer ${maker.token}`.toLowerCase() },
      { authorization: 'Bearer not-a-token', 'accept-language': 'fa' },
    ] as Array<Record<string, string>>) {
      const res = await expectSame({ body, headers });
      expect({ headers, status: res.status }).toEqual({ headers, status: 401 });
    }
    const signedIn = { actor: maker, body, headers: { 'accept-language': 'tr' } };
    expect((await expectSame(signedIn)).status).toBe(201);
    // A bad body without a token: the 401 first, as the guard runs before the pipe.
    expect((await expectSame({ body: { title: 5 } })).status).toBe(401);
    expect((await expectSame({ actor: supplier, body })).status).toBe(403);
    expect((await expectSame({ actor: supplier, body: { title: 5 } })).status).toBe(400);
    const elsewhere = needPayload({ organizationId: supplier.organizationId });
    expect((await expectSame({ actor: maker, body: elsewhere })).status).toBe(403);
  });

  it('refuses wrong media types and broken JSON alike', async () => {
    const sent: Sent[] = [
      { raw: '{"title": "a",', headers: json },
      { raw: '', headers: json },
      { raw: 'title=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { raw: JSON.stringify(needPayload()), headers: { 'content-type': 'text/plain' } },
      { raw: JSON.stringify(needPayload()), headers: { 'content-type': 'application/xml' } },
      { raw: JSON.stringify(needPayload()), headers: { 'content-type': 'multipart/form-data' } },
      { raw: '['.repeat(200) + ']'.repeat(200), headers: json },
      { raw: `{"title": "${'x'.repeat(300 * 1024)}"}`, headers: json },
      {},
    ];
    for (const s of sent) {
      const res = await expectSame({ actor: maker, ...s });
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('counts writes per user alike: the same 429 with Retry-After past the limit', async () => {
    const statuses = async (url: string, actor: Actor) => {
      await limits.writesByUser.delete(actor.userId);
      const out: request.Response[] = [];
      // Invalid bodies count too: the limits run before the pipe.
      for (let i = 0; i <= PER_USER; i++)
        out.push(await send(url, { actor, body: i === 1 ? { title: 5 } : needPayload() }));
      return out;
    };
    const [a, b] = [await register(ctx, ['manufacturer']), await register(ctx, ['manufacturer'])];
    const fast = await statuses(ctx.url, a);
    const slow = await statuses(nestUrl, b);
    expect(fast.map((r) => r.status)).toEqual([201, 400, 201, 429]);
    expect(slow.map((r) => r.status)).toEqual([201, 400, 201, 429]);
    const last = [fast[PER_USER], slow[PER_USER]].map(view);
    expect(last[0]).toEqual(last[1]);
    expect(Number(last[0].headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Over the limit, sent together to both: the same answer.
    const over = await Promise.all([
      send(ctx.url, { actor: a, body: needPayload() }),
      send(nestUrl, { actor: a, body: needPayload() }),
    ]);
    expect(view(over[0])).toEqual(view(over[1]));
    expect(over[0].status).toBe(429);
    // Over the limit with a bad token: the 401 first.
    const res = await expectSame({ body: needPayload(), headers: { authorization: 'Bearer x' } });
    expect(res.status).toBe(401);
  });
});
