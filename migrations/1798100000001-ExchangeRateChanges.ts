import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of an exchange rate, with who and when and the value before and after: bid
 * comparisons convert with these rates, so their history is kept for admins to read. The
 * rates already set enter as their first change (before: null), by whoever set them last.
 */
export class ExchangeRateChanges1798100000001 implements MigrationInterface {
  name = 'ExchangeRateChanges1798100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "exchange_rate_change" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "currency" character varying(3) NOT NULL,
        "before" jsonb,
        "after" jsonb NOT NULL,
        "actorId" uuid,
        "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "exchange_rate_change_pkey" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "exchange_rate_change_currency_idx" ON "exchange_rate_change" ("currency", "createdAt") `,
    );
    await queryRunner.query(
      `INSERT INTO "exchange_rate_change" (currency, before, after, "actorId", "createdAt")
       SELECT currency, NULL,
              jsonb_build_object('perEur', "perEur"::text, 'asOf', "asOf"::text, 'source', source),
              "updatedById", "updatedAt"
         FROM "exchange_rate" ORDER BY "updatedAt", currency`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "exchange_rate_change_currency_idx"`);
    await queryRunner.query(`DROP TABLE "exchange_rate_change"`);
  }
}
