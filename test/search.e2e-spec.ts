import request from 'supertest';
import { DataSource } from 'typeorm';
import { SearchDocumentLoader } from '@niaz/search';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';
import { expectProblem } from './support/identity-helpers';

/**
 * The public search through the real api and worker: outbox → queue `search` → index →
 * GET /search/*. Filters, facets, highlights, escaping, and what must never come back.
 */
describe('search (real api, worker, Meilisearch)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  let otherMaker: Actor;
  let supplier: Actor;
  const ids: Record<string, string> = {};
  const api = () => request(ctx.url);

  const searchNeeds = (query: string) => api().get(`/api/v1/search/needs?${query}`);
  const searchCapabilities = (query: string) => api().get(`/api/v1/search/capabilities?${query}`);
  const needIds = async (query: string) => {
    const res = await searchNeeds(query).expect(200);
    return (res.body.items as Array<{ id: string }>).map((i) => i.id).sort();
  };

  async function postNeed(owner: Actor, overrides: Record<string, unknown>, publish = true) {
    const res = await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload(overrides));
    expect(res.status).toBe(201);
    if (publish)
      await api().post(`/api/v1/needs/${res.body.id}/publish`).set(bearer(owner)).expect(200);
    return res.body.id as string;
  }

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    maker = await register(ctx, ['manufacturer']);
    otherMaker = await register(ctx, ['manufacturer'], { province: 'Tabriz' });
    supplier = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });

    ids.bearing = await postNeed(maker, {
      title: 'بلبرينگ ۶۲۰۴ براي نوار نقاله',
      description: 'سالانه ۵۰۰۰ عدد بلبرينگ از آلمان وارد ميکنيم',
      hsCodes: ['848210'],
      details: 'SECRET-BEARING tolerance 0.002 mm',
    });
    ids.pump = await postNeed(otherMaker, {
      title: 'Santrifüj pompa gövdesi',
      description: 'Pompa gövdesi döküm, yılda 800 adet',
      language: 'tr',
      hsCodes: ['841370'],
      isic: '2813',
      country: 'TR',
      province: 'Konya',
      requiredCertifications: ['ISO 9001', 'CE'],
      details: 'SECRET-PUMP drawings',
    });
    ids.quoted = await postNeed(maker, {
      title: 'Valve seat "DN50" \\ special',
      description: 'Stainless ball valve seats',
      language: 'en',
      hsCodes: ['848180'],
      province: 'Q"om',
    });
    ids.draft = await postNeed(
      maker,
      { title: 'بلبرینگ محرمانه پیش نویس', details: 'SECRET-DRAFT' },
      false,
    );
    const cap = await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send({
        title: 'Rulman Üretimi',
        description: 'Bilyalı rulmanlar, 6200 serisi',
        hsCodes: ['8482'],
        certifications: ['ISO 9001:2015'],
        country: 'TR',
        province: 'Erzurum',
        processes: ['CNC tornalama'],
      })
      .expect(201);
    ids.capability = cap.body.id;

    await waitFor(async () => (await needIds('')).length === 3 && ids, {
      what: 'three open needs to be searchable',
      timeoutMs: 20_000,
    });
    await waitFor(
      async () => (await searchCapabilities('q=rulman').expect(200)).body.items.length === 1,
      { what: 'the capability to be searchable' },
    );
  });
  afterAll(async () => ctx?.close());

  it('finds Persian text written with Arabic letters and Persian digits, and highlights it', async () => {
    for (const q of ['بلبرینگ 6204', 'بلبرينگ ۶۲۰۴', 'ياتاقان', 'rulman', 'bearing']) {
      const res = await searchNeeds(`q=${encodeURIComponent(q)}`).expect(200);
      expect({ q, ids: res.body.items.map((i: { id: string }) => i.id) }).toEqual({
        q,
        ids: [ids.bearing],
      });
    }
    const res = await searchNeeds(`q=${encodeURIComponent('بلبرینگ')}`).expect(200);
    const item = res.body.items[0];
    expect(item.title).toBe('بلبرينگ ۶۲۰۴ براي نوار نقاله');
    expect(item.highlights.title).toContain('<mark>');
    expect(item.highlights.title).toMatch(/<mark>بلبرينگ<\/mark>/);
    expect(item.organization).toEqual(
      expect.objectContaining({ id: maker.organizationId, verified: false }),
    );
    expect(res.body.total).toBe(1);
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by HS prefix (OR within a field, AND across fields) and counts facets', async () => {
    expect(await needIds('hs=8482')).toEqual([ids.bearing]);
    expect(await needIds('hs=84')).toEqual([ids.bearing, ids.pump, ids.quoted].sort());
    expect(await needIds('hs=8482&hs=8413')).toEqual([ids.bearing, ids.pump].sort());
    expect(await needIds('hs=8482&hs=8413&country=TR')).toEqual([ids.pump]);
    expect(await needIds('hs=۸۴۱۳')).toEqual([ids.pump]);
    expect(await needIds('isic=2813')).toEqual([ids.pump]);
    expect(await needIds('certification=iso9001&certification=CE&province=Konya')).toEqual([
      ids.pump,
    ]);
    const res = await searchNeeds('hs=84').expect(200);
    expect(res.body.facets).toEqual({
      hsChapter: { '84': 3 },
      province: { Qom: 1, Konya: 1, 'Q"om': 1 },
      country: { IR: 2, TR: 1 },
      certification: { 'ISO 9001': 3, CE: 1 },
      exhibitionId: {},
    });
    const caps = await searchCapabilities('certification=ISO%209001&hs=8482').expect(200);
    expect(caps.body.items.map((i: { id: string }) => i.id)).toEqual([ids.capability]);
    expect(caps.body.facets.hsChapter).toEqual({ '84': 1 });
    expect(caps.body.items[0].highlights.title).toBe('Rulman Üretimi');
  });

  it('finds what is located in a place named in any script, and offers its province filter', async () => {
    for (const q of ['Konya', 'قونیه']) {
      const res = await searchNeeds(`q=${encodeURIComponent(q)}`).expect(200);
      expect((res.body.items as Array<{ id: string }>).map((i) => i.id)).toContain(ids.pump);
      expect(res.body.provinceFilters).toEqual(['Konya']);
    }
    const none = await searchNeeds('q=rulman').expect(200);
    expect(none.body.provinceFilters).toEqual([]);
  });

  it('pages with an opaque cursor', async () => {
    const first = await searchNeeds('limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBe(3);
    const second = await searchNeeds(`limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id);
    expect(all.sort()).toEqual([ids.bearing, ids.pump, ids.quoted].sort());
  });

  it('escapes quotes and backslashes: values match literally and never add a clause', async () => {
    expect(await needIds(`province=${encodeURIComponent('Q"om')}`)).toEqual([ids.quoted]);
    for (const hostile of [
      '" OR status = "draft',
      'Qom" OR status = "draft',
      '\\" OR status = \\"draft',
      'Qom\\',
      '"',
      '\\',
      ') OR (status = "draft"',
    ]) {
      for (const field of ['province', 'certification']) {
        const res = await searchNeeds(`${field}=${encodeURIComponent(hostile)}`);
        expect({ hostile, field, status: res.status, items: res.body.items }).toEqual({
          hostile,
          field,
          status: 200,
          items: [],
        });
      }
      const q = await searchNeeds(`q=${encodeURIComponent(hostile)}&status=open`).expect(200);
      expect(JSON.stringify(q.body)).not.toMatch(/SECRET|محرمانه/);
    }
  });

  it('never returns drafts or confidential details, whatever is asked', async () => {
    const probes = [
      '',
      `q=${encodeURIComponent('محرمانه')}`,
      'q=SECRET',
      'q=tolerance',
      'status=open&status=closed&status=cancelled&status=evaluating&status=awarded&status=expired',
      'hs=84&limit=100',
    ];
    for (const probe of probes) {
      const res = await searchNeeds(probe).expect(200);
      const text = JSON.stringify(res.body);
      expect({ probe, leaked: /SECRET|محرمانه|details/.test(text) }).toEqual({
        probe,
        leaked: false,
      });
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(ids.draft);
    }
    const withToken = await searchNeeds('q=SECRET').set(bearer(maker)).expect(200);
    expect(withToken.body.items).toEqual([]);
  });

  it('keeps a draft cancelled before publication out of the read model', async () => {
    const id = await postNeed(
      maker,
      { title: 'پیش نویس لغو شده', details: 'SECRET-CANCELLED' },
      false,
    );
    await api()
      .post(`/api/v1/needs/${id}/cancel`)
      .set(bearer(maker))
      .send({ reason: 'changed plans' })
      .expect(200);
    const loader = ctx.worker!.get(SearchDocumentLoader);
    expect(await loader.need(id)).toBeUndefined();
    expect(await loader.need(ids.bearing)).toEqual(expect.objectContaining({ id: ids.bearing }));
    expect(await loader.publicIds('needs', [id, ids.bearing])).toEqual(new Set([ids.bearing]));
  });

  it('refuses bad parameters with 400 naming them', async () => {
    const cases: Array<[string, string, string]> = [
      ['needs', 'status=draft', 'status'],
      ['needs', 'status=open&status=draft', 'status'],
      ['needs', 'status=deleted', 'status'],
      ['needs', 'hs=8', 'hs'],
      ['needs', 'hs=84a2', 'hs'],
      ['needs', 'isic=99999', 'isic'],
      ['needs', 'country=Iran', 'country'],
      ['needs', 'exhibitionId=nope', 'exhibitionId'],
      ['needs', 'limit=0', 'limit'],
      ['needs', 'limit=101', 'limit'],
      ['needs', 'cursor=garbage', 'cursor'],
      ['needs', `q=${'x'.repeat(201)}`, 'q'],
      ['needs', `province=${'x'.repeat(101)}`, 'province'],
      ['needs', 'sort=title', 'sort'],
      ['capabilities', 'status=open', 'status'],
      ['capabilities', 'exhibitionId=00000000-0000-4000-8000-000000000000', 'exhibitionId'],
      ['capabilities', 'hs=1', 'hs'],
    ];
    for (const [index, query, field] of cases) {
      const res = await api().get(`/api/v1/search/${index}?${query}`);
      expectProblem(res, 400, field);
    }
  });

  it('closing a need takes it out of the default search; deleting or un-publishing removes it', async () => {
    await api()
      .post(`/api/v1/needs/${ids.pump}/close`)
      .set(bearer(otherMaker))
      .send({ reason: 'found a local maker' })
      .expect(200);
    await waitFor(async () => !(await needIds('')).includes(ids.pump), {
      what: 'the closed need to leave the open search',
    });
    expect(await needIds('status=closed')).toEqual([ids.pump]);

    // A need back to draft (no API does this, the indexer must still cope) leaves the index.
    const ds = ctx.app.get(DataSource);
    await ds.transaction(async (m) => {
      await m.query(`UPDATE need SET status = 'draft' WHERE id = $1`, [ids.quoted]);
      await m.query(`INSERT INTO outbox_event (type, payload) VALUES ('need.updated', $1)`, [
        JSON.stringify({ needId: ids.quoted, actorId: null }),
      ]);
    });
    await waitFor(
      async () =>
        !(
          await needIds(
            'status=open&status=closed&status=cancelled&status=evaluating&status=awarded&status=expired',
          )
        ).includes(ids.quoted),
      { what: 'the un-published need to leave the index' },
    );

    await api().delete(`/api/v1/capabilities/${ids.capability}`).set(bearer(supplier)).expect(204);
    await waitFor(
      async () => (await searchCapabilities('q=rulman').expect(200)).body.items.length === 0,
      { what: 'the deleted capability to leave the index' },
    );
  });

  it('shows an organisation’s new name and verified flag on its needs', async () => {
    const admin = await register(ctx, ['organiser']);
    await ds().query(`UPDATE app_user SET "isAdmin" = true WHERE id = $1`, [admin.userId]);
    await api()
      .post(`/api/v1/admin/organizations/${maker.organizationId}/verify`)
      .set(bearer(admin))
      .expect(200);
    await waitFor(
      async () => {
        const res = await searchNeeds(`q=${encodeURIComponent('بلبرینگ')}`).expect(200);
        return res.body.items[0]?.organization.verified === true;
      },
      { what: 'the verified flag to reach the need document' },
    );
  });

  const ds = () => ctx.app.get(DataSource);
});
