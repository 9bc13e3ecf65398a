import request from 'supertest';
import { DataSource } from 'typeorm';
import { recordPackageProblems, releasePackageProblems } from '@niaz/open-data';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, needPayload, register } from './support/actors';
import { createExhibition, decide, publishExhibition, submit } from './support/exhibitions';
import { openApiChecker } from './support/openapi-responses';

const SECRET = 'ZX-TOLERANCE-0.002';
const SEALED_PRICE = '987654.32';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(600, 0x20)]);

/**
 * Open Contracting data from a full journey on real services: publish, a bid, an amendment,
 * a second bid, opening, award. Every package validates against the OCDS 1.1.5 schemas and
 * carries no confidential word and no sealed price before opening.
 */
describe('open data (OCDS 1.1)', () => {
  let ctx: ApiTestContext;
  let owner: Actor;
  let supplier: Actor;
  let rival: Actor;
  let organiser: Actor;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  const api = () => request(ctx.url);

  beforeAll(async () => {
    ctx = await startApi();
    check = await openApiChecker(ctx.url);
    owner = await register(ctx, ['manufacturer']);
    supplier = await register(ctx, ['supplier'], { name: 'Rulman Sanayi' });
    rival = await register(ctx, ['supplier']);
    organiser = await register(ctx, ['organiser']);
  });
  afterAll(async () => ctx?.close());

  async function get(path: string, template: string, actor?: Actor) {
    const res = await api().get(path).set(bearer(actor));
    check('get', template, res);
    return res;
  }
  const releases = async (query = '') => {
    const res = await get(`/api/v1/ocds/releases${query}`, '/api/v1/ocds/releases');
    expect(res.status).toBe(200);
    expect(releasePackageProblems(res.body)).toEqual([]);
    return res.body as { releases: Array<Record<string, any>>; links?: { next: string } };
  };
  const forNeed = (body: { releases: Array<Record<string, any>> }, needId: string) =>
    body.releases.filter((r) => r.ocid.endsWith(needId));

  it('publishes a need’s journey as valid OCDS without a confidential word or a sealed price', async () => {
    const needId = (
      await api()
        .post('/api/v1/needs')
        .set(bearer(owner))
        .send(needPayload({ details: `Drawing ${SECRET}`, hsCodes: ['848210', '848220'] }))
        .expect(201)
    ).body.id as string;
    const draft = await get(`/api/v1/needs/${needId}/ocds`, '/api/v1/needs/{id}/ocds');
    expect(draft.status).toBe(404);
    await api().post(`/api/v1/needs/${needId}/publish`).set(bearer(owner)).expect(200);
    const bidId = (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(supplier))
        .send(bidPayload({ price: { amount: SEALED_PRICE, currency: 'EUR' } }))
        .expect(201)
    ).body.id as string;
    // With a bid on it, a new confidential drawing is an amendment with its rationale.
    const file = await api()
      .post('/api/v1/attachments')
      .set(bearer(owner))
      .send({
        target: { type: 'need', id: needId },
        name: `${SECRET}.pdf`,
        size: PDF.length,
        contentType: 'application/pdf',
        confidential: true,
        rationale: 'Sheet 2 tolerance corrected',
      })
      .expect(201);
    await fetch(file.body.uploadUrl, {
      method: 'PUT',
      body: PDF,
      headers: { 'content-type': 'application/pdf' },
    });
    await api().post(`/api/v1/attachments/${file.body.id}/complete`).set(bearer(owner)).expect(200);
    await api()
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(rival))
      .send(bidPayload({ price: { amount: '11.11', currency: 'EUR' } }))
      .expect(201);

    // An amendment of terms: its rationale and public fields are open data, `details` never.
    const amended = await api()
      .post(`/api/v1/needs/${needId}/amendments`)
      .set(bearer(owner))
      .send({
        changes: { quantityPerYear: 6000, details: `Drawing ${SECRET} rev B` },
        rationale: 'Annual volume raised',
      })
      .expect(201);

    const before = forNeed(await releases(), needId);
    expect(before.map((r) => r.tag)).toEqual([
      ['tender'],
      ['tenderAmendment'],
      ['tenderAmendment'],
    ]);
    const text = JSON.stringify(before);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('987654');
    expect(text).not.toContain('11.11');
    expect(text).not.toContain(supplier.organizationId);
    expect(before[1]!.tender.amendments).toEqual([
      expect.objectContaining({
        rationale: 'Sheet 2 tolerance corrected',
        description: 'A tender document was added',
        amendsReleaseID: before[0]!.id,
        releaseID: before[1]!.id,
      }),
    ]);
    expect(before[2]!.tender.amendments).toEqual([
      expect.objectContaining({ rationale: 'Sheet 2 tolerance corrected' }),
      {
        id: expect.stringContaining(amended.body.id),
        date: new Date(amended.body.createdAt).toISOString(),
        rationale: 'Annual volume raised',
        description: 'Changed: quantityPerYear',
        amendsReleaseID: before[1]!.id,
        releaseID: before[2]!.id,
      },
    ]);
    expect(before[2]!.tender.items[0]).toMatchObject({ quantity: 6000 });
    expect(before[0]!.tender).toMatchObject({
      status: 'active',
      items: [
        expect.objectContaining({
          classification: { scheme: 'HS', id: '848210' },
          quantity: 5000,
          unit: { name: 'piece' },
        }),
      ],
      value: { amount: 2000000, currency: 'EUR' },
    });

    // The bidder re-confirms against the amended terms; the deadline passes; then the award.
    await api().post(`/api/v1/bids/${bidId}/confirm`).set(bearer(supplier)).send({}).expect(200);
    await ctx.app
      .get(DataSource)
      .query(`UPDATE need SET "bidDeadline" = now() - interval '1 second' WHERE id = $1`, [needId]);
    await api().post(`/api/v1/bids/${bidId}/award`).set(bearer(owner)).send({}).expect(200);

    const after = forNeed(await releases(), needId);
    expect(after.map((r) => r.tag[0])).toEqual([
      'tender',
      'tenderAmendment',
      'tenderAmendment',
      'award',
    ]);
    const award = after[3]!;
    expect(award.tender.amendments).toHaveLength(2);
    expect(award.awards).toEqual([
      expect.objectContaining({
        id: bidId,
        value: { amount: 987654.32, currency: 'EUR' },
        suppliers: [{ id: supplier.organizationId, name: expect.any(String) }],
      }),
    ]);
    expect(award.tender).toMatchObject({ status: 'complete', numberOfTenderers: 2 });
    expect(award.parties.map((p: { roles: string[] }) => p.roles.sort())).toEqual(
      expect.arrayContaining([
        ['buyer', 'procuringEntity'],
        ['supplier', 'tenderer'],
        ['tenderer'],
      ]),
    );
    expect(JSON.stringify(after)).not.toContain(SECRET);

    const record = await get(`/api/v1/needs/${needId}/ocds`, '/api/v1/needs/{id}/ocds');
    expect(record.status).toBe(200);
    expect(recordPackageProblems(record.body)).toEqual([]);
    expect(record.body.records[0].compiledRelease).toMatchObject({
      tag: ['compiled'],
      awards: [expect.objectContaining({ id: bidId })],
    });
    expect(record.body.records[0].releases).toHaveLength(4);
    expect(record.body.records[0].compiledRelease.tender.amendments).toHaveLength(2);
    expect(JSON.stringify(record.body)).not.toContain(SECRET);

    // Since the award: only the award release; a cancelled draft never appears.
    const since = await releases(`?since=${encodeURIComponent(award.date)}`);
    expect(forNeed(since, needId)).toHaveLength(1);
  });

  it('pages releases oldest first and refuses bad queries', async () => {
    const first = await releases('?limit=1');
    expect(first.releases).toHaveLength(1);
    expect(first.links?.next).toContain('cursor=');
    const next = new URL(first.links!.next);
    const second = await releases(`${next.search}&limit=1`);
    expect(second.releases[0]!.date >= first.releases[0]!.date).toBe(true);
    expect(second.releases[0]!.id).not.toBe(first.releases[0]!.id);
    for (const q of ['?since=yesterday', '?cursor=bogus', '?limit=0']) {
      const res = await api().get(`/api/v1/ocds/releases${q}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('gives an exhibition’s outcomes to its organisers only', async () => {
    const exhibitionId = await createExhibition(ctx, organiser);
    await publishExhibition(ctx, organiser, exhibitionId);
    const needId = (
      await api()
        .post('/api/v1/needs')
        .set(bearer(owner))
        .send(needPayload({ details: SECRET }))
        .expect(201)
    ).body.id as string;
    await api().post(`/api/v1/needs/${needId}/publish`).set(bearer(owner)).expect(200);
    const submissionId = await submit(ctx, owner, exhibitionId, needId);
    await decide(ctx, organiser, exhibitionId, submissionId, 'approve');
    const path = `/api/v1/exhibitions/${exhibitionId}/ocds`;
    const template = '/api/v1/exhibitions/{id}/ocds';
    expect((await get(path, template)).status).toBe(401);
    expect((await get(path, template, owner)).status).toBe(403);
    const res = await get(path, template, organiser);
    expect(res.status).toBe(200);
    expect(recordPackageProblems(res.body)).toEqual([]);
    expect(res.body.records.map((r: { ocid: string }) => r.ocid)).toEqual([
      expect.stringMatching(new RegExp(`^ocds-[a-z0-9]+-${needId}$`)),
    ]);
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
  });
});
