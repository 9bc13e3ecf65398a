import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (#16): e-mail verification and what a login (session) shows of itself. Accounts
 * that existed before verification are taken as verified (their addresses were in use).
 */
export class Accounts1797300000000 implements MigrationInterface {
  name = 'Accounts1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "emailVerifiedAt" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`UPDATE "app_user" SET "emailVerifiedAt" = "createdAt"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "userAgent" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "ip" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "ip"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "userAgent"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "emailVerifiedAt"`);
  }
}
