import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalStringTransformer } from '@niaz/core';

/** Units of `currency` per one euro, as of a date, from a named source; admins maintain them. */
@Entity('exchange_rate')
@Check('exchange_rate_positive', '"perEur" > 0')
export class ExchangeRate {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 24, scale: 8, transformer: decimalStringTransformer })
  perEur: string;

  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'varchar', length: 200 })
  source: string;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
