import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { generateImportSheet, measureNeedsImport } from './needs-import';

/**
 * The bench's needs-import measure (issue 19's 1,000-row figure) on real PostgreSQL: the
 * generated sheet passes the import whole, both runs are timed, and the raw baseline writes
 * the same rows. A small sheet here; `npm run bench -- --only=import` times the 1,000 rows.
 */
describe('bench: needs import measure (real Postgres)', () => {
  let isolation: TestIsolation;
  let ds: DataSource;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ds = await isolation.openDataSource();
  });
  afterAll(async () => {
    await ds?.destroy();
    await isolation?.cleanup();
  });

  it('generates a sheet of the template columns, one row per need', () => {
    const sheet = generateImportSheet(3);
    expect(sheet.header).toEqual(expect.arrayContaining(['title', 'hsCodes', 'bidDeadline']));
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows.every((r) => r.length === sheet.header.length)).toBe(true);
  });

  it('previews and commits every row, and the raw INSERT writes as many', async () => {
    const m = await measureNeedsImport(ds, isolation.schema, 50);
    expect(m).toMatchObject({ rows: 50, created: 50, refused: 0 });
    expect(m.previewMs).toBeGreaterThan(0);
    expect(m.commitMs).toBeGreaterThan(0);
    expect(m.totalMs).toBeCloseTo(m.previewMs + m.commitMs);
    expect(m.rawInsertMs).toBeGreaterThan(0);
    const [{ drafts, others }] = await ds.query(
      `SELECT count(*) FILTER (WHERE status = 'draft') AS drafts, count(DISTINCT "organizationId") AS others FROM need`,
    );
    // 50 drafts from the import, 50 more from the raw INSERT, each under its own organisation.
    expect(Number(drafts)).toBe(100);
    expect(Number(others)).toBe(2);
    const [{ n }] = await ds.query(
      `SELECT count(*) AS n FROM audit_entry WHERE "subjectType" = 'need' AND action = 'create'`,
    );
    expect(Number(n)).toBe(50);
  });
});
