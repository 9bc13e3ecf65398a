import { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings at fairs: participants, meeting settings (blocks, slots, tables), requests, meetings. */
export class Meetings1797500000000 implements MigrationInterface {
  name = 'Meetings1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "timeZone" character varying(64) NOT NULL, "slotMinutes" smallint NOT NULL, "blocks" jsonb NOT NULL DEFAULT '[]', "breaks" jsonb NOT NULL DEFAULT '[]', "tables" jsonb NOT NULL DEFAULT '[]', "requestTtlHours" smallint NOT NULL DEFAULT '48', "maxPendingRequests" smallint NOT NULL DEFAULT '20', "mode" character varying(12) NOT NULL DEFAULT 'organiser', "autoApprove" boolean NOT NULL DEFAULT false, "publishedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_7587b21acf22b56086eba5539ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_settings_exhibition_key" ON "meeting_settings" ("exhibitionId")`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "requestId" uuid NOT NULL, "requesterOrganizationId" uuid NOT NULL, "recipientOrganizationId" uuid NOT NULL, "needId" uuid, "slotStart" TIMESTAMP(3) WITH TIME ZONE, "tableKey" character varying(40), "locked" boolean NOT NULL DEFAULT false, "status" character varying(12) NOT NULL DEFAULT 'accepted', "requesterOutcome" jsonb, "recipientOutcome" jsonb, "markedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_table_slot_key" ON "meeting" ("exhibitionId", "slotStart", "tableKey") WHERE "slotStart" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_exhibition_slot_idx" ON "meeting" ("exhibitionId", "slotStart")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_request_key" ON "meeting" ("requestId")`);
    await queryRunner.query(
      `CREATE TABLE "exhibition_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "organizationId" uuid NOT NULL, "registeredById" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "unavailable" jsonb NOT NULL DEFAULT '[]', "decidedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b46e87a941fc160cad4b3ccf010" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "exhibition_participant_key" ON "exhibition_participant" ("exhibitionId", "organizationId")`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "fromOrganizationId" uuid NOT NULL, "toOrganizationId" uuid NOT NULL, "needId" uuid, "message" text NOT NULL DEFAULT '', "requestedById" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "reason" text, "expiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "decidedAt" TIMESTAMP(3) WITH TIME ZONE, "decidedById" uuid, CONSTRAINT "PK_3f62245c08dea30d2df7d15bcd4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_request_from_idx" ON "meeting_request" ("fromOrganizationId", "status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_request_to_idx" ON "meeting_request" ("toOrganizationId", "status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_request_exhibition_idx" ON "meeting_request" ("exhibitionId", "createdAt")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meeting_settings_exhibition_key"`);
    await queryRunner.query(`DROP INDEX "meeting_table_slot_key"`);
    await queryRunner.query(`DROP INDEX "meeting_exhibition_slot_idx"`);
    await queryRunner.query(`DROP INDEX "meeting_request_key"`);
    await queryRunner.query(`DROP INDEX "exhibition_participant_key"`);
    await queryRunner.query(`DROP INDEX "meeting_request_from_idx"`);
    await queryRunner.query(`DROP INDEX "meeting_request_to_idx"`);
    await queryRunner.query(`DROP INDEX "meeting_request_exhibition_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_settings"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TABLE "exhibition_participant"`);
    await queryRunner.query(`DROP TABLE "meeting_request"`);
  }
}
