import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';

describe('api foundation (real PostgreSQL, Redis, Meilisearch)', () => {
  let ctx: ApiTestContext;

  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  it('answers liveness', async () => {
    const res = await request(ctx.url).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('reports all three dependencies up on /health/ready', async () => {
    const res = await request(ctx.url).get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(Object.keys(res.body.info).sort()).toEqual(['meilisearch', 'postgres', 'redis']);
    for (const dep of Object.values(res.body.info) as Array<{ status: string }>)
      expect(dep.status).toBe('up');
  });

  it('serves a valid OpenAPI 3 document and the docs page', async () => {
    const res = await request(ctx.url).get('/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(res.body))).resolves.toBeDefined();
    const docs = await request(ctx.url).get('/docs').redirects(1);
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('exposes Prometheus metrics with HTTP durations by route and queue depths', async () => {
    await request(ctx.url).get('/health').expect(200);
    const res = await request(ctx.url).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/health"/);
    expect(res.text).toMatch(/niaz_queue_jobs\{queue="search",state="waiting"\}/);
  });

  it('answers unknown routes with problem+json', async () => {
    const res = await request(ctx.url).get('/api/v1/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, title: 'Not found' });
    expect(res.body.type).toMatch(/^https:\/\//);
  });

  it('writes problems in the language Accept-Language asks for, with field codes', async () => {
    const bad = { email: 'not-an-email', password: 'x' };
    const en = await request(ctx.url).post('/api/v1/auth/login').send(bad).expect(400);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body.title).toBe('Invalid request');
    expect(en.body.errors).toContainEqual(
      expect.objectContaining({ field: 'email', code: 'isEmail' }),
    );
    const fa = await request(ctx.url)
      .post('/api/v1/auth/login')
      .set('accept-language', 'fa-IR,fa;q=0.9,en;q=0.5')
      .send(bad)
      .expect(400);
    expect(fa.headers['content-language']).toBe('fa');
    expect(fa.body.title).toBe('درخواست نادرست');
    expect(fa.body.errors).toContainEqual({
      field: 'email',
      code: 'isEmail',
      message: '«email» باید یک نشانی ایمیل باشد.',
    });
    const tr = await request(ctx.url).get('/api/v1/me').set('accept-language', 'tr').expect(401);
    expect(tr.body).toMatchObject({ status: 401, title: 'Kimlik doğrulanmadı' });
    expect(tr.body.detail).toBe('Bunu yapmak için oturum açın.');
  });

  it('gives every response a request id, echoing one that was sent', async () => {
    const res = await request(ctx.url).get('/health').set('x-request-id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    const fresh = await request(ctx.url).get('/health').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers (helmet)', async () => {
    const res = await request(ctx.url).get('/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    // Served over http (PUBLIC_URL), the page must not ask browsers to upgrade to https.
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
