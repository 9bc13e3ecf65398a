import { MigrationInterface, QueryRunner } from 'typeorm';

/** The lists added this round (files, downloads, meetings, amendments, questions), with their time. */
const TABLES: Array<[table: string, time: string]> = [
  ['attachment', 'createdAt'],
  ['attachment_download', 'downloadedAt'],
  ['exhibition_participant', 'createdAt'],
  ['meeting_request', 'createdAt'],
  ['meeting', 'createdAt'],
  ['need_amendment', 'createdAt'],
  ['need_question', 'createdAt'],
];

/**
 * The same monotonic `seq` as StableOrder1797200000000 on the tables listed in time order
 * since: rows of one millisecond keep their creation order in lists and cursors. Rows already
 * there are numbered in (time, id) order; the identity continues after them.
 */
export class StableOrderOfNewLists1797900000000 implements MigrationInterface {
  name = 'StableOrderOfNewLists1797900000000';

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
