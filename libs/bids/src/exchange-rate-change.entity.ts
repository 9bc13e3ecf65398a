import { SequenceColumn } from '@niaz/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A rate as it stood: units per euro, its date and its source. */
export interface RateValue {
  perEur: string;
  asOf: string;
  source: string;
}

/**
 * One change of an exchange rate: who set it, when, and its value before (null: first set)
 * and after. Append-only; the comparison of bids depends on these numbers, so admins can see
 * how they moved.
 */
@Entity('exchange_rate_change')
@Index('exchange_rate_change_currency_idx', ['currency', 'createdAt'])
export class ExchangeRateChange {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'exchange_rate_change_pkey' })
  id: string;

  /** Creation order within a millisecond (lists and cursors). */
  @SequenceColumn()
  seq: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'jsonb', nullable: true })
  before: RateValue | null;

  @Column({ type: 'jsonb' })
  after: RateValue;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
