import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';

/**
 * Every HS code a need or a capability carries exists in HS 2022: a 4- or 6-digit code as
 * such, a national 8/10-digit code by its 6-digit subheading. Otherwise 400 problem+json
 * naming the code's place (`hsCodes.1`), worded in the reader's language, nothing written.
 */
describe('HS codes are checked against HS 2022 (real services)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  let supplier: Actor;
  const api = () => request(ctx.url);
  const rows = async () => {
    const ds = ctx.app.get(DataSource);
    const [{ needs }] = await ds.query(`SELECT count(*)::int AS needs FROM need`);
    const [{ caps }] = await ds.query(`SELECT count(*)::int AS caps FROM capability`);
    return { needs, caps };
  };

  beforeAll(async () => {
    ctx = await startApi();
    maker = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier']);
  });
  afterAll(async () => ctx?.close());

  it('refuses a need with a code HS 2022 does not hold, naming its place, in Persian', async () => {
    const before = await rows();
    const res = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .set('accept-language', 'fa')
      .send(needPayload({ hsCodes: ['848210', '849999'] }))
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'hsCodes.1', code: 'hsCodeUnknown' }),
    ]);
    expect(res.body.errors[0].message).toContain('HS');
    expect(res.body.errors[0].message).toMatch(/[\u0600-\u06FF]/);
    expect(await rows()).toEqual(before);
  });

  it('refuses an unknown heading and a national code under no subheading', async () => {
    for (const [code, lang, word] of [
      ['8499', 'tr', 'HS 2022'],
      ['8482700000', 'en', 'HS 2022'],
      ['84829001', 'en', 'HS 2022'],
    ] as const) {
      const res = await api()
        .post('/api/v1/needs')
        .set(bearer(maker))
        .set('accept-language', lang)
        .send(needPayload({ hsCodes: [code] }))
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'hsCodes.0', code: 'hsCodeUnknown' }),
      ]);
      expect(res.body.errors[0].message).toContain(word);
    }
  });

  it('accepts real headings, subheadings and national codes (Persian digits too)', async () => {
    const res = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload({ hsCodes: ['8482', '848210', '8482101000', '۸۴۸۳۱۰'] }))
      .expect(201);
    expect(res.body.hsCodes).toEqual(['8482', '848210', '8482101000', '848310']);
    const bad = await api()
      .patch(`/api/v1/needs/${res.body.id}`)
      .set(bearer(maker))
      .send({ hsCodes: ['848210', '848200'] })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'hsCodes.1' })]);
    const after = await api().get(`/api/v1/needs/${res.body.id}`).set(bearer(maker)).expect(200);
    expect(after.body.hsCodes).toEqual(['8482', '848210', '8482101000', '848310']);
  });

  it('checks a capability the same way, on create and on edit', async () => {
    const before = await rows();
    const bad = await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .set('accept-language', 'tr')
      .send({ title: 'Rulman', hsCodes: ['0000'], country: 'TR' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'hsCodes.0', code: 'hsCodeUnknown' }),
    ]);
    expect(bad.body.errors[0].message).toContain('HS 2022');
    expect(await rows()).toEqual(before);
    const made = await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send({ title: 'Rulman', hsCodes: ['848210'], country: 'TR' })
      .expect(201);
    const edit = await api()
      .patch(`/api/v1/capabilities/${made.body.id}`)
      .set(bearer(supplier))
      .send({ hsCodes: ['848210', '1234'] })
      .expect(400);
    expect(edit.body.errors).toEqual([expect.objectContaining({ field: 'hsCodes.1' })]);
  });
});
