import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A manufacturer taking part in a fair may let its organisers import needs on its behalf
 * (issue 19 point 7): when it said so, or null.
 */
export class NeedsImportConsent1798300000001 implements MigrationInterface {
  name = 'NeedsImportConsent1798300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "exhibition_participant" ADD "needsImportConsentAt" TIMESTAMP(3) WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "exhibition_participant" DROP COLUMN "needsImportConsentAt"`,
    );
  }
}
