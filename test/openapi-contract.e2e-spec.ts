import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { bearer, needPayload, register } from './support/actors';
import { ContractChecker, takeContractMismatches } from './support/openapi-contract';

/**
 * The contract check itself (issue 16, point 9): every e2e response is checked against the
 * live /openapi.json by test/support/openapi-contract.ts; here, that it catches what a
 * validating proxy caught, and that the answers it once caught are now described.
 */
describe('OpenAPI contract (real services)', () => {
  let ctx: ApiTestContext;
  let checker: ContractChecker;
  const api = () => request(ctx.url);

  beforeAll(async () => {
    ctx = await startApi();
    checker = new ContractChecker((await api().get('/openapi.json').expect(200)).body);
  });
  afterAll(async () => ctx?.close());

  it('catches an undeclared status, a null that is not nullable, a missing field and a plain-JSON error', () => {
    const need = '/api/v1/needs/:id';
    expect(checker.check('GET', need, 202, 'application/json', '{}')).toMatch(/not declared/);
    expect(checker.check('GET', need, 200, 'application/json', '{"id":null}')).toMatch(
      /does not match/,
    );
    expect(checker.check('GET', need, 404, 'application/json', '{"status":404}')).toMatch(
      /error answered as application\/json/,
    );
    expect(checker.check('GET', need, 404, 'application/problem+json', '{"status":"404"}')).toMatch(
      /does not match/,
    );
    expect(checker.check('GET', '/api/v1/nowhere', 200, 'application/json', '{}')).toMatch(
      /not in the document/,
    );
    expect(
      checker.check(
        'GET',
        need,
        404,
        'application/problem+json',
        '{"type":"https://niaz.app/problems/not-found","title":"Not found","status":404,"detail":"Need not found."}',
      ),
    ).toBeNull();
  });

  it('describes a need without target price or import value (null money)', async () => {
    const maker = await register(ctx, ['manufacturer']);
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload({ targetPrice: undefined, annualImportValue: undefined }))
      .expect(201);
    expect(created.body.targetPrice).toBeNull();
    expect(created.body.annualImportValue).toBeNull();
    await api().get(`/api/v1/needs/${created.body.id}`).set(bearer(maker)).expect(200);
    await api().get('/api/v1/needs?mine=true').set(bearer(maker)).expect(200);
    expect(takeContractMismatches()).toEqual([]);
  });

  it('declares problem+json for every error of every operation', async () => {
    const doc = (await api().get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        expect([path, method, op.responses['4XX']?.content]).toEqual([
          path,
          method,
          { 'application/problem+json': expect.anything() },
        ]);
        for (const [status, response] of Object.entries(op.responses))
          if (/^[45]/.test(status))
            expect([path, method, status, Object.keys(response.content ?? {})]).toEqual([
              path,
              method,
              status,
              ['application/problem+json'],
            ]);
      }
  });
});
