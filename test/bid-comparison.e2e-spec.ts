import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, makeAdmin, needPayload, register } from './support/actors';

/**
 * Issue #15, point 7: bids in different currencies compared honestly — totals exact, amounts
 * converted with the admins' dated rates, "lowest" only among bids converted alike, and
 * nothing before the opening.
 */
describe('bid comparison across currencies (real services)', () => {
  let ctx: ApiTestContext;
  let owner: Actor;
  let irrSupplier: Actor;
  let eurSupplier: Actor;
  let trySupplier: Actor;
  let stranger: Actor;
  let admin: Actor;
  const api = () => request(ctx.url);

  beforeAll(async () => {
    ctx = await startApi();
    owner = await register(ctx, ['manufacturer']);
    irrSupplier = await register(ctx, ['supplier']);
    eurSupplier = await register(ctx, ['supplier']);
    trySupplier = await register(ctx, ['supplier'], { country: 'TR' });
    stranger = await register(ctx, ['supplier']);
    admin = await makeAdmin(ctx, await register(ctx, ['organiser']));
  });
  afterAll(async () => ctx?.close());

  async function publishedNeed(overrides: Record<string, unknown> = {}) {
    const created = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload(overrides))
      .expect(201);
    await api().post(`/api/v1/needs/${created.body.id}/publish`).set(bearer(owner)).expect(200);
    return created.body.id as string;
  }
  async function bid(needId: string, who: Actor, overrides: Record<string, unknown>) {
    return (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(who))
        .send(bidPayload(overrides))
        .expect(201)
    ).body.id as string;
  }
  const open = (needId: string) =>
    ctx.app
      .get(DataSource)
      .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [needId]);
  const comparison = (needId: string, who?: Actor, query = '') =>
    api().get(`/api/v1/needs/${needId}/comparison${query}`).set(bearer(who));
  const putRate = (currency: string, body: Record<string, unknown>, who: Actor | null = admin) =>
    api()
      .put(`/api/v1/admin/exchange-rates/${currency}`)
      .set(bearer(who ?? undefined))
      .send(body);
  const fields = (res: request.Response) =>
    (res.body.errors as { field: string }[]).map((e) => e.field);

  it('admins maintain the rates; bad input is refused naming the field and writes nothing', async () => {
    const good = { perEur: '1000000', asOf: '2026-12-01', source: 'CBI NIMA market' };
    await putRate('IRR', good, null).expect(401);
    await putRate('IRR', good, owner).expect(403);
    for (const [currency, body, field] of [
      ['XXY', good, 'currency'],
      ['EUR', good, 'currency'],
      ['IRR', { ...good, perEur: '0' }, 'perEur'],
      ['IRR', { ...good, perEur: '-3' }, 'perEur'],
      ['IRR', { ...good, perEur: 1000000 }, 'perEur'],
      ['KWD', { ...good, perEur: '0.331234567' }, 'perEur'],
      ['IRR', { ...good, asOf: '1 Dec 2026' }, 'asOf'],
      ['IRR', { ...good, asOf: undefined }, 'asOf'],
      ['IRR', { ...good, source: '' }, 'source'],
    ] as const) {
      const res = await putRate(currency, body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fields(res)).toContain(field);
    }
    expect(
      (await api().get('/api/v1/admin/exchange-rates').set(bearer(admin)).expect(200)).body,
    ).toEqual({ items: [] });
    await api().get('/api/v1/admin/exchange-rates').set(bearer(owner)).expect(403);
    // Worded in the caller's language.
    const fa = await putRate('EUR', good).set('accept-language', 'fa').expect(400);
    expect(fa.body.errors[0]).toMatchObject({ field: 'currency', code: 'baseCurrency' });
    expect(fa.body.errors[0].message).toContain('یورو');

    const saved = await putRate('irr', good).expect(200);
    expect(saved.body).toMatchObject({
      currency: 'IRR',
      perEur: '1000000.00000000',
      asOf: '2026-12-01',
      source: 'CBI NIMA market',
    });
    await putRate('KWD', { ...good, perEur: '0.33123456' }).expect(200);
    // Put again: replaced, not duplicated.
    await putRate('IRR', { ...good, perEur: '1000000.5' }).expect(200);
    await putRate('IRR', good).expect(200);
    const list = await api().get('/api/v1/admin/exchange-rates').set(bearer(admin)).expect(200);
    expect(list.body.items.map((r: { currency: string; perEur: string }) => r)).toMatchObject([
      { currency: 'IRR', perEur: '1000000.00000000' },
      { currency: 'KWD', perEur: '0.33123456' },
    ]);
    expect(list.body.items).toHaveLength(2);
  });

  it('every change of a rate is kept: who, when, before and after, for admins only', async () => {
    const other = await makeAdmin(ctx, await register(ctx, ['organiser']));
    const first = { perEur: '45.5', asOf: '2026-12-01', source: 'CBUAE' };
    await putRate('AED', first).expect(200);
    await putRate('AED', first).expect(200); // the same again: no change to record
    await putRate('AED', { ...first, perEur: '46.25', asOf: '2026-12-02' }, other).expect(200);
    // A refused change records nothing.
    await putRate('AED', { ...first, perEur: '0' }).expect(400);
    await putRate('AED', first, owner).expect(403);
    const history = (who: Actor | undefined, query = '?currency=aed') =>
      api().get(`/api/v1/admin/exchange-rates/history${query}`).set(bearer(who));
    const res = await history(admin).expect(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({
      currency: 'AED',
      actorId: other.userId,
      before: { perEur: '45.50000000', asOf: '2026-12-01', source: 'CBUAE' },
      after: { perEur: '46.25000000', asOf: '2026-12-02', source: 'CBUAE' },
    });
    expect(res.body.items[1]).toMatchObject({
      actorId: admin.userId,
      before: null,
      after: { perEur: '45.50000000' },
    });
    expect(Date.parse(res.body.items[0].createdAt)).toBeGreaterThanOrEqual(
      Date.parse(res.body.items[1].createdAt),
    );
    const rates = await api().get('/api/v1/admin/exchange-rates').set(bearer(admin)).expect(200);
    expect(rates.body.items.find((r: { currency: string }) => r.currency === 'AED')).toMatchObject({
      perEur: '46.25000000',
      updatedById: other.userId,
    });
    // Paged, newest first; other currencies listed without the filter.
    const page = await history(admin, '?currency=AED&limit=1').expect(200);
    expect(page.body.items[0].id).toBe(res.body.items[0].id);
    const next = await history(admin, `?currency=AED&limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).toBe(res.body.items[1].id);
    expect(next.body.nextCursor).toBeNull();
    const all = await history(admin, '').expect(200);
    expect(new Set(all.body.items.map((c: { currency: string }) => c.currency))).toContain('IRR');
    // Nobody but admins reads it.
    await history(undefined).expect(401);
    await history(owner).expect(403);
    await history(irrSupplier).expect(403);
    expect(fields(await history(admin, '?currency=XXY').expect(400))).toEqual(['currency']);
  });

  it('sealed before the opening: the owner learns nothing, not even whether bids exist', async () => {
    const withBids = await publishedNeed();
    await bid(withBids, irrSupplier, { price: { amount: '2850000', currency: 'IRR' } });
    const without = await publishedNeed();
    const a = await comparison(withBids, owner).expect(200);
    const b = await comparison(without, owner).expect(200);
    expect(a.body).toEqual({
      currency: 'EUR',
      grouping: 'currency',
      bidCurrency: null,
      awardCriteria: null,
      sealed: true,
      items: [],
    });
    expect(b.body).toEqual(a.body);
    // As the sealed bids list answers.
    const list = await api().get(`/api/v1/needs/${withBids}/bids`).set(bearer(owner)).expect(200);
    expect(list.body).toEqual({ items: [], nextCursor: null, sealed: true });
    const adminView = await comparison(withBids, admin).expect(200);
    expect(adminView.body).toEqual(a.body);
  });

  it('after the opening: IRR and EUR bids converted with the stated rate, totals exact, lowest honest', async () => {
    await putRate('IRR', {
      perEur: '1000000',
      asOf: '2026-12-01',
      source: 'CBI NIMA market',
    }).expect(200);
    const needId = await publishedNeed();
    const irr = await bid(needId, irrSupplier, {
      price: { amount: '2850000', currency: 'IRR' },
      quantity: 5000,
    });
    const eur = await bid(needId, eurSupplier, {
      price: { amount: '3.95', currency: 'EUR' },
      quantity: 3333.5,
    });
    const lira = await bid(needId, trySupplier, {
      price: { amount: '0.10', currency: 'TRY' },
      quantity: 5000,
    });
    await open(needId);

    // By default no currency is ranked against another: each bid is the lowest of its own.
    const grouped = await comparison(needId, owner).expect(200);
    expect(grouped.body.grouping).toBe('currency');
    expect(
      (grouped.body.items as { bidId: string; group: string; lowest: boolean }[]).map((i) => [
        i.bidId,
        i.group,
        i.lowest,
      ]),
    ).toEqual([
      [irr, 'IRR', true],
      [eur, 'EUR', true],
      [lira, 'TRY', true],
    ]);

    // Converted into one currency (asked for), the converted bids rank together.
    const res = await comparison(needId, owner, '?currency=EUR').expect(200);
    expect(res.body.currency).toBe('EUR');
    expect(res.body.grouping).toBe('converted');
    expect(res.body.sealed).toBe(false);
    const byId = new Map(
      (res.body.items as { bidId: string }[]).map((i) => [i.bidId, i as Record<string, unknown>]),
    );
    expect(byId.get(irr)).toMatchObject({
      unitPrice: { amount: '2850000.0000', currency: 'IRR' },
      quantity: 5000,
      total: { amount: '14250000000.0000', currency: 'IRR' },
      converted: {
        unitPrice: { amount: '2.8500', currency: 'EUR' },
        total: { amount: '14250.0000', currency: 'EUR' },
        rate: {
          from: 'IRR',
          to: 'EUR',
          value: '0.00000100',
          asOf: '2026-12-01',
          sources: ['CBI NIMA market'],
        },
      },
      code: null,
    });
    // 3.95 × 3333.5 = 13167.325 exactly: dearer per unit, yet the lower total.
    expect(byId.get(eur)).toMatchObject({
      unitPrice: { amount: '3.9500', currency: 'EUR' },
      quantity: 3333.5,
      total: { amount: '13167.32500', currency: 'EUR' },
      converted: { total: { amount: '13167.32500', currency: 'EUR' } },
      code: null,
    });
    // No TRY rate: shown, unconverted, never "lowest" (0.10 × 5000 = 500 TRY looks cheapest).
    expect(byId.get(lira)).toMatchObject({
      total: { amount: '500.0000', currency: 'TRY' },
      converted: null,
      code: 'rateMissing',
      lowest: false,
      group: null,
      score: null,
    });
    // The lowest converted total wins: 13167.325 EUR < 14250 EUR.
    expect(byId.get(eur)!.lowest).toBe(true);
    expect(byId.get(irr)!.lowest).toBe(false);

    // Into rials: the euro bid converted at the same rate, the rial bid as is.
    const inIrr = await comparison(needId, owner, '?currency=IRR').expect(200);
    const eurInIrr = (inIrr.body.items as Record<string, any>[]).find((i) => i.bidId === eur)!;
    expect(eurInIrr.converted.total).toEqual({ amount: '13167325000.0000', currency: 'IRR' });
    expect(eurInIrr.converted.rate).toMatchObject({
      from: 'EUR',
      to: 'IRR',
      value: '1000000.00000000',
    });

    // Into a currency without a rate: only its own bids are converted.
    const inUsd = await comparison(needId, owner, '?currency=USD').expect(200);
    expect((inUsd.body.items as { code: string | null }[]).map((i) => i.code)).toEqual([
      'rateMissing',
      'rateMissing',
      'rateMissing',
    ]);
    expect((inUsd.body.items as { lowest: boolean }[]).some((i) => i.lowest)).toBe(false);

    // Admins see it too.
    await comparison(needId, admin).expect(200);

    // Bad currency → 400 naming it.
    const bad = await comparison(needId, owner, '?currency=EURO').expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(bad)).toContain('currency');
  });

  it('converts between two non-euro currencies through the euro, stating both rates', async () => {
    await putRate('IRR', {
      perEur: '1000000',
      asOf: '2026-12-01',
      source: 'CBI NIMA market',
    }).expect(200);
    await putRate('TRY', { perEur: '40', asOf: '2026-11-30', source: 'TCMB' }).expect(200);
    const needId = await publishedNeed({ targetPrice: { amount: '500000', currency: 'IRR' } });
    const lira = await bid(needId, trySupplier, {
      price: { amount: '0.10', currency: 'TRY' },
      quantity: 5000,
    });
    await open(needId);
    // Default: the need's target price currency.
    const res = await comparison(needId, owner).expect(200);
    expect(res.body.currency).toBe('IRR');
    const item = (res.body.items as Record<string, any>[]).find((i) => i.bidId === lira)!;
    // 500 TRY ÷ 40 × 1,000,000 = 12,500,000 IRR; 0.10 TRY = 2,500 IRR.
    expect(item.converted).toEqual({
      unitPrice: { amount: '2500.0000', currency: 'IRR' },
      total: { amount: '12500000.0000', currency: 'IRR' },
      rate: {
        from: 'TRY',
        to: 'IRR',
        value: '25000.00000000',
        asOf: '2026-11-30',
        sources: ['TCMB', 'CBI NIMA market'],
      },
    });
    expect(item.lowest).toBe(true);
  });

  it('refuses suppliers (its own bidders included), strangers and anonymous callers', async () => {
    const needId = await publishedNeed();
    await bid(needId, irrSupplier, { price: { amount: '2850000', currency: 'IRR' } });
    await open(needId);
    await comparison(needId, irrSupplier).expect(403);
    await comparison(needId, stranger).expect(403);
    await comparison(needId).expect(401);
    await comparison('00000000-0000-4000-8000-000000000000', owner).expect(404);
    // A draft exists only for its owner.
    const draft = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload())
      .expect(201);
    await comparison(draft.body.id, stranger).expect(404);
    await comparison(draft.body.id, admin).expect(404);
  });
  it('a need fixing its bid currency refuses a bid in another, naming price.currency, writing nothing', async () => {
    const needId = await publishedNeed({ bidCurrency: 'eur' });
    const need = await api().get(`/api/v1/needs/${needId}`).expect(200);
    expect(need.body.bidCurrency).toBe('EUR');
    const count = async () =>
      (
        await ctx.app
          .get(DataSource)
          .query(`SELECT count(*)::int AS n FROM bid WHERE "needId" = $1`, [needId])
      )[0].n;
    const refused = await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(irrSupplier))
      .set('accept-language', 'en')
      .send(bidPayload({ price: { amount: '2850000', currency: 'IRR' } }))
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'price.currency',
        code: 'bidCurrency',
        params: { currency: 'EUR' },
      }),
    ]);
    expect(await count()).toBe(0);
    const inTurkish = await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(trySupplier))
      .set('accept-language', 'tr')
      .send(bidPayload({ price: { amount: '480', currency: 'TRY' } }))
      .expect(400);
    expect(inTurkish.body.errors[0].message).toBe(
      '"price.currency" EUR olmalıdır: bu ihtiyaç teklifleri yalnızca bu para biriminde alır.',
    );
    const id = await bid(needId, eurSupplier, { price: { amount: '11.80', currency: 'eur' } });
    // Revising into another currency is refused too, and changes nothing.
    await api()
      .patch(`/api/v1/bids/${id}`)
      .set(bearer(eurSupplier))
      .send({ price: { amount: '1', currency: 'TRY' } })
      .expect(400);
    expect(
      (await api().get(`/api/v1/bids/${id}`).set(bearer(eurSupplier)).expect(200)).body.price,
    ).toEqual({ amount: '11.8000', currency: 'EUR' });

    // Changing the currency after bids is an amendment: a rationale, and re-confirmation in it.
    const noWhy = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ bidCurrency: 'IRR' })
      .expect(400);
    expect(fields(noWhy)).toEqual(['rationale']);
    const amended = await api()
      .post(`/api/v1/needs/${needId}/amendments`)
      .set(bearer(owner))
      .send({ changes: { bidCurrency: 'IRR' }, rationale: 'Paid in rials' })
      .expect(201);
    expect(amended.body.changes).toEqual({ bidCurrency: { before: 'EUR', after: 'IRR' } });
    const stale = await api()
      .post(`/api/v1/bids/${id}/confirm`)
      .set(bearer(eurSupplier))
      .send({})
      .expect(400);
    expect(fields(stale)).toEqual(['price.currency']);
    await api()
      .post(`/api/v1/bids/${id}/confirm`)
      .set(bearer(eurSupplier))
      .send({ price: { amount: '7000000', currency: 'IRR' } })
      .expect(200);
    // Bad codes are refused at creation.
    const bad = await api()
      .post('/api/v1/needs')
      .set(bearer(owner))
      .send(needPayload({ bidCurrency: 'EURO' }))
      .expect(400);
    expect(fields(bad)).toContain('bidCurrency');
  });

  it('award criteria: weights validated, amendable, and the opened bids scored and ranked within their currency', async () => {
    const post = (overrides: Record<string, unknown>) =>
      api().post('/api/v1/needs').set(bearer(owner)).send(needPayload(overrides));
    for (const [awardCriteria, field] of [
      [{ price: 60, localContent: 30 }, 'awardCriteria'],
      [{ price: 60, localContent: 30, leadTimeDays: 20 }, 'awardCriteria'],
      [{ price: 60.5, localContent: 39.5 }, 'awardCriteria.price'],
      [{ price: 110, localContent: -10 }, 'awardCriteria.price'],
      [{ price: 100, speed: 0 }, 'awardCriteria.speed'],
      ['price', 'awardCriteria'],
    ] as const) {
      const res = await post({ awardCriteria }).expect(400);
      expect(fields(res)).toContain(field);
    }
    const inPersian = await post({ awardCriteria: { price: 50, localContent: 30 } })
      .set('accept-language', 'fa')
      .expect(400);
    expect(inPersian.body.errors[0]).toMatchObject({
      field: 'awardCriteria',
      code: 'weightsSum',
      message: 'جمع وزن‌های «awardCriteria» باید ۱۰۰ باشد (اکنون ۸۰).',
    });
    const partial = await post({ awardCriteria: { price: 70, localContent: 30 } }).expect(201);
    expect(partial.body.awardCriteria).toEqual({ price: 70, localContent: 30, leadTimeDays: 0 });

    const weights = { price: 60, localContent: 30, leadTimeDays: 10 };
    const reweighed = await publishedNeed({ awardCriteria: weights });
    const change = await api()
      .post(`/api/v1/needs/${reweighed}/amendments`)
      .set(bearer(owner))
      .send({
        changes: { awardCriteria: { price: 50, localContent: 50 } },
        rationale: 'Local first',
      })
      .expect(201);
    expect(change.body.changes).toEqual({
      awardCriteria: { before: weights, after: { price: 50, localContent: 50, leadTimeDays: 0 } },
    });

    const needId = await publishedNeed({ awardCriteria: weights });
    const a = await bid(needId, eurSupplier, {
      price: { amount: '10', currency: 'EUR' },
      quantity: 100,
      leadTimeDays: 30,
      localContentPercent: 50,
    });
    const b = await bid(needId, trySupplier, {
      price: { amount: '12.5', currency: 'EUR' },
      quantity: 100,
      leadTimeDays: 60,
      localContentPercent: 80,
    });
    const c = await bid(needId, irrSupplier, {
      price: { amount: '9000', currency: 'IRR' },
      quantity: 100,
      leadTimeDays: 45,
      localContentPercent: 60,
    });
    // A change of weights once published is an amendment like any term.
    await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ awardCriteria: { price: 50, localContent: 50 } })
      .expect(400);
    const amended = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ awardCriteria: { price: 60, localContent: 30, leadTimeDays: 20 }, rationale: 'x y' })
      .expect(400);
    expect(fields(amended)).toEqual(['awardCriteria']);
    const list = await api().get(`/api/v1/needs/${needId}/amendments`).expect(200);
    expect(list.body.items).toEqual([]);

    // Sealed until the opening: the weights show, the bids do not.
    const sealed = await comparison(needId, owner).expect(200);
    expect(sealed.body).toMatchObject({ sealed: true, items: [], awardCriteria: weights });

    await open(needId);
    const res = await comparison(needId, owner).expect(200);
    const byId = new Map(
      (res.body.items as { bidId: string }[]).map((i) => [i.bidId, i as Record<string, any>]),
    );
    expect(byId.get(a)).toMatchObject({
      unitPrice: { amount: '10.0000', currency: 'EUR' },
      total: { amount: '1000.0000', currency: 'EUR' },
      leadTimeDays: 30,
      localContentPercent: 50,
      group: 'EUR',
      lowest: true,
      // 60 + 30 × 50/80 + 10
      score: { price: 60, localContent: 18.75, leadTimeDays: 10, total: 88.75, rank: 1 },
    });
    expect(byId.get(b)).toMatchObject({
      group: 'EUR',
      lowest: false,
      // 60 × 1000/1250 + 30 + 10 × 30/60
      score: { price: 48, localContent: 30, leadTimeDays: 5, total: 83, rank: 2 },
    });
    // Alone in its currency: never weighed against the euro bids.
    expect(byId.get(c)).toMatchObject({
      group: 'IRR',
      lowest: true,
      score: { price: 60, localContent: 30, leadTimeDays: 10, total: 100, rank: 1 },
    });

    // Converted into euros with a rate, all three are weighed together.
    await putRate('IRR', { perEur: '1000', asOf: '2026-12-01', source: 'test' }).expect(200);
    const together = await comparison(needId, owner, '?currency=EUR').expect(200);
    const scored = new Map(
      (together.body.items as { bidId: string; score: Record<string, number> }[]).map((i) => [
        i.bidId,
        i.score,
      ]),
    );
    // c: 900 EUR is the lowest; 60 + 30 × 60/80 + 10 × 30/45
    expect(scored.get(c)).toEqual({
      price: 60,
      localContent: 22.5,
      leadTimeDays: 6.67,
      total: 89.17,
      rank: 1,
    });
    expect(scored.get(a)).toMatchObject({ price: 54, total: 82.75, rank: 2 });
    await comparison(needId, admin).expect(200);
    await comparison(needId, eurSupplier).expect(403);

    // Having read the bids, the owner cannot re-weigh the award in favour of one.
    const reweigh = await api()
      .patch(`/api/v1/needs/${needId}`)
      .set(bearer(owner))
      .send({ awardCriteria: { localContent: 100 }, rationale: 'Local content first' })
      .expect(409);
    expect(reweigh.body.type).toMatch(/terms-frozen$/);
    expect((await api().get(`/api/v1/needs/${needId}`).expect(200)).body.awardCriteria).toEqual(
      weights,
    );
  });
});
