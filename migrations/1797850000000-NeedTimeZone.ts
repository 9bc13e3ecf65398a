import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A need carries its time zone (IANA), in which its deadlines are read: Tehran for Iran,
 * Istanbul for Turkey, UTC elsewhere, for the needs already posted (the API sets it on each new
 * need; the default keeps raw inserts of tools and tests working).
 */
export class NeedTimeZone1797850000000 implements MigrationInterface {
  name = 'NeedTimeZone1797850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "need" ADD "timeZone" character varying(64) NOT NULL DEFAULT 'UTC'`,
    );
    await queryRunner.query(
      `UPDATE "need" SET "timeZone" = CASE "country" WHEN 'IR' THEN 'Asia/Tehran'
         WHEN 'TR' THEN 'Europe/Istanbul' ELSE 'UTC' END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "timeZone"`);
  }
}
