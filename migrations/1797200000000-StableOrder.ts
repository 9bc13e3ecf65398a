import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables listed in time order, with the column that time is in. */
const TABLES: Array<[table: string, time: string]> = [
  ['membership', 'createdAt'],
  ['webhook_endpoint', 'createdAt'],
  ['notification', 'createdAt'],
  ['messenger_link', 'createdAt'],
  ['delivery', 'createdAt'],
  ['need', 'createdAt'],
  ['need_detail_view', 'viewedAt'],
  ['exhibition', 'createdAt'],
  ['exhibition_submission', 'createdAt'],
  ['exhibition_invitation', 'createdAt'],
  ['capability', 'createdAt'],
  ['bid', 'createdAt'],
];

/**
 * A monotonic `seq` (identity) on every table listed in time order, so rows of the same
 * millisecond keep their creation order in lists and cursors. Rows already there are numbered
 * in (time, id) order, and the identity continues after them.
 */
export class StableOrder1797200000000 implements MigrationInterface {
  name = 'StableOrder1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, time] of TABLES) {
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...TABLES].reverse())
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "seq"`);
  }
}
