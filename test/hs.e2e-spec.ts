import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { expectProblem } from './support/identity-helpers';

/** GET /hs/suggest and GET /hs/:code through the real api, answers checked against /openapi.json. */
describe('HS nomenclature (real api)', () => {
  let ctx: ApiTestContext;
  let openapi: {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };
  const api = () => request(ctx.url);

  beforeAll(async () => {
    ctx = await startApi();
    openapi = (await api().get('/openapi.json').expect(200)).body;
  });
  afterAll(() => ctx?.close());

  const declared = (path: string) => Object.keys(openapi.paths[path].get.responses).sort();
  const keysOf = (schema: string) =>
    Object.keys(openapi.components.schemas[schema].properties).sort();

  it('declares its answers in the OpenAPI document', () => {
    // Every operation also declares 4XX/5XX problem+json (apps/api/src/openapi.ts).
    expect(declared('/api/v1/hs/suggest')).toEqual(['200', '400', '4XX', '5XX']);
    expect(declared('/api/v1/hs/{code}')).toEqual(['200', '400', '404', '4XX', '5XX']);
  });

  it('suggests headings for a Persian, Turkish or English title, with the words behind them', async () => {
    for (const [q, heading] of [
      ['بلبرینگ ۶۲۰۴ برای نوار نقاله', '8482'],
      ['tıbbi kateter', '9018'],
      ['Hamur yoğurma makinesi', '8438'],
    ]) {
      const res = await api().get('/api/v1/hs/suggest').query({ q, lang: 'fa' }).expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items.length).toBeLessThanOrEqual(5);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(keysOf('HsSuggestionView'));
      expect(
        (res.body.items as Array<{ code: string }>).slice(0, 3).map((i) => i.code.slice(0, 4)),
      ).toContain(heading);
      expect(res.body.items[0].why.length).toBeGreaterThan(0);
    }
  });

  it('describes a code with its parents; national codes give their subheading', async () => {
    const res = await api().get('/api/v1/hs/8482.10').expect(200);
    expect(Object.keys(res.body).sort()).toEqual(keysOf('HsCodeView'));
    expect(res.body).toMatchObject({ code: '848210', level: 6, description: 'Ball bearings' });
    expect(res.body.parents.map((p: { code: string }) => p.code)).toEqual(['8482', '84']);
    const national = await api().get('/api/v1/hs/8482100010').expect(200);
    expect(national.body.code).toBe('848210');
    expect(national.body.children).toEqual([]);
  });

  it("lists a heading's subheadings, so a picker reaches 6 digits", async () => {
    const res = await api().get('/api/v1/hs/8482').expect(200);
    const codes = res.body.children.map((c: { code: string }) => c.code);
    expect(codes).toContain('848210');
    expect(codes.every((c: string) => /^8482\d\d$/.test(c))).toBe(true);
    expect(res.body.children[0]).toMatchObject({ level: 6, description: expect.any(String) });
  });

  it('refuses bad input with problem+json naming the field', async () => {
    expectProblem(await api().get('/api/v1/hs/suggest'), 400, 'q');
    expectProblem(
      await api()
        .get('/api/v1/hs/suggest')
        .query({ q: 'x'.repeat(2001) }),
      400,
      'q',
    );
    expectProblem(
      await api().get('/api/v1/hs/suggest').query({ q: 'pump', lang: 'de' }),
      400,
      'lang',
    );
    expectProblem(await api().get('/api/v1/hs/abc'), 400, 'code');
    expectProblem(await api().get('/api/v1/hs/848'), 400, 'code');
    expectProblem(await api().get('/api/v1/hs/7799'), 404);
  });
});
