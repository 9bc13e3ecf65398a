import { waitFor } from '@niaz/testing';
import request from 'supertest';
import { ApiTestContext, startApi } from './support/api-app';
import { bearer, register } from './support/actors';
import {
  createExhibition,
  decide,
  openNeed,
  publishExhibition,
  submit,
} from './support/exhibitions';

/**
 * The whole chain on real parts, with nothing written by the test but API calls: a need is
 * published → the worker indexes it and the real matcher finds the fitting capability →
 * the supplier's inbox says so, in the supplier's language, with the matcher's reasons; and
 * an exhibition's approved needs are found by `/search/needs?exhibitionId=`.
 */
describe('a published need reaches the right supplier (real matcher, real notifications)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await startApi({ worker: true });
  });
  afterAll(async () => ctx?.close());
  const api = () => request(ctx.url);

  it('tells a Turkish supplier of a Persian need that fits, with the reasons in Turkish', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const supplier = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    const unrelated = await register(ctx, ['supplier'], { country: 'TR' });
    const me = await api().patch('/api/v1/me').set(bearer(supplier)).send({ language: 'tr' });
    expect(me.status).toBe(200);
    expect(me.body.user.language).toBe('tr');
    await api()
      .post('/api/v1/capabilities')
      .set(bearer(supplier))
      .send({
        title: 'Bilyalı rulman üretimi',
        description: 'Konveyör ve elektrik motorları için rulman',
        hsCodes: ['8482'],
        country: 'TR',
        certifications: ['ISO 9001'],
      })
      .expect(201);
    await api()
      .post('/api/v1/capabilities')
      .set(bearer(unrelated))
      .send({ title: 'Ahşap palet üretimi', hsCodes: ['441520'], country: 'TR' })
      .expect(201);
    // Arabic ي/ك, Persian digits, no ZWNJ: the way such needs are typed.
    const needId = await openNeed(ctx, buyer, {
      title: 'بلبرينگ ۶۲۰۴ براي نوار نقاله',
      description: 'ساليانه ۵۰۰۰ عدد بلبرينگ از آلمان وارد ميكنيم',
      hsCodes: ['848210'],
    });

    const inbox = await waitFor(
      async () => {
        const res = await api()
          .get('/api/v1/notifications')
          .set(bearer(supplier))
          .set('accept-language', 'tr')
          .expect(200);
        return res.body.items.length ? res.body : undefined;
      },
      { what: "the supplier's notice", timeoutMs: 20_000 },
    );
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.items[0]).toMatchObject({ type: 'need.matched', read: false });
    expect(inbox.items[0].body).toContain('بلبرينگ ۶۲۰۴');
    expect(inbox.items[0].reasons).toContain('aynı GTİP pozisyonu 8482');
    expect(inbox.items[0].reasons).toContain('ISO 9001 belgesine sahip');

    // The unrelated supplier hears nothing; the buyer sees the match, reasons in Persian.
    await api()
      .get('/api/v1/notifications')
      .set(bearer(unrelated))
      .expect(200)
      .expect((res) => expect(res.body.items).toEqual([]));
    const matches = await api()
      .get(`/api/v1/needs/${needId}/matches`)
      .set(bearer(buyer))
      .set('accept-language', 'fa')
      .expect(200);
    expect(matches.body.items).toHaveLength(1);
    expect(matches.body.items[0].organization.id).toBe(supplier.organizationId);
    expect(matches.body.items[0].reasons).toContain('سرفصل تعرفه (HS) یکسان 8482');
    expect(matches.body.items[0].reasonDetails).toContainEqual({
      code: 'hs_heading',
      params: { code: '8482' },
    });
  });

  it('pairs a need and a capability written at the same moment, every time', async () => {
    const buyer = await register(ctx, ['manufacturer']);
    const pairs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const supplier = await register(ctx, ['supplier'], { country: 'TR' });
        const [capability, needId] = await Promise.all([
          api()
            .post('/api/v1/capabilities')
            .set(bearer(supplier))
            .send({ title: `Santrifüj pompa üretimi ${i}`, hsCodes: ['8413'], country: 'TR' })
            .expect(201),
          openNeed(ctx, buyer, { title: `پمپ سانتریفیوژ ${i}`, hsCodes: ['841370'] }),
        ]);
        return { capabilityId: capability.body.id as string, needId };
      }),
    );
    for (const { capabilityId, needId } of pairs) {
      await waitFor(
        async () => {
          const res = await api()
            .get(`/api/v1/needs/${needId}/matches`)
            .set(bearer(buyer))
            .expect(200);
          return res.body.items.some(
            (m: { capability: { id: string } }) => m.capability.id === capabilityId,
          );
        },
        { what: `the pair ${needId} / ${capabilityId}`, timeoutMs: 20_000 },
      );
    }
  });

  it('finds an exhibition’s approved needs with /search/needs?exhibitionId=, once published', async () => {
    const organiser = await register(ctx, ['organiser']);
    const maker = await register(ctx, ['manufacturer']);
    const exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    const approved = await openNeed(ctx, maker, { title: 'پمپ سانتریفیوژ برای آبرسانی' });
    const rejected = await openNeed(ctx, maker, { title: 'شیر صنعتی پروانه‌ای' });
    const approvedSub = await submit(ctx, maker, exhibitionId, approved);
    const rejectedSub = await submit(ctx, maker, exhibitionId, rejected);
    await decide(ctx, organiser, exhibitionId, approvedSub, 'approve');
    await decide(ctx, organiser, exhibitionId, rejectedSub, 'reject', 'خارج از حوزه نمایشگاه');

    const search = () => api().get(`/api/v1/search/needs?exhibitionId=${exhibitionId}`).expect(200);
    const found = await waitFor(
      async () => {
        const res = await search();
        return res.body.items.length === 1 ? res.body : undefined;
      },
      { what: 'the approved need in the exhibition search', timeoutMs: 20_000 },
    );
    expect(found.items[0].id).toBe(approved);
    expect(found.facets.exhibitionId).toEqual({ [exhibitionId]: 1 });

    // Changes requested on the approved need take it out of the exhibition's search.
    await decide(
      ctx,
      organiser,
      exhibitionId,
      approvedSub,
      'request-changes',
      'عکس کالا را بیفزایید',
    );
    await waitFor(async () => (await search()).body.items.length === 0, {
      what: 'the need to leave the exhibition search',
      timeoutMs: 20_000,
    });
    const draft = await createExhibition(ctx, organiser);
    await api()
      .get(`/api/v1/search/needs?exhibitionId=${draft}`)
      .expect(200)
      .expect((res) => expect(res.body.items).toEqual([]));
  });
});
