import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1795426029963 implements MigrationInterface {
  name = 'Outbox1795426029963';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "relayedAt" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "lastError" text, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event" ("id") WHERE "relayedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "outbox_event_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
