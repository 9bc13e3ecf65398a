import { MigrationInterface, QueryRunner } from 'typeorm';

export class Exhibitions1795445788186 implements MigrationInterface {
  name = 'Exhibitions1795445788186';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "exhibition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organizationId" uuid NOT NULL, "createdById" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'draft', "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "language" character varying(2) NOT NULL, "translations" jsonb NOT NULL DEFAULT '{}', "city" character varying(100) NOT NULL, "province" character varying(100), "country" character varying(2) NOT NULL, "startsAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "submissionDeadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "hsChapters" text array NOT NULL DEFAULT '{}', "isic" text array NOT NULL DEFAULT '{}', "sections" jsonb NOT NULL DEFAULT '[]', "publishedAt" TIMESTAMP(3) WITH TIME ZONE, "closedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_ddc3afc8e0b4daf3b68d51c31f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibition_org_created_idx" ON "exhibition" ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibition_status_created_idx" ON "exhibition" ("status", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exhibition_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "needId" uuid NOT NULL, "organizationId" uuid NOT NULL, "submittedById" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "reason" text, "section" character varying(40), "order" integer NOT NULL DEFAULT '0', "featured" boolean NOT NULL DEFAULT false, "submittedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "decidedAt" TIMESTAMP(3) WITH TIME ZONE, "decidedById" uuid, CONSTRAINT "PK_0b33e4988182e10cfb4b5c27e81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibition_submission_org_created_idx" ON "exhibition_submission" ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibition_submission_need_idx" ON "exhibition_submission" ("needId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "exhibition_submission_exhibition_need_key" ON "exhibition_submission" ("exhibitionId", "needId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exhibition_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "exhibitionId" uuid NOT NULL, "organizationId" uuid NOT NULL, "invitedById" uuid NOT NULL, CONSTRAINT "PK_770602b42a9759f3d07cddf7126" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibition_invitation_org_idx" ON "exhibition_invitation" ("organizationId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "exhibition_invitation_exhibition_org_key" ON "exhibition_invitation" ("exhibitionId", "organizationId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "exhibition_submission" ADD CONSTRAINT "FK_3753b43149c258548711d07e964" FOREIGN KEY ("exhibitionId") REFERENCES "exhibition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exhibition_invitation" ADD CONSTRAINT "FK_3af90116710a58bfd8a4ac46520" FOREIGN KEY ("exhibitionId") REFERENCES "exhibition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "exhibition_invitation" DROP CONSTRAINT "FK_3af90116710a58bfd8a4ac46520"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exhibition_submission" DROP CONSTRAINT "FK_3753b43149c258548711d07e964"`,
    );
    await queryRunner.query(`DROP INDEX "exhibition_invitation_exhibition_org_key"`);
    await queryRunner.query(`DROP INDEX "exhibition_invitation_org_idx"`);
    await queryRunner.query(`DROP TABLE "exhibition_invitation"`);
    await queryRunner.query(`DROP INDEX "exhibition_submission_exhibition_need_key"`);
    await queryRunner.query(`DROP INDEX "exhibition_submission_need_idx"`);
    await queryRunner.query(`DROP INDEX "exhibition_submission_org_created_idx"`);
    await queryRunner.query(`DROP TABLE "exhibition_submission"`);
    await queryRunner.query(`DROP INDEX "exhibition_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "exhibition_org_created_idx"`);
    await queryRunner.query(`DROP TABLE "exhibition"`);
  }
}
