import { join } from 'node:path';
import { parseCsv, pdfPagePng, pdfText } from '@niaz/testing';
import request from 'supertest';
import { CatalogPdfRenderer } from '../libs/exhibitions/src/catalog/catalog-pdf.renderer';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, addMember, bearer, bidPayload, register } from './support/actors';
import {
  createExhibition,
  decide,
  invite,
  openNeed,
  publishExhibition,
  submit,
} from './support/exhibitions';
import { containsKey } from './support/identity-helpers';

const ARTIFACTS = join(__dirname, 'artifacts');

// Titles searched in the PDF avoid the lam-alef ligature and digits: pdftotext splits the one
// and reorders the other in right-to-left lines, although the page shows them right.
const T = {
  bearing: 'بلبرینگ برای نوار نقاله معدن',
  gearbox: 'گیربکس حلزونی ماشین بسته بندی',
  plate: 'ورق ضد سایش برای معدن',
  motor: 'موتور برقی ضد انفجار',
  pumpBefore: 'Santrifüj pompa',
  pump: 'Çok kademeli santrifüj pompa gövdesi',
  mould: 'قالب تزریق پلاستیک',
};

/**
 * The "Done when": an organiser builds the Qom Industry Needs Table from invitation to
 * published catalog, and the figures add up to what happened.
 */
