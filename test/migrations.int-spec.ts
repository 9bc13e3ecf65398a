import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';

describe('migrations', () => {
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

  it('create exactly the schema the entities describe (synchronize would change nothing)', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be reverted one by one and run again', async () => {
    const count = ds.migrations.length;
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations'`,
      [isolation.schema],
    );
    expect(n).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
