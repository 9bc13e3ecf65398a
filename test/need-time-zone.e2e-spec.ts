import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';

/** A need carries the IANA zone its deadlines are read in: its country's by default. */
describe('need time zone (real services)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  const api = () => request(ctx.url);
  const post = (overrides: Record<string, unknown>) =>
    api().post('/api/v1/needs').set(bearer(maker)).send(needPayload(overrides));

  beforeAll(async () => {
    ctx = await startApi();
    maker = await register(ctx, ['manufacturer']);
  });
  afterAll(async () => ctx?.close());

  it("defaults to the country's zone, keeps a chosen one, follows a new country", async () => {
    expect((await post({ country: 'IR' }).expect(201)).body.timeZone).toBe('Asia/Tehran');
    const tr = (await post({ country: 'TR', province: 'Çorum' }).expect(201)).body;
    expect(tr.timeZone).toBe('Europe/Istanbul');
    expect(
      (await post({ country: 'DE', province: 'Bayern', importOrigin: 'CN' }).expect(201)).body
        .timeZone,
    ).toBe('UTC');
    const chosen = (await post({ country: 'IR', timeZone: 'Asia/Dubai' }).expect(201)).body;
    expect(chosen.timeZone).toBe('Asia/Dubai');
    const moved = await api()
      .patch(`/api/v1/needs/${tr.id}`)
      .set(bearer(maker))
      .send({ country: 'IR', province: 'Qom' })
      .expect(200);
    expect(moved.body.timeZone).toBe('Asia/Tehran');
    const kept = await api()
      .patch(`/api/v1/needs/${chosen.id}`)
      .set(bearer(maker))
      .send({ country: 'TR' })
      .expect(200);
    expect(kept.body.timeZone).toBe('Asia/Dubai');
  });

  it('refuses a zone that is not IANA, naming the field, worded in Persian', async () => {
    for (const timeZone of ['Tehran', 'Mars/Olympus', '+03:30']) {
      const res = await api()
        .post('/api/v1/needs')
        .set(bearer(maker))
        .set('accept-language', 'fa')
        .send(needPayload({ timeZone }))
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'timeZone', code: 'time-zone' }),
      ]);
      expect(res.body.errors[0].message).toContain('IANA');
    }
  });
});
