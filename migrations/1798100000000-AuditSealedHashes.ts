import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sealed bid's event keeps the hash and link it had while it waited for the opening
 * (`sealedHash`, `sealedPrevHash`) once folded into the need's chain, so that `verify` can
 * still tell an entry edited while it was sealed: the fold re-hashes it in its new place.
 */
export class AuditSealedHashes1798100000000 implements MigrationInterface {
  name = 'AuditSealedHashes1798100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_audit_entry" ADD "sealedPrevHash" character(64)`);
    await queryRunner.query(`ALTER TABLE "need_audit_entry" ADD "sealedHash" character(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_audit_entry" DROP COLUMN "sealedHash"`);
    await queryRunner.query(`ALTER TABLE "need_audit_entry" DROP COLUMN "sealedPrevHash"`);
  }
}
