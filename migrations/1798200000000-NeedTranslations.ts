import { MigrationInterface, QueryRunner } from 'typeorm';

/** A need's title and description in other languages, written by its owner (`{tr: {title}}`). */
export class NeedTranslations1798200000000 implements MigrationInterface {
  name = 'NeedTranslations1798200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "translations"`);
  }
}
