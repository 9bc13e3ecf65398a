import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795444840427 implements MigrationInterface {
  name = 'Matching1795444840427';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "capabilityId" uuid NOT NULL, "needOrganizationId" uuid NOT NULL, "capabilityOrganizationId" uuid NOT NULL, "score" numeric(5,4) NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_capability_score_idx" ON "match" ("capabilityId", "score") `,
    );
    await queryRunner.query(`CREATE INDEX "match_need_score_idx" ON "match" ("needId", "score") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "match_need_capability_key" ON "match" ("needId", "capabilityId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "match_need_capability_key"`);
    await queryRunner.query(`DROP INDEX "match_need_score_idx"`);
    await queryRunner.query(`DROP INDEX "match_capability_score_idx"`);
    await queryRunner.query(`DROP TABLE "match"`);
  }
}
