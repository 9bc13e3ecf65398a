import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalog PDFs typeset by the worker, per exhibition, language and catalog version. */
export class CatalogPdf1797400000001 implements MigrationInterface {
  name = 'CatalogPdf1797400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalog_pdf" ("exhibitionId" uuid NOT NULL, "language" character varying(2) NOT NULL, "version" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "body" bytea NOT NULL, "renderedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "catalog_pdf_pkey" PRIMARY KEY ("exhibitionId", "language"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "catalog_pdf"`);
  }
}
