import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 15: clarifications asked and answered in the open, until a need's clarificationsUntil. */
export class TenderClarifications1797100000003 implements MigrationInterface {
  name = 'TenderClarifications1797100000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "needId" uuid NOT NULL, "askedById" uuid NOT NULL, "askedByOrganizationId" uuid NOT NULL, "text" text NOT NULL, "answer" text, "ndaOnly" boolean NOT NULL DEFAULT false, "answeredById" uuid, "answeredAt" TIMESTAMP(3) WITH TIME ZONE, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0dbf0faf2f279214489c9daea65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_question_need_idx" ON "need_question" ("needId", "createdAt") `,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD "clarificationsUntil" TIMESTAMP(3) WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "clarificationsUntil"`);
    await queryRunner.query(`DROP INDEX "need_question_need_idx"`);
    await queryRunner.query(`DROP TABLE "need_question"`);
  }
}
