import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, needPayload, register } from './support/actors';

const TABLES = [
  'need',
  'capability',
  'bid',
  'need_nda',
  'need_invitation',
  'outbox_event',
  'audit_entry',
];

/**
 * Bad input to every write endpoint of the marketplace core answers 4xx problem+json naming
 * the field, never 500, and leaves the database as it was.
 */
describe('bad input (real services)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  let supplier: Actor;
  let openNeedId: string;
  let draftNeedId: string;
  let bidId: string;
  let capabilityId: string;

  const counts = async () => {
    const ds = ctx.app.get(DataSource);
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = (await ds.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
    const [{ h }] = await ds.query(
      `SELECT md5(string_agg(n::text, ',' ORDER BY id)) AS h FROM need n`,
    );
    out.needHash = h;
    return out;
  };

  beforeAll(async () => {
    ctx = await startApi();
    maker = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
    const api = () => request(ctx.url);
    openNeedId = (
      await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201)
    ).body.id;
    await api().post(`/api/v1/needs/${openNeedId}/publish`).set(bearer(maker)).expect(200);
    draftNeedId = (
      await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201)
    ).body.id;
    bidId = (
      await api()
        .post(`/api/v1/needs/${openNeedId}/bids`)
        .set(bearer(supplier))
        .send(bidPayload())
        .expect(201)
    ).body.id;
    capabilityId = (
      await api()
        .post('/api/v1/capabilities')
        .set(bearer(supplier))
        .send({ title: 'Rulman', hsCodes: ['8482'], country: 'TR' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => ctx?.close());

  const past = new Date(Date.now() - 86400_000).toISOString();
  const long = (n: number) => 'x'.repeat(n);
  const without = (o: Record<string, unknown>, k: string) =>
    Object.fromEntries(Object.entries(o).filter(([key]) => key !== k));

  type Case = [
    name: string,
    who: () => Actor,
    method: 'post' | 'patch',
    path: () => string,
    body: unknown,
    status: number,
    field?: string,
  ];
  const cases: Case[] = [
    [
      'need: missing title',
      () => maker,
      'post',
      () => '/api/v1/needs',
      without(needPayload(), 'title'),
      400,
      'title',
    ],
    [
      'need: missing hsCodes',
      () => maker,
      'post',
      () => '/api/v1/needs',
      without(needPayload(), 'hsCodes'),
      400,
      'hsCodes',
    ],
    [
      'need: empty hsCodes',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ hsCodes: [] }),
      400,
      'hsCodes',
    ],
    [
      'need: HS code with dots',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ hsCodes: ['8482.10'] }),
      400,
      'hsCodes',
    ],
    [
      'need: HS code too short',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ hsCodes: ['848'] }),
      400,
      'hsCodes',
    ],
    [
      'need: HS code too long',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ hsCodes: ['84821012345'] }),
      400,
      'hsCodes',
    ],
    [
      'need: invalid ISIC',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ isic: '28A4' }),
      400,
      'isic',
    ],
    [
      'need: invalid country',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ country: 'XX' }),
      400,
      'country',
    ],
    [
      'need: invalid import origin',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ importOrigin: 'Germany' }),
      400,
      'importOrigin',
    ],
    [
      'need: invalid currency',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ targetPrice: { amount: '1.00', currency: 'EURO' } }),
      400,
      'targetPrice.currency',
    ],
    [
      'need: money as float',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ annualImportValue: { amount: 12.5, currency: 'EUR' } }),
      400,
      'annualImportValue.amount',
    ],
    [
      'need: negative money',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ targetPrice: { amount: '-3.00', currency: 'EUR' } }),
      400,
      'targetPrice.amount',
    ],
    [
      'need: absurd money',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ targetPrice: { amount: '1' + '0'.repeat(30), currency: 'EUR' } }),
      400,
      'targetPrice.amount',
    ],
    [
      'need: past deadline',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ bidDeadline: past }),
      400,
      'bidDeadline',
    ],
    [
      'need: deadline not a date',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ bidDeadline: 'next week' }),
      400,
      'bidDeadline',
    ],
    [
      'need: negative quantity',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ quantityPerYear: -5 }),
      400,
      'quantityPerYear',
    ],
    [
      'need: quantity as words',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ quantityPerYear: 'five' }),
      400,
      'quantityPerYear',
    ],
    [
      'need: local content 140%',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ minLocalContentPercent: 140 }),
      400,
      'minLocalContentPercent',
    ],
    [
      'need: title too long',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ title: long(301) }),
      400,
      'title',
    ],
    [
      'need: details too long',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ details: long(20001) }),
      400,
      'details',
    ],
    [
      'need: unknown field',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ status: 'awarded' }),
      400,
      'status',
    ],
    [
      'need: unknown nested field',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ targetPrice: { amount: '1.00', currency: 'EUR', fx: 1 } }),
      400,
      'targetPrice.fx',
    ],
    [
      'need: wrong type',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ ndaRequired: 'yes' }),
      400,
      'ndaRequired',
    ],
    [
      'need: body too large',
      () => maker,
      'post',
      () => '/api/v1/needs',
      needPayload({ description: long(300_000) }),
      413,
    ],
    ['need: not JSON', () => maker, 'post', () => '/api/v1/needs', '{"title": ', 400],
    [
      'need patch: past deadline',
      () => maker,
      'patch',
      () => `/api/v1/needs/${draftNeedId}`,
      { bidDeadline: past },
      400,
      'bidDeadline',
    ],
    [
      'need patch: malformed id',
      () => maker,
      'patch',
      () => '/api/v1/needs/not-a-uuid',
      { title: 'abc' },
      400,
      'id',
    ],
    [
      'need patch: unknown field',
      () => maker,
      'patch',
      () => `/api/v1/needs/${draftNeedId}`,
      { organizationId: '8f0c1a9e-3d4b-4c5d-9e6f-7a8b9c0d1e2f' },
      400,
      'organizationId',
    ],
    [
      'need close: missing reason',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/close`,
      {},
      400,
      'reason',
    ],
    [
      'need cancel: reason too long',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/cancel`,
      { reason: long(2001) },
      400,
      'reason',
    ],
    [
      'invitation: malformed organizationId',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/invitations`,
      { organizationId: 'x' },
      400,
      'organizationId',
    ],
    [
      'invitation: not a supplier',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/invitations`,
      'MAKER_ORG',
      400,
      'organizationId',
    ],
    [
      'nda: unknown field',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/nda`,
      { signature: 'x' },
      400,
      'signature',
    ],
    [
      'capability: missing country',
      () => supplier,
      'post',
      () => '/api/v1/capabilities',
      { title: 'Pompa', hsCodes: ['8413'] },
      400,
      'country',
    ],
    [
      'capability: TRL 10',
      () => supplier,
      'post',
      () => '/api/v1/capabilities',
      { title: 'Pompa', hsCodes: ['8413'], country: 'TR', trl: 10 },
      400,
      'trl',
    ],
    [
      'capability: TRL 0',
      () => supplier,
      'post',
      () => '/api/v1/capabilities',
      { title: 'Pompa', hsCodes: ['8413'], country: 'TR', trl: 0 },
      400,
      'trl',
    ],
    [
      'capability: negative capacity',
      () => supplier,
      'post',
      () => '/api/v1/capabilities',
      { title: 'Pompa', hsCodes: ['8413'], country: 'TR', capacityPerYear: -1 },
      400,
      'capacityPerYear',
    ],
    [
      'capability patch: bad HS',
      () => supplier,
      'patch',
      () => `/api/v1/capabilities/${capabilityId}`,
      { hsCodes: ['84'] },
      400,
      'hsCodes',
    ],
    [
      'bid: missing price',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/bids`,
      without(bidPayload(), 'price'),
      400,
      'price',
    ],
    [
      'bid: price as number',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/bids`,
      bidPayload({ price: 11.8 }),
      400,
      'price',
    ],
    [
      'bid: zero lead time',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/bids`,
      bidPayload({ leadTimeDays: 0 }),
      400,
      'leadTimeDays',
    ],
    [
      'bid: below minimum local content',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/bids`,
      bidPayload({ localContentPercent: 10 }),
      400,
      'localContentPercent',
    ],
    [
      'bid: duplicate live bid',
      () => supplier,
      'post',
      () => `/api/v1/needs/${openNeedId}/bids`,
      bidPayload(),
      409,
    ],
    [
      'bid patch: bad currency',
      () => supplier,
      'patch',
      () => `/api/v1/bids/${bidId}`,
      { price: { amount: '1.00', currency: 'XYZ1' } },
      400,
      'price.currency',
    ],
    [
      'bid patch: malformed id',
      () => supplier,
      'patch',
      () => '/api/v1/bids/123',
      { leadTimeDays: 5 },
      400,
      'id',
    ],
    [
      'award: unknown field',
      () => maker,
      'post',
      () => `/api/v1/bids/${bidId}/award`,
      { price: 1 },
      400,
      'price',
    ],
    [
      'me: unknown language',
      () => maker,
      'patch',
      () => '/api/v1/me',
      { language: 'de' },
      400,
      'language',
    ],
    ['me: blank name', () => maker, 'patch', () => '/api/v1/me', { name: '   ' }, 400, 'name'],
    [
      'me: unknown field',
      () => maker,
      'patch',
      () => '/api/v1/me',
      { isAdmin: true },
      400,
      'isAdmin',
    ],
    [
      'need award: no bidId',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/award`,
      {},
      400,
      'bidId',
    ],
    [
      'need award: bidId of no bid on this need',
      () => maker,
      'post',
      () => `/api/v1/needs/${openNeedId}/award`,
      { bidId: '6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f' },
      400,
      'bidId',
    ],
  ];

  it('leaves the database unchanged and names the field, for every case', async () => {
    const before = await counts();
    const failures: string[] = [];
    for (const [name, who, method, path, body, status, field] of cases) {
      const payload = body === 'MAKER_ORG' ? { organizationId: maker.organizationId } : body;
      let req = request(ctx.url)[method](path()).set(bearer(who()));
      if (typeof payload === 'string') req = req.set('content-type', 'application/json');
      const res = await req.send(payload as object);
      const fields: string[] = (res.body?.errors ?? []).map((e: { field: string }) => e.field);
      const problemJson = /application\/problem\+json/.test(String(res.headers['content-type']));
      if (res.status !== status || !problemJson || (field && !fields.includes(field))) {
        failures.push(`${name}: got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('accepts Persian and Arabic-Indic digits in numeric input', async () => {
    const res = await request(ctx.url)
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(
        needPayload({
          quantityPerYear: '۵۰۰۰',
          hsCodes: ['۸۴۸۲۱۰'],
          minLocalContentPercent: '٤٠',
          targetPrice: { amount: '۱۲٫۵۰', currency: 'EUR' },
        }),
      )
      .expect(201);
    expect(res.body).toMatchObject({
      quantityPerYear: 5000,
      hsCodes: ['848210'],
      minLocalContentPercent: 40,
      targetPrice: { amount: expect.stringMatching(/^12\.50*$/), currency: 'EUR' },
    });
  });
});
