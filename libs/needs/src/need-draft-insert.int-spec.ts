import { randomUUID } from 'node:crypto';
import { isolateTestFile, seedExhibitionWorld, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { insertDraftWithEvents } from './need-draft-insert';
import { Need } from './need.entity';

/**
 * The draft's one-statement insert (a named prepared statement per shape, issue 22) writes
 * what TypeORM's `save` writes, need after need on the same statement, and reads the
 * generated columns back the same way.
 */
describe('insertDraftWithEvents (real Postgres)', () => {
  let isolation: TestIsolation;
  let ds: DataSource;
  let ids: Record<string, string>;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ds = await isolation.openDataSource();
    ids = await seedExhibitionWorld(ds);
  });

  afterAll(async () => {
    await ds?.destroy();
    await isolation?.cleanup();
  });

  const draft = (fields: Partial<Need>) =>
    ds.manager.create(Need, {
      organizationId: ids.makerA,
      createdById: ids.a1,
      status: 'draft',
      language: 'fa',
      requiredCertifications: [],
      title: `need ${randomUUID()}`,
      hsCodes: ['848210'],
      bidDeadline: new Date(Date.now() + 30 * 86400_000),
      country: 'IR',
      ...fields,
    });

  const SHAPES: Array<Partial<Need>> = [
    {},
    { hsCodes: ['8483', '848210'], country: 'TR' },
    {
      quantityPerYear: 5000,
      unit: 'piece',
      annualImportValueAmount: '60000.00',
      annualImportValueCurrency: 'EUR',
      requiredCertifications: ['ISO 9001'],
      details: 'confidential drawing',
    },
    {
      quantityPerYear: 12.5,
      unit: 'kg',
      annualImportValueAmount: '1.25',
      annualImportValueCurrency: 'TRY',
      requiredCertifications: ['CE', 'TSE'],
      details: 'another drawing',
    },
    {
      ndaRequired: false,
      timeZone: 'Asia/Tehran',
      translations: { en: { title: 'Bearings' } },
      awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
      clarificationsUntil: new Date(Date.now() + 20 * 86400_000),
    },
  ];

  const columnsOf = (row: Need) => {
    const { id: _id, seq: _seq, createdAt: _c, updatedAt: _u, ...rest } = row;
    return rest;
  };

  it('writes each need with its own values (twice per shape), as save does', async () => {
    for (const round of [1, 2])
      for (const shape of SHAPES) {
        const need = draft({ ...shape, title: `round ${round}: ${randomUUID()}` });
        const twin = draft({ ...shape, title: need.title, bidDeadline: need.bidDeadline });
        await insertDraftWithEvents(ds, need, ids.a1);
        await ds.getRepository(Need).save(twin);

        // Generated columns read back, unset nullable ones null, as after save.
        expect(need.seq).toBeDefined();
        expect(need.createdAt).toBeInstanceOf(Date);
        expect(columnsOf(need)).toEqual(columnsOf(twin));
        const [stored, saved] = await Promise.all(
          [need.id, twin.id].map((id) => ds.getRepository(Need).findOneByOrFail({ id })),
        );
        expect(columnsOf(stored)).toEqual(columnsOf(saved));
        expect(stored.createdAt).toEqual(need.createdAt);

        const [audit] = (await ds.query(
          `SELECT count(*)::int AS n FROM audit_entry WHERE "subjectId" = $1 AND action = 'create'`,
          [need.id],
        )) as Array<{ n: number }>;
        const [entry] = (await ds.query(
          `SELECT count(*)::int AS n FROM need_audit_entry WHERE "needId" = $1 AND seq = 1`,
          [need.id],
        )) as Array<{ n: number }>;
        expect([audit.n, entry.n]).toEqual([1, 1]);
      }
  });

  it('runs as a named prepared statement', async () => {
    await insertDraftWithEvents(ds, draft({}), ids.a1);
    // The pool hands back the connection it was given last (the insert's).
    const rows = (await ds.query(`SELECT name FROM pg_prepared_statements`)) as Array<{
      name: string;
    }>;
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^niaz_need_draft_\d+$/)]),
    );
  });

  it('fails as DataSource.query does (a QueryFailedError), and writes nothing', async () => {
    const need = draft({ title: 't'.repeat(301) }); // longer than the column
    await expect(insertDraftWithEvents(ds, need, ids.a1)).rejects.toMatchObject({
      name: 'QueryFailedError',
      driverError: expect.objectContaining({ code: '22001' }),
    });
    const [row] = (await ds.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE "subjectId" = $1`,
      [need.id],
    )) as Array<{ n: number }>;
    expect(row.n).toBe(0);
  });
});
