import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, point 9: a need may fix the currency of its bids and state the weights of its
 * award (price, local content, lead time; summing to 100), both terms a bid answers to.
 */
export class NeedBidCurrencyAwardCriteria1798100000002 implements MigrationInterface {
  name = 'NeedBidCurrencyAwardCriteria1798100000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" ADD "bidCurrency" character varying(3)`);
    await queryRunner.query(`ALTER TABLE "need" ADD "awardCriteria" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "awardCriteria"`);
    await queryRunner.query(`ALTER TABLE "need" DROP COLUMN "bidCurrency"`);
  }
}
