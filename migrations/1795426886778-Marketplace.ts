import { MigrationInterface, QueryRunner } from 'typeorm';

export class Marketplace1795426886778 implements MigrationInterface {
  name = 'Marketplace1795426886778';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actorId" uuid, "subjectType" character varying(40) NOT NULL, "subjectId" uuid NOT NULL, "action" character varying(40) NOT NULL, "before" jsonb, "after" jsonb, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entry_subject_idx" ON "audit_entry" ("subjectType", "subjectId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need_nda" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "needId" uuid NOT NULL, "organizationId" uuid NOT NULL, "userId" uuid NOT NULL, "acceptedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b55a7c7d43196fffd1bda4a6f85" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "need_nda_need_org_key" ON "need_nda" ("needId", "organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "organizationId" uuid NOT NULL, "invitedById" uuid NOT NULL, CONSTRAINT "PK_8101725b6f930e0e448b7debf15" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "need_invitation_need_org_key" ON "need_invitation" ("needId", "organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need_detail_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "needId" uuid NOT NULL, "userId" uuid NOT NULL, "organizationId" uuid, "viewedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50ce8bee795ec874d384c12fde0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_detail_view_need_idx" ON "need_detail_view" ("needId", "viewedAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organizationId" uuid NOT NULL, "createdById" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "language" character varying(2) NOT NULL, "hsCodes" text array NOT NULL, "isic" character varying(4), "quantityPerYear" numeric(18,3), "unit" character varying(30), "importOrigin" character varying(2), "annualImportValueAmount" numeric(19,4), "annualImportValueCurrency" character varying(3), "targetPriceAmount" numeric(19,4), "targetPriceCurrency" character varying(3), "requiredCertifications" text array NOT NULL DEFAULT '{}', "specification" text, "bidDeadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "country" character varying(2) NOT NULL, "province" character varying(100), "deliveryLocation" character varying(200), "details" text, "ndaRequired" boolean NOT NULL DEFAULT true, "bidsVisibleBeforeDeadline" boolean NOT NULL DEFAULT false, "minLocalContentPercent" smallint, "publishedAt" TIMESTAMP(3) WITH TIME ZONE, "closedAt" TIMESTAMP(3) WITH TIME ZONE, "closeReason" text, CONSTRAINT "PK_218b14514f334ee6f39954f86ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_status_deadline_idx" ON "need" ("status", "bidDeadline") `,
    );
    await queryRunner.query(
      `CREATE INDEX "need_org_created_idx" ON "need" ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "capability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organizationId" uuid NOT NULL, "createdById" uuid NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "language" character varying(2) NOT NULL, "hsCodes" text array NOT NULL, "isic" character varying(4), "processes" text array NOT NULL DEFAULT '{}', "materials" text array NOT NULL DEFAULT '{}', "certifications" text array NOT NULL DEFAULT '{}', "capacityPerYear" numeric(18,3), "unit" character varying(30), "trl" smallint, "localContentPercent" smallint, "country" character varying(2) NOT NULL, "province" character varying(100), "references" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_a30c8f80d9cbf7c1315b30acfe4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_org_created_idx" ON "capability" ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bid" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "organizationId" uuid NOT NULL, "submittedById" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'submitted', "priceAmount" numeric(19,4) NOT NULL, "priceCurrency" character varying(3) NOT NULL, "quantity" numeric(18,3) NOT NULL, "leadTimeDays" integer NOT NULL, "localContentPercent" smallint, "proposal" text NOT NULL DEFAULT '', "validUntil" TIMESTAMP(3) WITH TIME ZONE, "decidedAt" TIMESTAMP(3) WITH TIME ZONE, "decisionReason" text, CONSTRAINT "PK_ed405dda320051aca2dcb1a50bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "bid_need_idx" ON "bid" ("needId", "createdAt") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "bid_live_per_org_key" ON "bid" ("needId", "organizationId") WHERE "status" <> 'withdrawn'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "bid_live_per_org_key"`);
    await queryRunner.query(`DROP INDEX "bid_need_idx"`);
    await queryRunner.query(`DROP TABLE "bid"`);
    await queryRunner.query(`DROP INDEX "capability_org_created_idx"`);
    await queryRunner.query(`DROP TABLE "capability"`);
    await queryRunner.query(`DROP INDEX "need_org_created_idx"`);
    await queryRunner.query(`DROP INDEX "need_status_deadline_idx"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(`DROP INDEX "need_detail_view_need_idx"`);
    await queryRunner.query(`DROP TABLE "need_detail_view"`);
    await queryRunner.query(`DROP INDEX "need_invitation_need_org_key"`);
    await queryRunner.query(`DROP TABLE "need_invitation"`);
    await queryRunner.query(`DROP INDEX "need_nda_need_org_key"`);
    await queryRunner.query(`DROP TABLE "need_nda"`);
    await queryRunner.query(`DROP INDEX "audit_entry_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
