import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1797600000000 implements MigrationInterface {
  name = 'Attachments1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "targetType" character varying(12) NOT NULL, "targetId" uuid NOT NULL, "organizationId" uuid NOT NULL, "uploadedById" uuid NOT NULL, "name" character varying(200) NOT NULL, "size" bigint NOT NULL, "kind" character varying(8) NOT NULL, "contentType" character varying(40) NOT NULL, "confidential" boolean NOT NULL DEFAULT false, "status" character varying(10) NOT NULL DEFAULT 'pending', "checksum" character varying(64), "objectKey" character varying(200) NOT NULL, "completedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_attachment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_target_idx" ON "attachment" ("targetType", "targetId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_status_created_idx" ON "attachment" ("status", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attachment_download" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attachmentId" uuid NOT NULL, "userId" uuid NOT NULL, "organizationId" uuid, "downloadedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_attachment_download" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_download_attachment_idx" ON "attachment_download" ("attachmentId", "downloadedAt") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "attachment_download_attachment_idx"`);
    await queryRunner.query(`DROP TABLE "attachment_download"`);
    await queryRunner.query(`DROP INDEX "attachment_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "attachment_target_idx"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
