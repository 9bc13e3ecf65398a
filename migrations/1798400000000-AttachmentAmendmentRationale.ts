import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published need's new file becomes an amendment when its upload completes, not when it is
 * announced (a refused or abandoned upload amends nothing): the reason waits on the row.
 */
export class AttachmentAmendmentRationale1798400000000 implements MigrationInterface {
  name = 'AttachmentAmendmentRationale1798400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" ADD "amendmentRationale" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP COLUMN "amendmentRationale"`);
  }
}
