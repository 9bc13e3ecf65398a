import type { QueryRunner } from 'typeorm';

/**
 * Adds a monotonic `seq` (identity) to a table listed in time order, so rows of the same
 * millisecond keep their creation order in lists and cursors. Rows already there are numbered
 * in (`time`, id) order and the identity continues after them. Lives outside the
 * `migrations/*.ts` glob: it is a helper of migrations, not one.
 */
export async function addSequenceColumn(
  queryRunner: QueryRunner,
  table: string,
  time: string,
): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${table}" ADD "seq" bigint`);
  await queryRunner.query(
    `UPDATE "${table}" t SET "seq" = r.n
       FROM (SELECT id, row_number() OVER (ORDER BY "${time}", id) AS n FROM "${table}") r
      WHERE t.id = r.id`,
  );
  await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "seq" SET NOT NULL`);
  await queryRunner.query(
    `ALTER TABLE "${table}" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY`,
  );
  await queryRunner.query(
    `SELECT setval(pg_get_serial_sequence('"${table}"', 'seq'),
                   COALESCE((SELECT max("seq") FROM "${table}"), 0) + 1, false)`,
  );
}

/** Drops the `seq` of each table, last added first. */
export async function dropSequenceColumns(
  queryRunner: QueryRunner,
  tables: ReadonlyArray<readonly [table: string, time: string]>,
): Promise<void> {
  for (const [table] of [...tables].reverse())
    await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "seq"`);
}
