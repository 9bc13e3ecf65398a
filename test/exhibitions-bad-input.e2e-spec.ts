import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';
import {
  createExhibition,
  decide,
  exhibitionPayload,
  invite,
  openNeed,
  publishExhibition,
  submit,
} from './support/exhibitions';

const TABLES = [
  'exhibition',
  'exhibition_submission',
  'exhibition_invitation',
  'need',
  'outbox_event',
  'audit_entry',
];
const DAY = 86400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * Bad input to every exhibition endpoint answers 4xx problem+json naming the field (or 409 for
 * an illegal state), never 500, and leaves the database as it was.
 */
describe('exhibitions bad input (real services)', () => {
  let ctx: ApiTestContext;
  let organiser: Actor;
  let maker: Actor;
  let supplier: Actor;
  const x = {} as Record<string, string>;

  const counts = async () => {
    const ds = ctx.app.get(DataSource);
    const out: Record<string, unknown> = {};
    for (const t of TABLES) out[t] = (await ds.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
    for (const t of ['exhibition', 'exhibition_submission']) {
      const [{ h }] = await ds.query(
        `SELECT md5(string_agg(x::text, ',' ORDER BY id)) AS h FROM ${t} x`,
      );
      out[`${t}Hash`] = h;
    }
    return out;
  };

  beforeAll(async () => {
    ctx = await startApi();
    organiser = await register(ctx, ['organiser']);
    maker = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
    const api = () => request(ctx.url);
    x.draft = await createExhibition(ctx, organiser);
    x.published = await createExhibition(ctx, organiser);
    await invite(ctx, organiser, x.published, maker);
    await publishExhibition(ctx, organiser, x.published);
    x.closed = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, x.closed);
    await api().post(`/api/v1/exhibitions/${x.closed}/close`).set(bearer(organiser)).expect(200);
    x.late = await createExhibition(ctx, organiser, {
      startsAt: iso(-10 * DAY),
      submissionDeadline: iso(-DAY),
    });
    await publishExhibition(ctx, organiser, x.late);
    x.ended = await createExhibition(ctx, organiser, {
      startsAt: iso(-20 * DAY),
      endsAt: iso(-DAY),
      submissionDeadline: iso(-30 * DAY),
    });
    x.openNeed = await openNeed(ctx, maker);
    x.freeNeed = await openNeed(ctx, maker);
    x.draftNeed = (
      await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201)
    ).body.id;
    x.pending = await submit(ctx, maker, x.published, x.openNeed);
    const approvedNeed = await openNeed(ctx, maker);
    x.approved = await submit(ctx, maker, x.published, approvedNeed);
    await decide(ctx, organiser, x.published, x.approved, 'approve');
    const rejectedNeed = await openNeed(ctx, maker);
    x.rejected = await submit(ctx, maker, x.published, rejectedNeed);
    await decide(ctx, organiser, x.published, x.rejected, 'reject', 'خارج از موضوع');
  });
  afterAll(async () => ctx?.close());

  const long = (n: number) => 'x'.repeat(n);
  const without = (o: Record<string, unknown>, k: string) =>
    Object.fromEntries(Object.entries(o).filter(([key]) => key !== k));
  const E = '/api/v1/exhibitions';
  const section = (over: Record<string, unknown>) =>
    exhibitionPayload({ sections: [{ key: 'machinery', title: 'ماشین', ...over }] });

  type Case = [
    name: string,
    who: () => Actor,
    method: 'get' | 'post' | 'patch',
    path: () => string,
    body: unknown,
    status: number,
    field?: string,
  ];
  const create = (name: string, body: unknown, field?: string, status = 400): Case => [
    `create: ${name}`,
    () => organiser,
    'post',
    () => E,
    body,
    status,
    field,
  ];
  const cases: Case[] = [
    create('missing title', without(exhibitionPayload(), 'title'), 'title'),
    create('title too short', exhibitionPayload({ title: 'ab' }), 'title'),
    create('title too long', exhibitionPayload({ title: long(301) }), 'title'),
    create('null title', exhibitionPayload({ title: null }), 'title'),
    create('description too long', exhibitionPayload({ description: long(10001) }), 'description'),
    create('missing startsAt', without(exhibitionPayload(), 'startsAt'), 'startsAt'),
    create('startsAt not a date', exhibitionPayload({ startsAt: 'next week' }), 'startsAt'),
    create('startsAt in 1900', exhibitionPayload({ startsAt: '1900-01-01T00:00:00Z' }), 'startsAt'),
    create(
      'ends before it starts',
      exhibitionPayload({ startsAt: iso(30 * DAY), endsAt: iso(20 * DAY) }),
      'endsAt',
    ),
    create(
      'deadline after the end',
      exhibitionPayload({ submissionDeadline: iso(200 * DAY) }),
      'submissionDeadline',
    ),
    create('missing city', without(exhibitionPayload(), 'city'), 'city'),
    create('invalid country', exhibitionPayload({ country: 'XX' }), 'country'),
    create('invalid language', exhibitionPayload({ language: 'de' }), 'language'),
    create('HS chapter of 1 digit', exhibitionPayload({ hsChapters: ['8'] }), 'hsChapters'),
    create('HS chapter of 3 digits', exhibitionPayload({ hsChapters: ['848'] }), 'hsChapters'),
    create('HS chapter 00', exhibitionPayload({ hsChapters: ['00'] }), 'hsChapters'),
    create('HS chapters repeated', exhibitionPayload({ hsChapters: ['84', '84'] }), 'hsChapters'),
    create('HS chapters not a list', exhibitionPayload({ hsChapters: '84' }), 'hsChapters'),
    create('invalid ISIC', exhibitionPayload({ isic: ['28A4'] }), 'isic'),
    create('ISIC not a list', exhibitionPayload({ isic: '2814' }), 'isic'),
    create(
      'section keys repeated',
      exhibitionPayload({
        sections: [
          { key: 'machinery', title: 'ماشین' },
          { key: 'machinery', title: 'قطعات' },
        ],
      }),
      'sections',
    ),
    create('section key not a slug', section({ key: 'Machinery!' }), 'sections.0.key'),
    create('section without title', section({ title: undefined }), 'sections.0.title'),
    create('section unknown field', section({ color: 'red' }), 'sections.0.color'),
    create(
      'section translation in German',
      section({ translations: { de: { title: 'Maschinen' } } }),
      'sections.0.translations.de',
    ),
    create('sections not a list', exhibitionPayload({ sections: 'machinery' }), 'sections'),
    create(
      'translation in German',
      exhibitionPayload({ translations: { de: { title: 'Messe' } } }),
      'translations.de',
    ),
    create(
      'translated title too long',
      exhibitionPayload({ translations: { tr: { title: long(301) } } }),
      'translations.tr.title',
    ),
    create(
      'translated title a number',
      exhibitionPayload({ translations: { tr: { title: 7 } } }),
      'translations.tr.title',
    ),
    create('unknown field', exhibitionPayload({ status: 'published' }), 'status'),
    create(
      'organizationId not a UUID',
      exhibitionPayload({ organizationId: 'x' }),
      'organizationId',
    ),
    create('body too large', exhibitionPayload({ description: long(300_000) }), undefined, 413),
    create('not JSON', '{"title": ', undefined),
    [
      'patch: malformed id',
      () => organiser,
      'patch',
      () => `${E}/not-a-uuid`,
      { city: 'Qom' },
      400,
      'id',
    ],
    [
      'patch: end before the stored start',
      () => organiser,
      'patch',
      () => `${E}/${x.draft}`,
      { endsAt: iso(DAY) },
      400,
      'endsAt',
    ],
    [
      'patch: deadline after the stored end',
      () => organiser,
      'patch',
      () => `${E}/${x.draft}`,
      { submissionDeadline: iso(300 * DAY) },
      400,
      'submissionDeadline',
    ],
    [
      'patch: null city',
      () => organiser,
      'patch',
      () => `${E}/${x.draft}`,
      { city: null },
      400,
      'city',
    ],
    [
      'patch: organiser cannot change',
      () => organiser,
      'patch',
      () => `${E}/${x.draft}`,
      { organizationId: randomUUID() },
      400,
      'organizationId',
    ],
    [
      'patch: closed exhibition',
      () => organiser,
      'patch',
      () => `${E}/${x.closed}`,
      { city: 'Qom' },
      409,
    ],
    [
      'publish: already published',
      () => organiser,
      'post',
      () => `${E}/${x.published}/publish`,
      {},
      409,
    ],
    ['publish: ended', () => organiser, 'post', () => `${E}/${x.ended}/publish`, {}, 400, 'endsAt'],
    ['close: a draft', () => organiser, 'post', () => `${E}/${x.draft}/close`, {}, 409],
    ['close: closed', () => organiser, 'post', () => `${E}/${x.closed}/close`, {}, 409],
    [
      'invite: missing organizationId',
      () => organiser,
      'post',
      () => `${E}/${x.published}/invitations`,
      {},
      400,
      'organizationId',
    ],
    [
      'invite: malformed organizationId',
      () => organiser,
      'post',
      () => `${E}/${x.published}/invitations`,
      { organizationId: 'x' },
      400,
      'organizationId',
    ],
    [
      'invite: no such organisation',
      () => organiser,
      'post',
      () => `${E}/${x.published}/invitations`,
      { organizationId: randomUUID() },
      400,
      'organizationId',
    ],
    [
      'invite: a supplier',
      () => organiser,
      'post',
      () => `${E}/${x.published}/invitations`,
      'SUPPLIER_ORG',
      400,
      'organizationId',
    ],
    [
      'invite: twice',
      () => organiser,
      'post',
      () => `${E}/${x.published}/invitations`,
      'MAKER_ORG',
      409,
    ],
    [
      'invite: closed exhibition',
      () => organiser,
      'post',
      () => `${E}/${x.closed}/invitations`,
      'MAKER_ORG',
      409,
    ],
    [
      'submit: missing needId',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      {},
      400,
      'needId',
    ],
    [
      'submit: malformed needId',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      { needId: '42' },
      400,
      'needId',
    ],
    [
      'submit: no such need',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      { needId: randomUUID() },
      400,
      'needId',
    ],
    [
      'submit: unknown field',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      'FREE_NEED_WITH_STATUS',
      400,
      'status',
    ],
    [
      'submit: a draft need',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      'DRAFT_NEED',
      409,
    ],
    [
      'submit: twice',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions`,
      'OPEN_NEED',
      409,
    ],
    [
      'submit: closed exhibition',
      () => maker,
      'post',
      () => `${E}/${x.closed}/submissions`,
      'FREE_NEED',
      409,
    ],
    [
      'submit: deadline passed',
      () => maker,
      'post',
      () => `${E}/${x.late}/submissions`,
      'FREE_NEED',
      409,
    ],
    [
      'submit: malformed exhibition id',
      () => maker,
      'post',
      () => `${E}/123/submissions`,
      'FREE_NEED',
      400,
      'id',
    ],
    [
      'approve: unknown field',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/approve`,
      { featured: true },
      400,
      'featured',
    ],
    [
      'approve: reason too long',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/approve`,
      { reason: long(2001) },
      400,
      'reason',
    ],
    [
      'approve: already approved',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.approved}/approve`,
      {},
      409,
    ],
    [
      'approve: malformed sid',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/nope/approve`,
      {},
      400,
      'sid',
    ],
    [
      'approve: no such submission',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${randomUUID()}/approve`,
      {},
      404,
    ],
    [
      'approve: submission of another exhibition',
      () => organiser,
      'post',
      () => `${E}/${x.draft}/submissions/${x.pending}/approve`,
      {},
      404,
    ],
    [
      'reject: missing reason',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/reject`,
      {},
      400,
      'reason',
    ],
    [
      'reject: blank-short reason',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/reject`,
      { reason: 'no' },
      400,
      'reason',
    ],
    [
      'reject: already rejected',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.rejected}/reject`,
      { reason: 'again and again' },
      409,
    ],
    [
      'request-changes: missing reason',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/request-changes`,
      {},
      400,
      'reason',
    ],
    [
      'request-changes: reason a number',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/request-changes`,
      { reason: 12345 },
      400,
      'reason',
    ],
    [
      'request-changes: rejected one',
      () => organiser,
      'post',
      () => `${E}/${x.published}/submissions/${x.rejected}/request-changes`,
      { reason: 'please change' },
      409,
    ],
    [
      'resubmit: not asked for changes',
      () => maker,
      'post',
      () => `${E}/${x.published}/submissions/${x.pending}/resubmit`,
      {},
      409,
    ],
    [
      'place: unknown section',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { section: 'textiles' },
      400,
      'section',
    ],
    [
      'place: section not a slug',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { section: 'Ma Chinery' },
      400,
      'section',
    ],
    [
      'place: negative order',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { order: -1 },
      400,
      'order',
    ],
    [
      'place: fractional order',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { order: 1.5 },
      400,
      'order',
    ],
    [
      'place: featured as text',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { featured: 'yes' },
      400,
      'featured',
    ],
    [
      'place: unknown field',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.approved}`,
      { status: 'approved' },
      400,
      'status',
    ],
    [
      'place: a pending submission',
      () => organiser,
      'patch',
      () => `${E}/${x.published}/submissions/${x.pending}`,
      { featured: true },
      409,
    ],
    ['list: limit 0', () => maker, 'get', () => `${E}?limit=0`, undefined, 400, 'limit'],
    ['list: limit 101', () => maker, 'get', () => `${E}?limit=101`, undefined, 400, 'limit'],
    ['list: mine=yes', () => maker, 'get', () => `${E}?mine=yes`, undefined, 400, 'mine'],
    [
      'list: unknown status',
      () => maker,
      'get',
      () => `${E}?status=archived`,
      undefined,
      400,
      'status',
    ],
    [
      'list: public drafts',
      () => maker,
      'get',
      () => `${E}?status=draft`,
      undefined,
      400,
      'status',
    ],
    ['list: bad cursor', () => maker, 'get', () => `${E}?cursor=xyz`, undefined, 400, 'cursor'],
    [
      'list: unknown parameter',
      () => maker,
      'get',
      () => `${E}?sort=title`,
      undefined,
      400,
      'sort',
    ],
    ['get: malformed id', () => maker, 'get', () => `${E}/not-a-uuid`, undefined, 400, 'id'],
    [
      'submissions: unknown status',
      () => organiser,
      'get',
      () => `${E}/${x.published}/submissions?status=done`,
      undefined,
      400,
      'status',
    ],
    [
      'my submissions: malformed exhibitionId',
      () => maker,
      'get',
      () => `${E}/submissions?exhibitionId=x`,
      undefined,
      400,
      'exhibitionId',
    ],
    [
      'catalog.pdf: unknown language',
      () => maker,
      'get',
      () => `${E}/${x.published}/catalog.pdf?lang=de`,
      undefined,
      400,
      'lang',
    ],
    [
      'catalog.csv: malformed id',
      () => maker,
      'get',
      () => `${E}/x/catalog.csv`,
      undefined,
      400,
      'id',
    ],
    ['stats: malformed id', () => organiser, 'get', () => `${E}/x/stats`, undefined, 400, 'id'],
    [
      'stats: no such exhibition',
      () => organiser,
      'get',
      () => `${E}/${randomUUID()}/stats`,
      undefined,
      404,
    ],
  ];

  it('leaves the database unchanged and names the field, for every case', async () => {
    const before = await counts();
    const failures: string[] = [];
    const bodies: Record<string, unknown> = {
      SUPPLIER_ORG: { organizationId: supplier.organizationId },
      MAKER_ORG: { organizationId: maker.organizationId },
      FREE_NEED: { needId: x.freeNeed },
      FREE_NEED_WITH_STATUS: { needId: x.freeNeed, status: 'approved' },
      DRAFT_NEED: { needId: x.draftNeed },
      OPEN_NEED: { needId: x.openNeed },
    };
    for (const [name, who, method, path, body, status, field] of cases) {
      const payload = typeof body === 'string' && body in bodies ? bodies[body] : body;
      let req = request(ctx.url)[method](path()).set(bearer(who()));
      if (typeof payload === 'string') req = req.set('content-type', 'application/json');
      const res = await (payload === undefined ? req : req.send(payload as object));
      const fields: string[] = (res.body?.errors ?? []).map((e: { field: string }) => e.field);
      const problemJson = /application\/problem\+json/.test(String(res.headers['content-type']));
      if (res.status !== status || !problemJson || (field && !fields.includes(field))) {
        failures.push(`${name}: got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('accepts Persian digits in HS chapters, ISIC classes and the order', async () => {
    const res = await request(ctx.url)
      .post(E)
      .set(bearer(organiser))
      .send(exhibitionPayload({ hsChapters: ['۸۴', '٧٣'], isic: ['۲۸۱۴'] }))
      .expect(201);
    expect(res.body).toMatchObject({ hsChapters: ['84', '73'], isic: ['2814'] });
    const placed = await request(ctx.url)
      .patch(`${E}/${x.published}/submissions/${x.approved}`)
      .set(bearer(organiser))
      .send({ order: '۱۲', section: 'metals' })
      .expect(200);
    expect(placed.body).toMatchObject({ order: 12, section: 'metals' });
    const cleared = await request(ctx.url)
      .patch(`${E}/${x.published}/submissions/${x.approved}`)
      .set(bearer(organiser))
      .send({ section: null })
      .expect(200);
    expect(cleared.body.section).toBeNull();
  });
});
