import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { bearer, needPayload, register } from './support/actors';

/** The web app posts needs without `language`; the API guesses it (it answered 500 before). */
describe('POST /needs without language', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await startApi();
  });
  afterAll(async () => ctx?.close());

  it.each([
    ['بلبرینگ ۶۲۰۴ برای نوار نقاله', 'fa'],
    ['Konveyör için 6204 rulman ihtiyacımız var', 'tr'],
    ['Ball bearings for conveyor belts', 'en'],
  ])('detects the language of %s', async (title, language) => {
    const maker = await register(ctx, ['manufacturer']);
    const { language: _omit, ...payload } = needPayload({ title, description: undefined });
    const res = await request(ctx.url)
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(payload)
      .expect(201);
    expect(res.body.language).toBe(language);
  });
});
