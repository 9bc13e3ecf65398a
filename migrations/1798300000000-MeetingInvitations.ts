import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail invitations to an exhibition's meetings (issue 19 point 7): the organiser invites an
 * address; the link (its token stored only as a SHA-256 hash) works once, until it expires, and
 * joins the holder's organisation as an approved participant.
 */
export class MeetingInvitations1798300000000 implements MigrationInterface {
  name = 'MeetingInvitations1798300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_invitation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "exhibitionId" uuid NOT NULL,
      "email" character varying(254) NOT NULL,
      "language" character varying(2) NOT NULL DEFAULT 'fa',
      "tokenHash" character(64) NOT NULL,
      "invitedById" uuid NOT NULL,
      "expiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "acceptedAt" TIMESTAMP(3) WITH TIME ZONE,
      "acceptedOrganizationId" uuid,
      CONSTRAINT "PK_c21592e99c4c046fa6f766e4cea" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_invitation_token_key" ON "meeting_invitation" ("tokenHash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_invitation_exhibition_idx" ON "meeting_invitation" ("exhibitionId", "email")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_invitation"`);
  }
}