describe('exhibitions: the Qom Industry Needs Table (real services)', () => {
  let ctx: ApiTestContext;
  let organiser: Actor;
  let colleague: Actor;
  let makerA: Actor;
  let makerB: Actor;
  let supplier: Actor;
  let exhibitionId: string;
  const need: Record<keyof typeof T | 'pumpId', string> = {} as never;
  const sub: Record<string, string> = {};
  const api = () => request(ctx.url);
  let apiTypesets: jest.SpyInstance;

  beforeAll(async () => {
    ctx = await startApi({ worker: true }); // the worker typesets catalog PDFs
    apiTypesets = jest.spyOn(ctx.app.get(CatalogPdfRenderer), 'render');
    organiser = await register(ctx, ['organiser'], { name: 'روح‌الله ابراهیمی' });
    colleague = await addMember(ctx, organiser);
    makerA = await register(ctx, ['manufacturer']);
    makerB = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier'], { country: 'TR', province: 'Erzurum' });
  });
  afterAll(async () => ctx?.close());

  it('runs from a draft with invitations to a published catalog', async () => {
    exhibitionId = await createExhibition(ctx, organiser);
    const draft = await api().get(`/api/v1/exhibitions/${exhibitionId}`).set(bearer(colleague));
    expect(draft.body).toMatchObject({
      status: 'draft',
      title: 'میز نیاز صنعت قم',
      translations: { tr: { title: 'Qom Sanayi İhtiyaçları Masası' } },
      hsChapters: ['84', '73'],
      organization: { id: organiser.organizationId },
    });

    // Invitations: two manufacturers, once each; they now see the draft.
    await invite(ctx, organiser, exhibitionId, makerA);
    await invite(ctx, colleague, exhibitionId, makerB);
    await api()
      .post(`/api/v1/exhibitions/${exhibitionId}/invitations`)
      .set(bearer(organiser))
      .send({ organizationId: makerA.organizationId })
      .expect(409);
    const invited = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/invitations`)
      .set(bearer(organiser))
      .expect(200);
    // Newest first, a page at a time.
    expect(invited.body.items.map((i: { organizationId: string }) => i.organizationId)).toEqual([
      makerB.organizationId,
      makerA.organizationId,
    ]);
    expect(invited.body.nextCursor).toBeNull();
    const first = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/invitations?limit=1`)
      .set(bearer(organiser))
      .expect(200);
    expect(first.body.items.map((i: { organizationId: string }) => i.organizationId)).toEqual([
      makerB.organizationId,
    ]);
    const second = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/invitations`)
      .query({ limit: 1, cursor: first.body.nextCursor })
      .set(bearer(organiser))
      .expect(200);
    expect(second.body.items.map((i: { organizationId: string }) => i.organizationId)).toEqual([
      makerA.organizationId,
    ]);
    expect(second.body.nextCursor).toBeNull();
    await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/invitations?limit=101`)
      .set(bearer(organiser))
      .expect(400);
    await api().get(`/api/v1/exhibitions/${exhibitionId}`).set(bearer(makerA)).expect(200);
    await api().get(`/api/v1/exhibitions/${exhibitionId}`).expect(404);
    await api().get(`/api/v1/exhibitions/${exhibitionId}`).set(bearer(supplier)).expect(404);
    const mineInvited = await api().get('/api/v1/exhibitions?invited=true').set(bearer(makerB));
    expect(mineInvited.body.items.map((e: { id: string }) => e.id)).toEqual([exhibitionId]);

    // Six open needs, submitted while the exhibition is a draft (invited organisations only).
    need.bearing = await openNeed(ctx, makerA, { title: T.bearing, hsCodes: ['848210'] });
    need.gearbox = await openNeed(ctx, makerA, {
      title: T.gearbox,
      hsCodes: ['848340', '731815'],
      annualImportValue: { amount: '500000.50', currency: 'EUR' },
    });
    need.plate = await openNeed(ctx, makerA, {
      title: T.plate,
      hsCodes: ['720851'],
      annualImportValue: { amount: '9000000000.00', currency: 'IRR' },
    });
    need.mould = await openNeed(ctx, makerA, { title: T.mould, hsCodes: ['848071'] });
    need.motor = await openNeed(ctx, makerB, { title: T.motor, hsCodes: ['850152'] });
    need.pumpId = await openNeed(ctx, makerB, {
      title: T.pumpBefore,
      description: 'Yılda 200 adet pompa gövdesi ithal ediyoruz.',
      language: 'tr',
      hsCodes: ['841370'],
      annualImportValue: undefined,
    });
    for (const [key, owner] of [
      ['bearing', makerA],
      ['gearbox', makerA],
      ['plate', makerA],
      ['mould', makerA],
      ['motor', makerB],
      ['pumpId', makerB],
    ] as const)
      sub[key] = await submit(ctx, owner, exhibitionId, need[key]);
    // Not twice, and never someone else's need.
    await api()
      .post(`/api/v1/exhibitions/${exhibitionId}/submissions`)
      .set(bearer(makerA))
      .send({ needId: need.bearing })
      .expect(409);
    await api()
      .post(`/api/v1/exhibitions/${exhibitionId}/submissions`)
      .set(bearer(makerB))
      .send({ needId: need.bearing })
      .expect(403);

    // Curation: three approved, one rejected with a reason, one sent back for changes.
    for (const key of ['bearing', 'gearbox', 'plate'])
      expect((await decide(ctx, organiser, exhibitionId, sub[key], 'approve')).status).toBe(
        'approved',
      );
    const rejectReason = 'این نیاز خارج از بخش‌های نمایشگاه است';
    await decide(ctx, colleague, exhibitionId, sub.motor, 'reject', rejectReason);
    const changesReason = 'عنوان را دقیق‌تر بنویسید و ارزش واردات را اضافه کنید';
    await decide(ctx, organiser, exhibitionId, sub.pumpId, 'request-changes', changesReason);
    await api()
      .post(`/api/v1/exhibitions/${exhibitionId}/submissions/${sub.motor}/reject`)
      .set(bearer(organiser))
      .send({})
      .expect(400);

    // The submitter reads each decision and its reason, on both lists.
    const mine = await api().get('/api/v1/exhibitions/submissions').set(bearer(makerB)).expect(200);
    const byId = new Map(mine.body.items.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(sub.motor)).toMatchObject({
      status: 'rejected',
      reason: rejectReason,
      exhibition: { id: exhibitionId, title: 'میز نیاز صنعت قم' },
      need: { id: need.motor, title: T.motor },
    });
    expect(byId.get(sub.pumpId)).toMatchObject({
      status: 'changes_requested',
      reason: changesReason,
    });
    const theirs = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/submissions`)
      .set(bearer(makerB))
      .expect(200);
    expect(theirs.body.items.map((s: { id: string }) => s.id).sort()).toEqual(
      [sub.motor, sub.pumpId].sort(),
    );
    const all = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/submissions?limit=100`)
      .set(bearer(colleague))
      .expect(200);
    expect(all.body.items).toHaveLength(6);

    // The owner changes the need and resubmits; the organiser approves it.
    await api()
      .patch(`/api/v1/needs/${need.pumpId}`)
      .set(bearer(makerB))
      .send({ title: T.pump, rationale: 'Renamed as the organiser asked' })
      .expect(200);
    const again = await api()
      .post(`/api/v1/exhibitions/${exhibitionId}/submissions/${sub.pumpId}/resubmit`)
      .set(bearer(makerB))
      .expect(200);
    expect(again.body).toMatchObject({ status: 'pending', reason: null });
    await decide(ctx, organiser, exhibitionId, sub.pumpId, 'approve', 'ممنون');

    // Placement: sections, order and the featured flag.
    const place = (key: string, body: Record<string, unknown>) =>
      api()
        .patch(`/api/v1/exhibitions/${exhibitionId}/submissions/${sub[key]}`)
        .set(bearer(organiser))
        .send(body)
        .expect(200);
    await place('bearing', { section: 'machinery', order: 5, featured: true });
    await place('gearbox', { section: 'machinery', order: 1 });
    await place('plate', { section: 'metals' });

    // Not public until published.
    await api().get(`/api/v1/exhibitions/${exhibitionId}/catalog`).expect(404);
    let listed = await api().get('/api/v1/exhibitions').expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).not.toContain(exhibitionId);
    await publishExhibition(ctx, organiser, exhibitionId);
    listed = await api().get('/api/v1/exhibitions').expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toContain(exhibitionId);
  });

  it('gives anyone the catalog as JSON with exactly the approved needs, by section, featured first', async () => {
    const res = await api().get(`/api/v1/exhibitions/${exhibitionId}/catalog`).expect(200);
    expect(res.body.exhibition).toMatchObject({ id: exhibitionId, status: 'published' });
    expect(res.body.total).toBe(4);
    expect(
      res.body.sections.map((s: { key: string | null; needs: Array<{ id: string }> }) => [
        s.key,
        s.needs.map((n) => n.id),
      ]),
    ).toEqual([
      ['machinery', [need.bearing, need.gearbox]],
      ['metals', [need.plate]],
      [null, [need.pumpId]],
    ]);
    const titles = res.body.sections.flatMap((s: { needs: Array<{ title: string }> }) =>
      s.needs.map((n) => n.title),
    );
    expect(titles).toEqual([T.bearing, T.gearbox, T.plate, T.pump]);
    expect(res.body.sections[0].needs[0]).toMatchObject({
      featured: true,
      organization: { id: makerA.organizationId },
      annualImportValue: { amount: expect.stringMatching(/^2000000\.0+$/), currency: 'EUR' },
    });
    expect(containsKey(res.body, 'details')).toBe(false);
    expect(JSON.stringify(res.body)).not.toMatch(/SECRET/);
  });

  it('gives the catalog as CSV: BOM, UTF-8, proper quoting, a file name', async () => {
    const res = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog.csv`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="exhibition-${exhibitionId}\\.csv"; filename\\*=UTF-8''`),
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows.slice(1).map((r) => r[col('title')])).toEqual([
      T.bearing,
      T.gearbox,
      T.plate,
      T.pump,
    ]);
    expect(rows.slice(1).map((r) => r[col('section')])).toEqual([
      'machinery',
      'machinery',
      'metals',
      '',
    ]);
    expect(rows[1][col('description')]).toBe('سالانه ۵۰۰۰ عدد بلبرینگ از آلمان وارد می‌کنیم');
    expect(rows[2][col('hsCodes')]).toBe('848340 731815');
    expect(body.toString('utf8')).not.toMatch(/SECRET|موتور برقی|قالب تزریق/);

    // ?lang=fa: Persian headers and country names, the same rows.
    const fa = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog.csv?lang=fa`)
      .expect(200);
    const faRows = parseCsv(fa.text.replace(/^\uFEFF/, ''));
    expect(faRows[0]).toContain('عنوان');
    expect(faRows[1][faRows[0].indexOf('عنوان')]).toBe(T.bearing);
    expect(faRows[1][faRows[0].indexOf('کشور')]).toBe('ایران');
    await api().get(`/api/v1/exhibitions/${exhibitionId}/catalog.csv?lang=de`).expect(400);
  });

  it('gives the catalog as a PDF with the Persian and Turkish text intact', async () => {
    const res = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog.pdf`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^inline; filename="exhibition-${exhibitionId}\\.pdf"; filename\\*=UTF-8''%D9%85`),
    );
    const pdf = res.body as Buffer;
    const text = pdfText(pdf);
    for (const s of ['میز نیاز صنعت قم', 'Qom Sanayi İhtiyaçları Masası', T.bearing, T.gearbox])
      expect(text).toContain(s);
    for (const s of [T.plate, T.pump, 'ماشین و قطعات صنعتی', 'فلزات پایه'])
      expect(text).toContain(s);
    for (const s of [T.motor, T.mould, T.pumpBefore, 'SECRET']) expect(text).not.toContain(s);
    // A table of contents by section, and a link (and QR code) to each approved need's page.
    expect(text.split('\f')[1]).toContain('فهرست');
    const raw = pdf.toString('latin1');
    expect(raw).toContain(`/needs/${need.bearing}`);
    expect(raw).not.toContain(`/needs/${need.motor}`);
    pdfPagePng(pdf, ARTIFACTS, 'exhibition-catalog-cover', 1);
    pdfPagePng(pdf, ARTIFACTS, 'exhibition-catalog-contents', 2);
    pdfPagePng(pdf, ARTIFACTS, 'exhibition-catalog-needs', 3);

    const tr = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog.pdf?lang=tr`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdfText(tr.body)).toContain('Makine ve parçaları');
    // Typeset by the worker: the api's renderer never ran.
    expect(apiTypesets).not.toHaveBeenCalled();
  });

  it('caches the catalog: ETag and 304 for JSON, CSV and PDF, a new ETag once the exhibition or an approved need changes', async () => {
    const paths = ['catalog', 'catalog.csv', 'catalog.pdf', 'catalog.pdf?lang=tr'];
    const etags = new Map<string, string>();
    for (const path of paths) {
      const first = await api().get(`/api/v1/exhibitions/${exhibitionId}/${path}`).expect(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('no-cache');
      etags.set(path, etag);
      const again = await api()
        .get(`/api/v1/exhibitions/${exhibitionId}/${path}`)
        .set('if-none-match', etag)
        .expect(304);
      expect(again.headers.etag).toBe(etag);
      expect(again.text ?? '').toBe('');
    }
    expect(new Set(etags.values()).size).toBe(paths.length);

    // An approved need changes (its owner's edit, as the need service writes it).
    const ds = ctx.app.get(DataSource);
    await ds.query(`UPDATE need SET title = $2, "updatedAt" = now() WHERE id = $1`, [
      need.plate,
      'ورق ضد سایش نسخه دوم',
    ]);
    const changed = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog`)
      .set('if-none-match', etags.get('catalog')!)
      .expect(200);
    expect(JSON.stringify(changed.body)).toContain('ورق ضد سایش نسخه دوم');
    expect(changed.headers.etag).not.toBe(etags.get('catalog'));
    await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog.csv`)
      .set('if-none-match', etags.get('catalog.csv')!)
      .expect(200);
    await ds.query(`UPDATE need SET title = $2, "updatedAt" = now() WHERE id = $1`, [
      need.plate,
      T.plate,
    ]);

    // The exhibition changes (its organiser edits it).
    const before = (await api().get(`/api/v1/exhibitions/${exhibitionId}/catalog`).expect(200))
      .headers.etag;
    await api()
      .patch(`/api/v1/exhibitions/${exhibitionId}`)
      .set(bearer(organiser))
      .send({ city: 'Qom, Pardisan' })
      .expect(200);
    const after = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/catalog`)
      .set('if-none-match', before)
      .expect(200);
    expect(after.headers.etag).not.toBe(before);
  });

  it('adds up the figures: submissions, sectors, import value, bids, matches, awards, weeks', async () => {
    // Bids: two live ones (one awarded) and a withdrawn one, which does not count.
    const bid = async (needId: string) =>
      (
        await api()
          .post(`/api/v1/needs/${needId}/bids`)
          .set(bearer(supplier))
          .send(bidPayload())
          .expect(201)
      ).body.id as string;
    const awarded = await bid(need.bearing);
    await bid(need.gearbox);
    const withdrawn = await bid(need.plate);
    await api().post(`/api/v1/bids/${withdrawn}/withdraw`).set(bearer(supplier)).expect(200);
    await api().post(`/api/v1/bids/${awarded}/award`).set(bearer(makerA)).send({}).expect(200);
    // A bid on the rejected need is not the exhibition's.
    await bid(need.motor);

    // Matches as the matching engine stores them; the rejected need's does not count.
    const capability = (
      await api()
        .post('/api/v1/capabilities')
        .set(bearer(supplier))
        .send({ title: 'Rulman üretimi', hsCodes: ['8482'], country: 'TR' })
        .expect(201)
    ).body.id;
    const ds = ctx.app.get(DataSource);
    for (const needId of [need.bearing, need.plate, need.motor])
      await ds.query(
        `INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score)
         SELECT n.id, $2, n."organizationId", $3, 0.8 FROM need n WHERE n.id = $1`,
        [needId, capability, supplier.organizationId],
      );

    await api().get(`/api/v1/exhibitions/${exhibitionId}/stats`).set(bearer(makerA)).expect(403);
    await api().get(`/api/v1/exhibitions/${exhibitionId}/stats`).expect(401);
    const res = await api()
      .get(`/api/v1/exhibitions/${exhibitionId}/stats`)
      .set(bearer(colleague))
      .expect(200);
    const s = res.body;
    expect(s.submissions).toEqual({
      total: 6,
      byStatus: { pending: 1, approved: 4, rejected: 1, changes_requested: 0 },
    });
    expect(s.approvedNeedsByStatus).toEqual({ awarded: 1, open: 3 });
    expect(s.needsBySector).toEqual([
      { hsChapter: '72', submitted: 1, approved: 1 },
      { hsChapter: '73', submitted: 1, approved: 1 },
      { hsChapter: '84', submitted: 4, approved: 3 },
      { hsChapter: '85', submitted: 1, approved: 0 },
    ]);
    expect(s.importValueTargeted).toEqual([
      { currency: 'EUR', amount: '2500000.50', needs: 2 },
      { currency: 'IRR', amount: '9000000000.00', needs: 1 },
    ]);
    expect(s.bids).toEqual({ received: 2, needsWithBids: 2 });
    expect(s.matches).toEqual({ made: 2, suppliers: 1 });
    // 11.80 EUR × 5000 pieces.
    expect(s.awards).toEqual({ count: 1, valueAwarded: [{ currency: 'EUR', amount: '59000.00' }] });

    const total = (k: string) =>
      s.weekly.reduce((t: number, w: Record<string, number>) => t + w[k], 0);
    expect(['submissions', 'approvals', 'bids', 'matches', 'awards'].map(total)).toEqual([
      6, 4, 2, 2, 1,
    ]);
    expect(s.weekly.flatMap((w: { valueAwarded: unknown[] }) => w.valueAwarded)).toEqual([
      { currency: 'EUR', amount: '59000.00' },
    ]);
    for (const w of s.weekly) expect(w.week).toMatch(/^\d{4}-W\d{2}$/);
  });

  it('wrote one outbox event per step, each with the ids the other side needs', async () => {
    const rows: Array<{ type: string; payload: Record<string, unknown> }> = await ctx.app
      .get(DataSource)
      .query(
        `SELECT type, payload FROM outbox_event WHERE type LIKE 'exhibition.%' OR type LIKE 'submission.%' ORDER BY id`,
      );
    const count = (type: string) => rows.filter((r) => r.type === type).length;
    expect({
      invitation: count('exhibition.invitation'),
      created: count('submission.created'),
      decided: count('submission.decided'),
      resubmitted: count('submission.resubmitted'),
      published: count('exhibition.published'),
    }).toEqual({ invitation: 2, created: 6, decided: 6, resubmitted: 1, published: 1 });
    expect(
      rows.find((r) => r.type === 'submission.decided' && r.payload.decision === 'rejected'),
    ).toMatchObject({
      payload: {
        exhibitionId,
        submissionId: sub.motor,
        needId: need.motor,
        reason: 'این نیاز خارج از بخش‌های نمایشگاه است',
        actorId: colleague.userId,
      },
    });
    expect(rows.find((r) => r.type === 'exhibition.invitation')).toMatchObject({
      payload: { exhibitionId, organizationId: makerA.organizationId, actorId: organiser.userId },
    });
  });

  it('resubmits by posting the need again after changes were requested', async () => {
    const other = await createExhibition(ctx, organiser, { title: 'میز نیاز صنعت اردبیل' });
    await publishExhibition(ctx, organiser, other);
    const needId = await openNeed(ctx, makerA, { title: 'مفتول مسی' });
    const sid = await submit(ctx, makerA, other, needId);
    await decide(ctx, organiser, other, sid, 'request-changes', 'کد HS را اصلاح کنید');
    const res = await api()
      .post(`/api/v1/exhibitions/${other}/submissions`)
      .set(bearer(makerA))
      .send({ needId })
      .expect(200);
    expect(res.body).toMatchObject({ id: sid, status: 'pending' });
    // Rejection is final.
    await decide(ctx, organiser, other, sid, 'reject', 'تکراری است');
    await api()
      .post(`/api/v1/exhibitions/${other}/submissions`)
      .set(bearer(makerA))
      .send({ needId })
      .expect(409);
    // One need stands in several exhibitions.
    await submit(ctx, makerA, other, need.gearbox);
  });
});
