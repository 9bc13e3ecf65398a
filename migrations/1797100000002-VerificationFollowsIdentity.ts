import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: a verified organisation that changes its identity loses the badge; why is kept. */
export class VerificationFollowsIdentity1797100000002 implements MigrationInterface {
  name = 'VerificationFollowsIdentity1797100000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "verificationLost" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "verificationLost"`);
  }
}
