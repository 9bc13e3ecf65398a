import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exchange rates admins maintain, one per currency, as units of that currency per euro, with
 * their date and source: the bid comparison converts with them and states which it used.
 */
export class ExchangeRates1797150000000 implements MigrationInterface {
  name = 'ExchangeRates1797150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "exchange_rate" (
        "currency" character varying(3) NOT NULL,
        "perEur" numeric(24,8) NOT NULL,
        "asOf" date NOT NULL,
        "source" character varying(200) NOT NULL,
        "updatedById" uuid,
        "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "exchange_rate_pkey" PRIMARY KEY ("currency"),
        CONSTRAINT "exchange_rate_positive" CHECK ("perEur" > 0)
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "exchange_rate"`);
  }
}
