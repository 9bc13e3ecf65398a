import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: amendments of published needs and the re-confirmation of bids they require. */
export class TenderAmendments1797100000000 implements MigrationInterface {
  name = 'TenderAmendments1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "needId" uuid NOT NULL, "actorId" uuid NOT NULL, "rationale" text NOT NULL, "changes" jsonb NOT NULL, "deadlineExtended" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_32cf2e7f15a0ed99603c5f313bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_amendment_need_idx" ON "need_amendment" ("needId", "createdAt") `,
    );
    await queryRunner.query(`ALTER TABLE "need" ADD "amendmentCount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "bid" ADD "termsVersion" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "bid" ADD "confirmedAt" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bid" DROP COLUMN "confirmedAt"`);
    await queryRunner.query(`ALTER TABLE "bid" DROP COLUMN "termsVersion"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "amendmentCount"`);
    await queryRunner.query(`DROP INDEX "need_amendment_need_idx"`);
    await queryRunner.query(`DROP TABLE "need_amendment"`);
  }
}
