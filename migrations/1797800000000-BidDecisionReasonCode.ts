import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reasons the server writes become codes each reader's app words in its language: the English
 * "Another bid was awarded." stored on bids (and in the notices already written about them)
 * becomes `another-bid-awarded`.
 */
export class BidDecisionReasonCode1797800000000 implements MigrationInterface {
  name = 'BidDecisionReasonCode1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bid" ADD "decisionReasonCode" character varying(40)`);
    await queryRunner.query(
      `UPDATE "bid" SET "decisionReasonCode" = 'another-bid-awarded', "decisionReason" = NULL
        WHERE "decisionReason" = 'Another bid was awarded.'`,
    );
    await queryRunner.query(
      `UPDATE "notification"
          SET "params" = ("params" - 'reason') || '{"reasonCode": "another-bid-awarded"}'::jsonb
        WHERE "type" = 'bid.rejected' AND "params"->>'reason' = 'Another bid was awarded.'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "notification"
          SET "params" = ("params" - 'reasonCode') || '{"reason": "Another bid was awarded."}'::jsonb
        WHERE "type" = 'bid.rejected' AND "params"->>'reasonCode' = 'another-bid-awarded'`,
    );
    await queryRunner.query(
      `UPDATE "bid" SET "decisionReason" = 'Another bid was awarded.'
        WHERE "decisionReasonCode" = 'another-bid-awarded'`,
    );
    await queryRunner.query(`ALTER TABLE "bid" DROP COLUMN "decisionReasonCode"`);
  }
}
