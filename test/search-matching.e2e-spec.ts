import request from 'supertest';
import { DataSource } from 'typeorm';
import { MatchingService } from '@niaz/matching';
import { waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, needPayload, register } from './support/actors';

interface MatchItem {
  capability: { id: string; title: string };
  organization: { id: string; name: string };
  score: number;
  reasons: string[];
}

/**
 * Issue 4, "done when": a Persian need typed with Arabic ي/ك, Persian digits and no ZWNJ
 * matches a Turkish capability with the same HS heading and a Persian capability written
 * with ZWNJ, with reasons naming why, through the real api, outbox, worker and Meilisearch.
 */
describe('search and matching across Persian, Turkish and English (real api + worker)', () => {
  let ctx: ApiTestContext;
  let buyer: Actor;
  let turkishMaker: Actor;
  let persianMaker: Actor;
  let pumpMaker: Actor;
  const ids: Record<string, string> = {};
  const api = () => request(ctx.url);

  const capability = async (who: Actor, body: Record<string, unknown>) =>
    (await api().post('/api/v1/capabilities').set(bearer(who)).send(body).expect(201)).body
      .id as string;
  const searchable = (id: string) =>
    waitFor(
      async () => {
        const res = await api().get('/api/v1/search/capabilities?limit=100').expect(200);
        return res.body.items.some((i: { id: string }) => i.id === id);
      },
      { what: `capability ${id} to be searchable` },
    );
  const matchesOf = async (needId: string, who = buyer) =>
    (
      await api()
        .get(`/api/v1/needs/${needId}/matches`)
        .set(bearer(who))
        .expect((r) => {
          if (r.status !== 200) throw new Error(JSON.stringify(r.body));
        })
    ).body.items as MatchItem[];

  beforeAll(async () => {
    ctx = await startApi({ worker: true });
    // The buyer is also a supplier: its own capability must never be suggested to it.
    buyer = await register(ctx, ['manufacturer', 'supplier'], { province: 'Qom' });
    turkishMaker = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
    persianMaker = await register(ctx, ['supplier'], { province: 'Tehran' });
    pumpMaker = await register(ctx, ['supplier'], { province: 'Qom' });

    ids.turkish = await capability(turkishMaker, {
      title: 'Rulman Üretimi',
      description: 'Sabit bilyalı rulmanlar, 6200 ve 6300 serisi; İSTANBUL ve Erzurum tesisleri.',
      language: 'tr',
      hsCodes: ['8482'],
      isic: '2814',
      certifications: ['ISO 9001:2015'],
      capacityPerYear: 200000,
      unit: 'piece',
      country: 'TR',
      province: 'Erzurum',
    });
    ids.persian = await capability(persianMaker, {
      title: 'تولید بلبرینگ\u200cهای شیار عمیق',
      description: 'ساخت بلبرینگ\u200cهای سری ۶۲۰۰ برای نوار\u200cنقاله\u200cها و الکتروموتورها.',
      language: 'fa',
      hsCodes: ['8483'],
      country: 'IR',
      province: 'Tehran',
    });
    ids.own = await capability(buyer, {
      title: 'تولید بلبرینگ صنعتی',
      hsCodes: ['848210'],
      country: 'IR',
      province: 'Qom',
    });
    ids.pump = await capability(pumpMaker, {
      title: 'ساخت پمپ سانتریفیوژ',
      hsCodes: ['841370'],
      country: 'IR',
      province: 'Qom',
    });
    for (const id of Object.values(ids)) await searchable(id);

    const need = await api()
      .post('/api/v1/needs')
      .set(bearer(buyer))
      .send(
        needPayload({
          // Arabic ي and ك, Persian digits, «بلبرينگهاي» run together without its ZWNJ.
          title: 'بلبرينگهاي ۶۲۰۴ براي نوار نقاله',
          description: 'سالانه ۵۰۰۰ عدد بلبرينگ شيار عميق از آلمان وارد ميكنيم.',
          hsCodes: ['848210'],
          requiredCertifications: ['ISO 9001'],
          quantityPerYear: 5000,
          unit: 'piece',
          details: 'SECRET drawings',
        }),
      )
      .expect(201);
    ids.need = need.body.id;
    await api().post(`/api/v1/needs/${ids.need}/publish`).set(bearer(buyer)).expect(200);
  });
  afterAll(async () => ctx?.close());

  it('matches the Turkish capability by HS heading and synonym, and the Persian one written with ZWNJ', async () => {
    const items = await waitFor(
      async () => {
        const found = await matchesOf(ids.need);
        const got = new Set(found.map((m) => m.capability.id));
        return got.has(ids.turkish) && got.has(ids.persian) ? found : undefined;
      },
      { what: 'both capabilities among the need’s matches', timeoutMs: 20_000 },
    );
    const byId = new Map(items.map((m) => [m.capability.id, m]));
    const turkish = byId.get(ids.turkish)!;
    expect(turkish.capability.title).toBe('Rulman Üretimi');
    expect(turkish.organization.id).toBe(turkishMaker.organizationId);
    expect(turkish.reasons).toContain('same HS heading 8482');
    expect(turkish.reasons.some((r) => /^keyword .*rulman.* ~ بلبرینگ$/.test(r))).toBe(true);
    expect(turkish.reasons).toContain('has ISO 9001');
    expect(turkish.reasons).toContain('capacity 200000 ≥ 5000');

    const persian = byId.get(ids.persian)!;
    expect(persian.reasons).toContain('keyword بلبرینگ');
    expect(persian.reasons).toContain('same HS chapter 84');
    // «نوار‌نقاله‌ها» (ZWNJ) on one side, «نوار نقاله» on the other; «شيار عميق» typed with Arabic ي.
    expect(persian.reasons).toContain('keyword نوار نقاله');
    expect(persian.reasons).toContain('shared words شیار, عمیق');
    expect(persian.reasons).toContain('same country Iran');

    for (const m of items) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    const scores = items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Never the buyer's own capability, never the pump.
    expect(byId.has(ids.own)).toBe(false);
    expect(byId.has(ids.pump)).toBe(false);
    expect(JSON.stringify(items)).not.toContain('SECRET');
  });

  it('shows the capability’s owner the open need, and records need.matched and capability.matched', async () => {
    const res = await waitFor(
      async () => {
        const r = await api()
          .get(`/api/v1/capabilities/${ids.turkish}/matches`)
          .set(bearer(turkishMaker))
          .expect(200);
        return r.body.items.length > 0 ? r.body : undefined;
      },
      { what: 'the need among the capability’s matches' },
    );
    expect(res.items[0].need).toEqual({ id: ids.need, title: 'بلبرينگهاي ۶۲۰۴ براي نوار نقاله' });
    expect(res.items[0].organization.id).toBe(buyer.organizationId);
    expect(res.items[0].reasons).toContain('same HS heading 8482');
    const ds = ctx.app.get(DataSource);
    const events: Array<{ type: string; payload: Record<string, string> }> = await ds.query(
      `SELECT type, payload FROM outbox_event WHERE type IN ('need.matched', 'capability.matched')`,
    );
    expect(events.some((e) => e.type === 'need.matched' && e.payload.needId === ids.need)).toBe(
      true,
    );
    expect(
      events.some((e) => e.type === 'capability.matched' && e.payload.capabilityId === ids.turkish),
    ).toBe(true);
  });

  it('leaves the same rows when a matching job runs twice', async () => {
    const ds = ctx.app.get(DataSource);
    const rows = () =>
      ds.query(
        `SELECT "needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score::text, reasons
           FROM match WHERE "needId" = $1 ORDER BY "capabilityId"`,
        [ids.need],
      );
    const matching = ctx.worker!.get(MatchingService);
    await matching.matchNeed(ids.need, null);
    const once = await rows();
    await matching.matchNeed(ids.need, null);
    await matching.matchCapability(ids.turkish, null);
    expect(await rows()).toEqual(once);
    expect(once.length).toBeGreaterThanOrEqual(2);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM match GROUP BY "needId", "capabilityId" HAVING count(*) > 1) d`,
    );
    expect(n).toBe(0);
  });

  it('re-matches an edited need and drops pairs that no longer fit; a deleted capability loses its matches', async () => {
    await api()
      .patch(`/api/v1/needs/${ids.need}`)
      .set(bearer(buyer))
      .send({
        title: 'پمپ سانتریفیوژ آب خنک کننده',
        description: 'پمپ گریز از مرکز برای برج خنک کننده',
        hsCodes: ['841370'],
        rationale: 'پمپ به‌جای بلبرینگ',
      })
      .expect(200);
    const items = await waitFor(
      async () => {
        const found = await matchesOf(ids.need);
        const got = found.map((m) => m.capability.id);
        return got.includes(ids.pump) && !got.includes(ids.turkish) ? found : undefined;
      },
      { what: 'the edited need to match the pump maker instead' },
    );
    expect(items.find((m) => m.capability.id === ids.pump)!.reasons).toContain(
      'same HS code 841370',
    );

    await api().delete(`/api/v1/capabilities/${ids.pump}`).set(bearer(pumpMaker)).expect(204);
    await waitFor(
      async () => !(await matchesOf(ids.need)).some((m) => m.capability.id === ids.pump),
      { what: 'the deleted capability’s matches to go' },
    );
  });
});
