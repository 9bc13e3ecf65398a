import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: the hash-chained, append-only record of every event of a need's tender. */
export class TenderAudit1797100000001 implements MigrationInterface {
  name = 'TenderAudit1797100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_audit_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "needId" uuid NOT NULL, "seq" integer, "type" character varying(40) NOT NULL, "actorId" uuid, "bidId" uuid, "organizationId" uuid, "data" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_462abf05405a3bf16e77c5fb62f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_audit_entry_need_idx" ON "need_audit_entry" ("needId", "at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "need_audit_entry_seq_key" ON "need_audit_entry" ("needId", "seq") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "need_audit_entry_seq_key"`);
    await queryRunner.query(`DROP INDEX "need_audit_entry_need_idx"`);
    await queryRunner.query(`DROP TABLE "need_audit_entry"`);
  }
}
