import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, makeAdmin, needPayload, register } from './support/actors';
import { expectProblem } from './support/identity-helpers';

type Role = 'anonymous' | 'unrelated' | 'supplier' | 'member' | 'owner' | 'admin';
const ROLES: Role[] = ['anonymous', 'unrelated', 'supplier', 'member', 'owner', 'admin'];
const row = (...codes: number[]) =>
  Object.fromEntries(ROLES.map((r, i) => [r, codes[i]])) as Record<Role, number>;

/**
 * Who may call the search and matching endpoints, and what bad input gets. "member" and
 * "owner" belong to the manufacturer that owns the need; "supplier" owns the capability.
 * Matches are seeded straight into the table: access is what is tested here.
 */
describe('search and matching: authorization and bad input (real services)', () => {
  let ctx: ApiTestContext;
  const actors = {} as Record<Exclude<Role, 'anonymous'>, Actor>;
  const ids: Record<string, string> = {};
  const api = () => request(ctx.url);
  const as = (role: Role) => (role === 'anonymous' ? {} : bearer(actors[role]));

  beforeAll(async () => {
    ctx = await startApi();
    actors.owner = await register(ctx, ['manufacturer']);
    actors.member = await addMember(ctx, actors.owner);
    actors.supplier = await register(ctx, ['supplier']);
    actors.unrelated = await register(ctx, ['organiser']);
    actors.admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
    const need = async (publish: boolean) => {
      const id = (
        await api().post('/api/v1/needs').set(bearer(actors.owner)).send(needPayload()).expect(201)
      ).body.id as string;
      if (publish)
        await api().post(`/api/v1/needs/${id}/publish`).set(bearer(actors.owner)).expect(200);
      return id;
    };
    ids.open = await need(true);
    ids.draft = await need(false);
    ids.capability = (
      await api()
        .post('/api/v1/capabilities')
        .set(bearer(actors.supplier))
        .send({ title: 'Rulman üretimi', hsCodes: ['8482'], country: 'TR' })
        .expect(201)
    ).body.id;
    const ds = ctx.app.get(DataSource);
    for (const needId of [ids.open, ids.draft]) {
      await ds.query(
        `INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
         VALUES ($1, $2, $3, $4, 0.8, $5)`,
        [
          needId,
          ids.capability,
          actors.owner.organizationId,
          actors.supplier.organizationId,
          JSON.stringify([
            { code: 'hs_heading', params: { code: '8482' }, text: 'same HS heading 8482' },
          ]),
        ],
      );
    }
  });
  afterAll(async () => ctx?.close());

  const cases: Array<{
    name: string;
    method: 'get' | 'post';
    path: () => string;
    expect: Record<Role, number>;
  }> = [
    {
      name: 'GET /search/needs',
      method: 'get',
      path: () => '/api/v1/search/needs',
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /search/capabilities',
      method: 'get',
      path: () => '/api/v1/search/capabilities',
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /needs/:id/matches (open)',
      method: 'get',
      path: () => `/api/v1/needs/${ids.open}/matches`,
      expect: row(401, 403, 403, 200, 200, 403),
    },
    {
      name: 'GET /needs/:id/matches (draft)',
      method: 'get',
      path: () => `/api/v1/needs/${ids.draft}/matches`,
      // A never-published need exists for its owner only: admins too get 404 (issue 15).
      expect: row(401, 404, 404, 200, 200, 404),
    },
    {
      name: 'GET /needs/:id/matches (unknown)',
      method: 'get',
      path: () => '/api/v1/needs/00000000-0000-4000-8000-000000000000/matches',
      expect: row(401, 404, 404, 404, 404, 404),
    },
    {
      name: 'GET /capabilities/:id/matches',
      method: 'get',
      path: () => `/api/v1/capabilities/${ids.capability}/matches`,
      expect: row(401, 403, 200, 403, 403, 403),
    },
    {
      name: 'GET /capabilities/:id/matches (unknown)',
      method: 'get',
      path: () => '/api/v1/capabilities/00000000-0000-4000-8000-000000000000/matches',
      expect: row(401, 404, 404, 404, 404, 404),
    },
    {
      name: 'POST /admin/search/reindex',
      method: 'post',
      path: () => '/api/v1/admin/search/reindex',
      expect: row(401, 403, 403, 403, 403, 202),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answers: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await api()[c.method](c.path()).set(as(role)).send();
      answers[role] = res.status;
      if (res.status >= 400)
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body)).not.toContain('SECRET');
    }
    expect(answers).toEqual(c.expect);
  });

  it('shows the owner the stored match, and the capability’s maker only open needs', async () => {
    const forNeed = await api()
      .get(`/api/v1/needs/${ids.open}/matches`)
      .set(bearer(actors.member))
      .expect(200);
    expect(forNeed.body).toEqual({
      items: [
        {
          capability: { id: ids.capability, title: 'Rulman üretimi' },
          organization: { id: actors.supplier.organizationId, name: expect.any(String) },
          score: 0.8,
          reasons: ['same HS heading 8482'],
          reasonDetails: [{ code: 'hs_heading', params: { code: '8482' } }],
        },
      ],
      nextCursor: null,
    });
    const forCapability = await api()
      .get(`/api/v1/capabilities/${ids.capability}/matches`)
      .set(bearer(actors.supplier))
      .expect(200);
    expect(forCapability.body.items.map((i: { need: { id: string } }) => i.need.id)).toEqual([
      ids.open,
    ]);
  });

  it('pages matches by score with a cursor', async () => {
    const ds = ctx.app.get(DataSource);
    const capabilityIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = (
        await api()
          .post('/api/v1/capabilities')
          .set(bearer(actors.supplier))
          .send({ title: `Pompa ${i}`, hsCodes: ['8413'], country: 'TR' })
          .expect(201)
      ).body.id;
      capabilityIds.push(id);
      await ds.query(
        `INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
         VALUES ($1, $2, $3, $4, $5, '[]')`,
        [ids.open, id, actors.owner.organizationId, actors.supplier.organizationId, 0.5 + i / 100],
      );
    }
    const seen: Array<{ score: number }> = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await api()
        .get(`/api/v1/needs/${ids.open}/matches?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(actors.owner))
        .expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.map((m) => m.score)).toEqual([0.8, 0.53, 0.52, 0.51, 0.5]);
  });

  it('refuses bad parameters with 400 naming them', async () => {
    const bad: Array<[string, string]> = [
      ['/api/v1/needs/not-a-uuid/matches', 'id'],
      [`/api/v1/needs/${ids.open}/matches?limit=0`, 'limit'],
      [`/api/v1/needs/${ids.open}/matches?limit=500`, 'limit'],
      [`/api/v1/needs/${ids.open}/matches?cursor=nonsense`, 'cursor'],
      [`/api/v1/needs/${ids.open}/matches?sort=score`, 'sort'],
      ['/api/v1/capabilities/not-a-uuid/matches', 'id'],
      [
        `/api/v1/capabilities/${ids.capability}/matches?cursor=${Buffer.from('{"s":2,"id":"x"}').toString('base64url')}`,
        'cursor',
      ],
    ];
    for (const [path, field] of bad) {
      const who = path.includes('capabilities') ? actors.supplier : actors.owner;
      expectProblem(await api().get(path).set(bearer(who)), 400, field);
    }
  });
});
