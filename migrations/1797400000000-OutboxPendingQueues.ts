import { MigrationInterface, QueryRunner } from 'typeorm';

/** The queues whose job of an outbox row has not completed yet (work to re-derive if Redis loses it). */
export class OutboxPendingQueues1797400000000 implements MigrationInterface {
  name = 'OutboxPendingQueues1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_event" ADD "pendingQueues" character varying(32) array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "pendingQueues"`);
  }
}
