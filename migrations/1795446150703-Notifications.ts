import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795446150703 implements MigrationInterface {
  name = 'Notifications1795446150703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "organizationId" uuid NOT NULL, "createdById" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" text array NOT NULL DEFAULT '{}', "secret" character varying(100) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "consecutiveFailures" integer NOT NULL DEFAULT '0', "disabledAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoint_org_idx" ON "webhook_endpoint" ("organizationId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "userId" uuid NOT NULL, "organizationId" uuid, "type" character varying(40) NOT NULL, "eventKey" character varying(200) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "inApp" boolean NOT NULL DEFAULT true, "readAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("userId") WHERE "inApp" AND "readAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_inbox_idx" ON "notification" ("userId", "createdAt", "id") WHERE "inApp"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_user_event_key" ON "notification" ("userId", "eventKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("userId" uuid NOT NULL, "inApp" boolean NOT NULL DEFAULT true, "email" boolean NOT NULL DEFAULT true, "webhook" boolean NOT NULL DEFAULT true, "messenger" boolean NOT NULL DEFAULT true, "digest" character varying(8) NOT NULL DEFAULT 'instant', "minScore" numeric(5,4) NOT NULL DEFAULT '0', "hsChapters" text array NOT NULL DEFAULT '{}', "quietHours" jsonb, "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8721bd56ae600308745ad49744" PRIMARY KEY ("userId"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "messenger_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "userId" uuid NOT NULL, "codeHash" character varying(64), "codeExpiresAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "chatId" character varying(32), "chatTitle" character varying(200), "linkedAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_962425b539533db979b63f8d5a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "messenger_link_user_chat_key" ON "messenger_link" ("userId", "chatId") WHERE "chatId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "messenger_link_code_key" ON "messenger_link" ("codeHash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "messenger_link_user_idx" ON "messenger_link" ("userId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "channel" character varying(10) NOT NULL, "key" character varying(300) NOT NULL, "eventKey" character varying(200) NOT NULL, "type" character varying(40) NOT NULL, "status" character varying(10) NOT NULL, "notificationId" uuid, "userId" uuid, "organizationId" uuid, "endpointId" uuid, "messengerLinkId" uuid, "data" jsonb, "attempts" integer NOT NULL DEFAULT '0', "generation" integer NOT NULL DEFAULT '0', "lastError" text, "sentAt" TIMESTAMP(3) WITH TIME ZONE, "digestId" uuid, CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_digest_of_idx" ON "delivery" ("digestId") WHERE "digestId" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_digest_idx" ON "delivery" ("userId") WHERE "status" = 'digest'`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_failed_idx" ON "delivery" ("updatedAt", "id") WHERE "status" = 'failed'`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_pending_event_idx" ON "delivery" ("eventKey") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "delivery_key" ON "delivery" ("key") `);
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_3ca306f409b65534f0cd9e21aa1" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_c8721bd56ae600308745ad49744" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messenger_link" ADD CONSTRAINT "FK_da0e9b95824e120a1cecf83afd6" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "FK_8b081c5a5103232d0bd6aeda340" FOREIGN KEY ("notificationId") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "FK_a4315a709749d90ad774e1c34d0" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "FK_f77353a695ce8b40216353ccb9a" FOREIGN KEY ("messengerLinkId") REFERENCES "messenger_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "delivery" DROP CONSTRAINT "FK_f77353a695ce8b40216353ccb9a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery" DROP CONSTRAINT "FK_a4315a709749d90ad774e1c34d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery" DROP CONSTRAINT "FK_8b081c5a5103232d0bd6aeda340"`,
    );
    await queryRunner.query(
      `ALTER TABLE "messenger_link" DROP CONSTRAINT "FK_da0e9b95824e120a1cecf83afd6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_c8721bd56ae600308745ad49744"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_1ced25315eb974b73391fb1c81b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_3ca306f409b65534f0cd9e21aa1"`,
    );
    await queryRunner.query(`DROP INDEX "delivery_key"`);
    await queryRunner.query(`DROP INDEX "delivery_pending_event_idx"`);
    await queryRunner.query(`DROP INDEX "delivery_failed_idx"`);
    await queryRunner.query(`DROP INDEX "delivery_digest_idx"`);
    await queryRunner.query(`DROP INDEX "delivery_digest_of_idx"`);
    await queryRunner.query(`DROP TABLE "delivery"`);
    await queryRunner.query(`DROP INDEX "messenger_link_user_idx"`);
    await queryRunner.query(`DROP INDEX "messenger_link_code_key"`);
    await queryRunner.query(`DROP INDEX "messenger_link_user_chat_key"`);
    await queryRunner.query(`DROP TABLE "messenger_link"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "notification_user_event_key"`);
    await queryRunner.query(`DROP INDEX "notification_inbox_idx"`);
    await queryRunner.query(`DROP INDEX "notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "webhook_endpoint_org_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
  }
}
