import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import {
  Actor,
  addMember,
  bearer,
  bidPayload,
  makeAdmin,
  needPayload,
  register,
} from './support/actors';

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
): Expect => ({
  anonymous,
  unrelated,
  supplier,
  member,
  owner,
  admin,
});

/**
 * Every endpoint of the marketplace core × every kind of caller. "member" and "owner" belong
 * to the manufacturer that owns the need; "supplier" owns the capability and the bid.
 */
describe('authorization table (real services)', () => {
  let ctx: ApiTestContext;
  const actors = {} as Record<Exclude<Role, 'anonymous'>, Actor>;

  beforeAll(async () => {
    ctx = await startApi();
    actors.owner = await register(ctx, ['manufacturer']);
    actors.member = await addMember(ctx, actors.owner);
    actors.supplier = await register(ctx, ['supplier']);
    actors.unrelated = await register(ctx, ['organiser']);
    actors.admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => ctx?.close());

  const api = () => request(ctx.url);
  const as = (role: Role) => (role === 'anonymous' ? {} : bearer(actors[role]));

  async function draftNeed(overrides: Record<string, unknown> = {}) {
    return (
      await api()
        .post('/api/v1/needs')
        .set(bearer(actors.owner))
        .send(needPayload(overrides))
        .expect(201)
    ).body.id as string;
  }
  async function openNeed(overrides: Record<string, unknown> = {}) {
    const id = await draftNeed(overrides);
    await api().post(`/api/v1/needs/${id}/publish`).set(bearer(actors.owner)).expect(200);
    return id;
  }
  async function bidOn(needId: string) {
    return (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(actors.supplier))
        .send(bidPayload())
        .expect(201)
    ).body.id as string;
  }
  async function capability() {
    return (
      await api()
        .post('/api/v1/capabilities')
        .set(bearer(actors.supplier))
        .send({ title: 'Rulman üretimi', hsCodes: ['8482'], country: 'TR' })
        .expect(201)
    ).body.id as string;
  }

  /** The bid made for the latest POST /needs/:id/award cell. */
  const awardBidIds = new Map<string, string>();

  interface Case {
    name: string;
    method: 'get' | 'post' | 'patch' | 'delete';
    /** Builds fresh state for each cell and returns the path. */
    path: () => Promise<string>;
    body?: () => Record<string, unknown>;
    expect: Expect;
    /** Roles whose answer may contain the need's confidential details or a bid's contents. */
    mayRead?: Role[];
  }

  const cases: Case[] = [
    {
      name: 'POST /needs',
      method: 'post',
      path: async () => '/api/v1/needs',
      body: () => needPayload(),
      expect: row(401, 403, 403, 201, 201, 403),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /needs (public list)',
      method: 'get',
      path: async () => '/api/v1/needs',
      expect: row(200, 200, 200, 200, 200, 200),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /needs?mine=true',
      method: 'get',
      path: async () => '/api/v1/needs?mine=true',
      expect: row(401, 200, 200, 200, 200, 200),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /needs/:id (open)',
      method: 'get',
      path: async () => `/api/v1/needs/${await openNeed()}`,
      expect: row(200, 200, 200, 200, 200, 200),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /needs/:id (draft)',
      method: 'get',
      path: async () => `/api/v1/needs/${await draftNeed()}`,
      expect: row(404, 404, 404, 200, 200, 404),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'PATCH /needs/:id',
      method: 'patch',
      path: async () => `/api/v1/needs/${await openNeed()}`,
      body: () => ({ title: 'بلبرینگ ۶۲۰۵', rationale: 'مدل دقیق‌تر' }),
      expect: row(401, 403, 403, 200, 200, 403),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'POST /needs/:id/publish',
      method: 'post',
      path: async () => `/api/v1/needs/${await draftNeed()}/publish`,
      expect: row(401, 404, 404, 200, 200, 404),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'POST /needs/:id/close',
      method: 'post',
      path: async () => `/api/v1/needs/${await openNeed()}/close`,
      body: () => ({ reason: 'found locally' }),
      expect: row(401, 403, 403, 200, 200, 403),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'POST /needs/:id/cancel',
      method: 'post',
      path: async () => `/api/v1/needs/${await openNeed()}/cancel`,
      body: () => ({ reason: 'plan changed' }),
      expect: row(401, 403, 403, 200, 200, 403),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /needs/:id/detail-views',
      method: 'get',
      path: async () => `/api/v1/needs/${await openNeed()}/detail-views`,
      expect: row(401, 403, 403, 200, 200, 403),
    },
    {
      name: 'POST /needs/:id/nda',
      method: 'post',
      path: async () => `/api/v1/needs/${await openNeed()}/nda`,
      body: () => ({}),
      expect: row(401, 403, 200, 403, 403, 403),
    },
    {
      name: 'POST /needs/:id/invitations',
      method: 'post',
      path: async () => `/api/v1/needs/${await openNeed()}/invitations`,
      body: () => ({ organizationId: actors.supplier.organizationId }),
      expect: row(401, 403, 403, 201, 201, 403),
    },
    {
      name: 'POST /capabilities',
      method: 'post',
      path: async () => '/api/v1/capabilities',
      body: () => ({ title: 'Pompa', hsCodes: ['8413'], country: 'TR' }),
      expect: row(401, 403, 201, 403, 403, 403),
    },
    {
      name: 'GET /capabilities/:id',
      method: 'get',
      path: async () => `/api/v1/capabilities/${await capability()}`,
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'PATCH /capabilities/:id',
      method: 'patch',
      path: async () => `/api/v1/capabilities/${await capability()}`,
      body: () => ({ trl: 7 }),
      expect: row(401, 403, 200, 403, 403, 403),
    },
    {
      name: 'DELETE /capabilities/:id',
      method: 'delete',
      path: async () => `/api/v1/capabilities/${await capability()}`,
      expect: row(401, 403, 204, 403, 403, 403),
    },
    {
      name: 'POST /needs/:id/bids',
      method: 'post',
      path: async () => `/api/v1/needs/${await openNeed()}/bids`,
      body: () => bidPayload(),
      expect: row(401, 403, 201, 403, 403, 403),
      mayRead: ['supplier'],
    },
    {
      name: 'GET /needs/:id/bids (sealed)',
      method: 'get',
      path: async () => {
        const n = await openNeed();
        await bidOn(n);
        return `/api/v1/needs/${n}/bids`;
      },
      expect: row(401, 403, 403, 200, 200, 403),
    },
    {
      name: 'GET /bids/:id (sealed)',
      method: 'get',
      path: async () => `/api/v1/bids/${await bidOn(await openNeed())}`,
      expect: row(401, 404, 200, 404, 404, 404),
      mayRead: ['supplier'],
    },
    {
      name: 'GET /bids (mine)',
      method: 'get',
      path: async () => {
        await bidOn(await openNeed());
        return '/api/v1/bids';
      },
      expect: row(401, 200, 200, 200, 200, 200),
      mayRead: ['supplier'],
    },
    {
      name: 'PATCH /bids/:id',
      method: 'patch',
      path: async () => `/api/v1/bids/${await bidOn(await openNeed())}`,
      body: () => ({ leadTimeDays: 60 }),
      expect: row(401, 404, 200, 404, 404, 404),
      mayRead: ['supplier'],
    },
    {
      name: 'POST /bids/:id/withdraw',
      method: 'post',
      path: async () => `/api/v1/bids/${await bidOn(await openNeed())}/withdraw`,
      expect: row(401, 404, 200, 404, 404, 404),
      mayRead: ['supplier'],
    },
    ...(['shortlist', 'reject', 'award'] as const).map((action): Case => ({
      name: `POST /bids/:id/${action}`,
      method: 'post',
      path: async () =>
        `/api/v1/bids/${await bidOn(await openNeed({ bidsVisibleBeforeDeadline: true }))}/${action}`,
      body: () => ({}),
      expect: row(401, 403, 403, 200, 200, 403),
      mayRead: ['member', 'owner'],
    })),
    {
      name: 'POST /needs/:id/award',
      method: 'post',
      path: async () => {
        const n = await openNeed({ bidsVisibleBeforeDeadline: true });
        awardBidIds.set(n, await bidOn(n));
        return `/api/v1/needs/${n}/award`;
      },
      body: () => ({ bidId: [...awardBidIds.values()].pop() }),
      expect: row(401, 403, 403, 200, 200, 403),
      mayRead: ['member', 'owner'],
    },
    {
      name: 'GET /organizations/:id',
      method: 'get',
      path: async () => `/api/v1/organizations/${actors.owner.organizationId}`,
      expect: row(200, 200, 200, 200, 200, 200),
    },
    {
      name: 'PATCH /organizations/:id',
      method: 'patch',
      path: async () => `/api/v1/organizations/${actors.owner.organizationId}`,
      body: () => ({ city: 'Qom' }),
      expect: row(401, 403, 403, 403, 200, 200),
    },
    {
      name: 'POST /admin/organizations/:id/verify',
      method: 'post',
      path: async () => `/api/v1/admin/organizations/${actors.supplier.organizationId}/verify`,
      expect: row(401, 403, 403, 403, 403, 200),
    },
    {
      name: 'PATCH /me',
      method: 'patch',
      path: async () => '/api/v1/me',
      body: () => ({ language: 'fa' }),
      expect: row(401, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /me',
      method: 'get',
      path: async () => '/api/v1/me',
      expect: row(401, 200, 200, 200, 200, 200),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answers: Record<string, number> = {};
    for (const role of ROLES) {
      const path = await c.path();
      const res = await api()[c.method](path).set(as(role)).send(c.body?.());
      answers[role] = res.status;
      if (res.status >= 400)
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const text = JSON.stringify(res.body);
      if (!(c.mayRead ?? []).includes(role)) {
        expect({
          role,
          leaked:
            /SECRET|Rulman üretimi, 52100|11\.80/.test(text) &&
            !c.name.startsWith('POST /capabilities') &&
            !c.name.includes('capabilities/:id'),
        }).toEqual({ role, leaked: false });
      }
    }
    expect(answers).toEqual(c.expect);
  });
});
