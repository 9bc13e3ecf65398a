import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MeiliSearchRequestError } from 'meilisearch';
import request from 'supertest';
import { MeiliService } from '@niaz/search';
import { waitFor } from '@niaz/testing';
import { SearchController } from '../libs/search/src/search.controller';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';
import { spyOnRoute, startApiThroughNest } from './support/outside-nest';

/**
 * GET /search/needs and /search/capabilities are answered by plain Fastify handlers
 * (`answerSearchOutsideNest`, issue 22). The same requests sent to an api that answers them
 * through Nest's controller, guard and pipe, as before, must get the same status, headers
 * and body: valid and invalid queries, fa/tr/en text, filters, facets, cursors, tokens, and
 * Meilisearch unreachable.
 */
describe('search answered outside Nest = search through Nest (real api, worker, Meilisearch)', () => {
  let ctx: ApiTestContext;
  let nest: NestFastifyApplication;
  let nestUrl: string;
  let maker: Actor;
  let supplier: Actor;

  // Installed before the apps read the controller's methods (with the route metadata Nest
  // reads from the method): counts the searches that Nest answers.
  const throughNest = spyOnRoute(SearchController, 'capabilities');

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    ({ app: nest, url: nestUrl } = await startApiThroughNest({ searchThroughNest: true }));

    maker = await register(ctx, ['manufacturer'], { province: 'Tabriz' });
    supplier = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    const needs = [
      { title: 'بلبرينگ ۶۲۰۴ براي نوار نقاله', description: 'سالانه ۵۰۰۰ عدد بلبرينگ <b>&</b>' },
      {
        title: 'Santrifüj pompa gövdesi',
        description: 'Pompa gövdesi döküm, yılda 800 adet',
        language: 'tr',
        hsCodes: ['841370'],
        country: 'TR',
        province: 'Konya',
        requiredCertifications: ['ISO 9001', 'CE'],
      },
      {
        title: 'Valve seat "DN50" \\ special',
        description: 'Stainless ball valve seats for water pumps',
        language: 'en',
        hsCodes: ['848180'],
      },
    ];
    for (const overrides of needs) {
      const res = await request(ctx.url)
        .post('/api/v1/needs')
        .set(bearer(maker))
        .send(needPayload(overrides))
        .expect(201);
      await request(ctx.url)
        .post(`/api/v1/needs/${res.body.id}/publish`)
        .set(bearer(maker))
        .expect(200);
    }
    for (const [title, description] of [
      ['Rulman Üretimi', 'Bilyalı rulmanlar, 6200 serisi'],
      ['تولید بلبرینگ صنعتی', 'بلبرینگ های شیار عمیق برای پمپ'],
      ['Pump casting', 'Grey iron pump bodies, CNC machined'],
    ])
      await request(ctx.url)
        .post('/api/v1/capabilities')
        .set(bearer(supplier))
        .send({
          title,
          description,
          hsCodes: ['8482'],
          certifications: ['ISO 9001:2015'],
          country: 'TR',
          province: 'Erzurum',
          processes: ['CNC tornalama'],
        })
        .expect(201);
    await waitFor(
      async () => {
        const [n, c] = await Promise.all([
          request(ctx.url).get('/api/v1/search/needs'),
          request(ctx.url).get('/api/v1/search/capabilities'),
        ]);
        return n.body.total === 3 && c.body.total === 3;
      },
      { what: 'three needs and three capabilities to be searchable', timeoutMs: 30_000 },
    );
  });
  afterAll(async () => {
    await nest?.close();
    await ctx?.close();
  });

  type Sent = { path: string; headers?: Record<string, string> };
  async function both({ path, headers = {} }: Sent) {
    // The same request id on both sides, so that every header can be compared.
    const send = (url: string) =>
      request(url)
        .get(path)
        .set({ 'x-request-id': 'compare-1', ...headers });
    const [fast, slow] = await Promise.all([send(ctx.url), send(nestUrl)]);
    const view = (res: request.Response) => {
      const { date: _date, ...rest } = res.headers;
      return { status: res.status, headers: rest, body: res.body as unknown };
    };
    return { fast: view(fast), nest: view(slow) };
  }
  async function expectSame(sent: Sent) {
    const { fast, nest } = await both(sent);
    expect({ ...sent, ...fast }).toEqual({ ...sent, ...nest });
    return fast;
  }

  const needs = (query: string): Sent => ({ path: `/api/v1/search/needs?${query}` });
  const capabilities = (query: string): Sent => ({
    path: `/api/v1/search/capabilities?${query}`,
  });
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('answers outside Nest, and the other api through Nest', async () => {
    throughNest.mockClear();
    await request(ctx.url).get('/api/v1/search/capabilities').expect(200);
    expect(throughNest).not.toHaveBeenCalled();
    await request(nestUrl).get('/api/v1/search/capabilities').expect(200);
    expect(throughNest).toHaveBeenCalledTimes(1);
  });

  it('answers valid searches alike: fa/tr/en text, filters, facets, highlights, places', async () => {
    const queries = [
      '',
      q('بلبرینگ 6204'),
      q('بلبرينگ ۶۲۰۴'),
      q('pompa gövdesi'),
      q('valve seat'),
      q('Tabriz'),
      `${q('rulman')}&country=TR&hs=84`,
      'hs=8413&hs=8482&certification=ISO%209001',
      'status=open&status=closed&limit=2',
      `province=${encodeURIComponent('Q"om')}`,
      `${q('pump')}&limit=1`,
    ];
    for (const query of queries) {
      const res = await expectSame(needs(query));
      expect(res.status).toBe(200);
      await expectSame(capabilities(query.replace(/&?status=\w+/g, '')));
    }
    const hit = await expectSame(needs(q('بلبرینگ')));
    expect((hit.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('pages with the same cursors', async () => {
    const first = await expectSame(needs('limit=1'));
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await expectSame(needs(`limit=1&cursor=${cursor}`));
    expect(second.status).toBe(200);
    await expectSame(capabilities(`limit=2&cursor=${cursor}`));
  });

  it('refuses bad input with the same problem+json, in the caller’s language', async () => {
    const bad = [
      'limit=0',
      'limit=abc',
      'limit=1&limit=2',
      'hs=abc',
      'country=XX',
      'status=draft',
      'status=nope',
      'unknown=1',
      'cursor=garbled',
      q('x'.repeat(201)),
      `${q('bad\u0007text')}`,
      'exhibitionId=not-a-uuid',
      Array.from({ length: 21 }, () => 'hs=84').join('&'),
    ];
    for (const query of bad) {
      for (const headers of [{}, { 'accept-language': 'fa' }] as Array<Record<string, string>>) {
        const res = await expectSame({ ...needs(query), headers });
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        await expectSame({ ...capabilities(query), headers });
      }
    }
  });

  it('treats tokens alike: a valid one is accepted, an invalid one is a 401', async () => {
    for (const authorization of [`Bearer ${maker.token}`, 'Bearer not-a-token', 'Basic abc']) {
      const res = await expectSame({ ...needs(q('pump')), headers: { authorization } });
      expect(res.status).toBe(authorization.includes(maker.token) ? 200 : 401);
    }
  });

  it('sends the same CORS and security headers', async () => {
    for (const origin of ['http://localhost:5173', 'https://evil.example']) {
      await expectSame({ ...capabilities(q('rulman')), headers: { origin } });
    }
  });

  it('answers alike when Meilisearch cannot be reached', async () => {
    const meilis = [ctx.app, nest].map((app) => app.get(MeiliService));
    const originals = meilis.map((m) => m.search.bind(m));
    try {
      for (const m of meilis)
        m.search = () =>
          Promise.reject(
            new MeiliSearchRequestError('http://127.0.0.1:1/', new Error('connect ECONNREFUSED')),
          );
      // 503 either way: the client may retry, as when PostgreSQL is down.
      const res = await expectSame(capabilities(q('rulman')));
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      meilis.forEach((m, i) => (m.search = originals[i]));
    }
  });
});
