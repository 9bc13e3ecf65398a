import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A catalog PDF typeset by the worker, per exhibition and language, for one version of the
 * catalog (CatalogService.version, hashed): the api serves it and never typesets itself.
 */
@Entity('catalog_pdf')
export class CatalogPdf {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'catalog_pdf_pkey' })
  exhibitionId: string;

  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'catalog_pdf_pkey' })
  language: string;

  @Column({ type: 'varchar', length: 64 })
  version: string;

  /** The title the file is offered under (the cover's title). */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'bytea' })
  body: Buffer;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  renderedAt: Date;
}
