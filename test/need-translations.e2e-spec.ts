import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, needPayload, register } from './support/actors';

/** A need's (and a capability's) title and description in other languages, by its owner. */
describe('need translations (real services)', () => {
  let ctx: ApiTestContext;
  let maker: Actor;
  const api = () => request(ctx.url);
  const translations = {
    tr: { title: 'Elektrik motoru için 6204 rulman', description: 'Yılda 5000 adet' },
    en: { title: 'Bearing 6204 for electric motors' },
  };

  beforeAll(async () => {
    ctx = await startApi();
    maker = await register(ctx, ['manufacturer']);
  });
  afterAll(async () => ctx?.close());

  it('keeps them, shows them to every reader, and changes them after publication without an amendment', async () => {
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload({ translations }))
      .expect(201);
    expect(created.body.translations).toEqual(translations);
    const id = created.body.id;
    await api().post(`/api/v1/needs/${id}/publish`).set(bearer(maker)).expect(200);
    const reader = await register(ctx, ['supplier'], { country: 'TR' });
    expect(
      (await api().get(`/api/v1/needs/${id}`).set(bearer(reader)).expect(200)).body,
    ).toMatchObject({
      title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
      language: 'fa',
      translations,
    });
    // A better Turkish title is no change of terms: no rationale, no amendment.
    const next = { tr: { title: 'Elektrik motorları için 6204 rulman' } };
    const patched = await api()
      .patch(`/api/v1/needs/${id}`)
      .set(bearer(maker))
      .send({ translations: next })
      .expect(200);
    expect(patched.body.translations).toEqual(next);
    expect(patched.body.amendmentCount).toBe(0);
    // Needs without any answer an empty object.
    const plain = await api()
      .post('/api/v1/needs')
      .set(bearer(maker))
      .send(needPayload())
      .expect(201);
    expect(plain.body.translations).toEqual({});
  });

  it('lets no one but the owner write them', async () => {
    const id = (
      await api().post('/api/v1/needs').set(bearer(maker)).send(needPayload()).expect(201)
    ).body.id;
    const stranger = await register(ctx, ['manufacturer']);
    const res = await api()
      .patch(`/api/v1/needs/${id}`)
      .set(bearer(stranger))
      .send({ translations })
      .expect((r) => expect([403, 404]).toContain(r.status));
    expect(res.body.translations).toBeUndefined();
    await api().patch(`/api/v1/needs/${id}`).send({ translations }).expect(401);
    const member = await addMember(ctx, maker);
    await api().patch(`/api/v1/needs/${id}`).set(bearer(member)).send({ translations }).expect(200);
    const [row] = await ctx.app
      .get(DataSource)
      .query(`SELECT translations FROM need WHERE id = $1`, [id]);
    expect(row.translations).toEqual(translations);
  });

  it('refuses bad translations naming the field, writing nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ tr: { title: 'x'.repeat(301) } }, 'translations.tr.title'],
      [{ en: { title: 'ab' } }, 'translations.en.title'],
      [{ fa: { description: 42 } }, 'translations.fa.description'],
      [{ de: { title: 'Lager 6204' } }, 'translations.de'],
      ['tr', 'translations'],
    ];
    for (const [bad, field] of cases) {
      const res = await api()
        .post('/api/v1/needs')
        .set(bearer(maker))
        .send(needPayload({ title: `bad ${field}`, translations: bad }))
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const [{ n }] = await ctx.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM need WHERE title LIKE 'bad %'`);
    expect(n).toBe(0);
  });

  it("keeps a capability's, for its organisation only, refusing bad ones by field", async () => {
    const supplier = await register(ctx, ['supplier'], { country: 'TR' });
    const capability = {
      title: 'Rulman üretimi',
      hsCodes: ['8482'],
      country: 'TR',
      translations: { fa: { title: 'تولید بلبرینگ', description: 'بلبرینگ ۶۲۰۴' } },
    };
    const created = await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send(capability)
      .expect(201);
    expect(created.body.translations).toEqual(capability.translations);
    const id = created.body.id;
    const next = { en: { title: 'Bearing making' } };
    const patched = await api()
      .patch(`/api/v1/capabilities/${id}`)
      .set(bearer(supplier))
      .send({ translations: next })
      .expect(200);
    expect(patched.body.translations).toEqual(next);
    await api()
      .patch(`/api/v1/capabilities/${id}`)
      .set(bearer(maker))
      .send({ translations: capability.translations })
      .expect(403);
    const bad = await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send({ ...capability, title: 'bad one', translations: { tr: { title: 'x' } } })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(
      'translations.tr.title',
    );
    const [row] = await ctx.app
      .get(DataSource)
      .query(`SELECT translations FROM capability WHERE id = $1`, [id]);
    expect(row.translations).toEqual(next);
  });
});
