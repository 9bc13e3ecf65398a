import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, makeAdmin, register } from './support/actors';
import {
  createExhibition,
  decide,
  exhibitionPayload,
  invite,
  openNeed,
  publishExhibition,
  submit,
} from './support/exhibitions';

type Role = 'anonymous' | 'unrelated' | 'needOwner' | 'rival' | 'member' | 'organiser' | 'admin';
const ROLES: Role[] = [
  'anonymous',
  'unrelated',
  'needOwner',
  'rival',
  'member',
  'organiser',
  'admin',
];
type Expect = Record<Role, number>;
const row = (...codes: [number, number, number, number, number, number, number]): Expect =>
  Object.fromEntries(ROLES.map((r, i) => [r, codes[i]])) as Expect;

/**
 * Every exhibition endpoint × every kind of caller. "organiser" owns the organiser
 * organisation and "member" belongs to it; "needOwner" is an invited manufacturer that owns
 * the submitted need; "rival" is another manufacturer, not invited; "unrelated" a supplier;
 * "admin" a platform admin whose organisation is a supplier.
 */
describe('exhibitions authorization table (real services)', () => {
  let ctx: ApiTestContext;
  const actors = {} as Record<Exclude<Role, 'anonymous'>, Actor>;

  beforeAll(async () => {
    ctx = await startApi({ worker: true }); // the worker typesets catalog PDFs
    actors.organiser = await register(ctx, ['organiser']);
    actors.member = await addMember(ctx, actors.organiser);
    actors.needOwner = await register(ctx, ['manufacturer']);
    actors.rival = await register(ctx, ['manufacturer']);
    actors.unrelated = await register(ctx, ['supplier']);
    actors.admin = await makeAdmin(ctx, await register(ctx, ['supplier']));
  });
  afterAll(async () => ctx?.close());

  const api = () => request(ctx.url);
  const as = (role: Role) => (role === 'anonymous' ? {} : bearer(actors[role]));
  const E = '/api/v1/exhibitions';

  /** A draft exhibition to which the need owner's organisation is invited. */
  async function draft() {
    const id = await createExhibition(ctx, actors.organiser);
    await invite(ctx, actors.organiser, id, actors.needOwner);
    return id;
  }
  async function published() {
    const id = await draft();
    await publishExhibition(ctx, actors.organiser, id);
    return id;
  }
  const ownersNeed = () => openNeed(ctx, actors.needOwner, { title: 'AUTHZ-NEED بلبرینگ' });
  async function submission(
    state: 'draft' | 'published',
    then?: 'approve' | 'request-changes',
  ): Promise<{ e: string; s: string }> {
    const e = state === 'draft' ? await draft() : await published();
    const s = await submit(ctx, actors.needOwner, e, await ownersNeed());
    if (then) await decide(ctx, actors.organiser, e, s, then, 'لطفا اصلاح کنید');
    return { e, s };
  }

  interface Case {
    name: string;
    method: 'get' | 'post' | 'patch';
    /** Builds fresh state for each cell; returns the path and the body. */
    setup: () => Promise<{ path: string; body?: Record<string, unknown> }>;
    expect: Expect;
    /** Roles whose successful answer may name the submitted need. */
    mayRead?: Role[];
  }
  const all: Role[] = [...ROLES];

  const cases: Case[] = [
    {
      name: 'POST /exhibitions',
      method: 'post',
      setup: async () => ({ path: E, body: exhibitionPayload() }),
      expect: row(401, 403, 403, 403, 201, 201, 403),
    },
    {
      name: 'GET /exhibitions',
      method: 'get',
      setup: async () => {
        await published();
        return { path: E };
      },
      expect: row(200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /exhibitions?mine=true',
      method: 'get',
      setup: async () => ({ path: `${E}?mine=true` }),
      expect: row(401, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /exhibitions?invited=true',
      method: 'get',
      setup: async () => ({ path: `${E}?invited=true` }),
      expect: row(401, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'GET /exhibitions/:id (draft)',
      method: 'get',
      setup: async () => ({ path: `${E}/${await draft()}` }),
      expect: row(404, 404, 200, 404, 200, 200, 200),
    },
    {
      name: 'GET /exhibitions/:id (published)',
      method: 'get',
      setup: async () => ({ path: `${E}/${await published()}` }),
      expect: row(200, 200, 200, 200, 200, 200, 200),
    },
    {
      name: 'PATCH /exhibitions/:id (draft)',
      method: 'patch',
      setup: async () => ({ path: `${E}/${await draft()}`, body: { city: 'Qom city' } }),
      expect: row(401, 404, 403, 404, 200, 200, 403),
    },
    {
      name: 'PATCH /exhibitions/:id (published)',
      method: 'patch',
      setup: async () => ({ path: `${E}/${await published()}`, body: { city: 'Qom city' } }),
      expect: row(401, 403, 403, 403, 200, 200, 403),
    },
    {
      name: 'POST /exhibitions/:id/publish',
      method: 'post',
      setup: async () => ({ path: `${E}/${await draft()}/publish` }),
      expect: row(401, 404, 403, 404, 200, 200, 403),
    },
    {
      name: 'POST /exhibitions/:id/close',
      method: 'post',
      setup: async () => ({ path: `${E}/${await published()}/close` }),
      expect: row(401, 403, 403, 403, 200, 200, 403),
    },
    {
      name: 'POST /exhibitions/:id/invitations (draft)',
      method: 'post',
      setup: async () => ({
        path: `${E}/${await draft()}/invitations`,
        body: { organizationId: actors.rival.organizationId },
      }),
      expect: row(401, 404, 403, 404, 201, 201, 403),
    },
    {
      name: 'GET /exhibitions/:id/invitations',
      method: 'get',
      setup: async () => ({ path: `${E}/${await published()}/invitations` }),
      expect: row(401, 403, 403, 403, 200, 200, 403),
    },
    {
      name: 'POST /exhibitions/:id/submissions (published)',
      method: 'post',
      setup: async () => ({
        path: `${E}/${await published()}/submissions`,
        body: { needId: await ownersNeed() },
      }),
      expect: row(401, 403, 201, 403, 403, 403, 403),
      mayRead: ['needOwner'],
    },
    {
      name: 'POST /exhibitions/:id/submissions (draft, invited)',
      method: 'post',
      setup: async () => ({
        path: `${E}/${await draft()}/submissions`,
        body: { needId: await ownersNeed() },
      }),
      expect: row(401, 404, 201, 404, 403, 403, 403),
      mayRead: ['needOwner'],
    },
    {
      name: 'GET /exhibitions/:id/submissions',
      method: 'get',
      setup: async () => ({ path: `${E}/${(await submission('published')).e}/submissions` }),
      expect: row(401, 200, 200, 200, 200, 200, 200),
      mayRead: ['needOwner', 'member', 'organiser', 'admin'],
    },
    {
      name: 'GET /exhibitions/submissions (mine)',
      method: 'get',
      setup: async () => {
        await submission('published');
        return { path: `${E}/submissions` };
      },
      expect: row(401, 200, 200, 200, 200, 200, 200),
      mayRead: ['needOwner'],
    },
    ...(['approve', 'reject', 'request-changes'] as const).map((action): Case => ({
      name: `POST /exhibitions/:id/submissions/:sid/${action}`,
      method: 'post',
      setup: async () => {
        const { e, s } = await submission('published');
        return { path: `${E}/${e}/submissions/${s}/${action}`, body: { reason: 'دلیل روشن' } };
      },
      expect: row(401, 403, 403, 403, 200, 200, 403),
    })),
    {
      name: 'POST /exhibitions/:id/submissions/:sid/approve (draft)',
      method: 'post',
      setup: async () => {
        const { e, s } = await submission('draft');
        return { path: `${E}/${e}/submissions/${s}/approve`, body: {} };
      },
      expect: row(401, 404, 403, 404, 200, 200, 403),
    },
    {
      name: 'POST /exhibitions/:id/submissions/:sid/resubmit',
      method: 'post',
      setup: async () => {
        const { e, s } = await submission('published', 'request-changes');
        return { path: `${E}/${e}/submissions/${s}/resubmit` };
      },
      expect: row(401, 404, 200, 404, 403, 403, 403),
    },
    {
      name: 'PATCH /exhibitions/:id/submissions/:sid',
      method: 'patch',
      setup: async () => {
        const { e, s } = await submission('published', 'approve');
        return {
          path: `${E}/${e}/submissions/${s}`,
          body: { section: 'machinery', featured: true },
        };
      },
      expect: row(401, 403, 403, 403, 200, 200, 403),
    },
    ...(['catalog', 'catalog.csv', 'catalog.pdf'] as const).flatMap((file): Case[] => [
      {
        name: `GET /exhibitions/:id/${file} (published)`,
        method: 'get',
        setup: async () => ({
          path: `${E}/${(await submission('published', 'approve')).e}/${file}`,
        }),
        expect: row(200, 200, 200, 200, 200, 200, 200),
        mayRead: all,
      },
      {
        name: `GET /exhibitions/:id/${file} (draft)`,
        method: 'get',
        setup: async () => ({ path: `${E}/${(await submission('draft', 'approve')).e}/${file}` }),
        expect: row(404, 404, 200, 404, 200, 200, 200),
        mayRead: all,
      },
    ]),
    {
      name: 'GET /exhibitions/:id/stats (published)',
      method: 'get',
      setup: async () => ({ path: `${E}/${(await submission('published', 'approve')).e}/stats` }),
      expect: row(401, 403, 403, 403, 200, 200, 403),
    },
    {
      name: 'GET /exhibitions/:id/stats (draft)',
      method: 'get',
      setup: async () => ({ path: `${E}/${await draft()}/stats` }),
      expect: row(401, 404, 403, 404, 200, 200, 403),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answers: Record<string, number> = {};
    for (const role of ROLES) {
      const { path, body } = await c.setup();
      let req = api()[c.method](path).set(as(role));
      if (c.method === 'get') req = req.buffer(true);
      const res = await (body ? req.send(body) : req);
      answers[role] = res.status;
      if (res.status >= 400)
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const text = res.text ?? JSON.stringify(res.body);
      // Confidential details never leave; the need is named only to those who may see it.
      expect({ role, secret: /SECRET/.test(text) }).toEqual({ role, secret: false });
      if (!(c.mayRead ?? []).includes(role) && !/\.pdf$/.test(path))
        expect({ role, named: /AUTHZ-NEED/.test(text) }).toEqual({ role, named: false });
    }
    expect(answers).toEqual(c.expect);
  });
});
