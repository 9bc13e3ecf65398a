import { MigrationInterface, QueryRunner } from 'typeorm';

/** A capability's title and description in other languages, by its organisation (`{fa: {title}}`). */
export class CapabilityTranslations1798200000001 implements MigrationInterface {
  name = 'CapabilityTranslations1798200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "capability" ADD "translations" jsonb NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capability" DROP COLUMN "translations"`);
  }
}
