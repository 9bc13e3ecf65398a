import { Column, Entity, Index } from 'typeorm';
import { MoneyAmountColumn, QuantityColumn, SubmittedEntity } from '@niaz/core';

export const BID_STATUSES = [
  'submitted',
  'shortlisted',
  'rejected',
  'awarded',
  'withdrawn',
  // Not re-confirmed after an amendment by the deadline: kept, never opened.
  'lapsed',
] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

/**
 * A supplier organisation's offer on a need. One live (not withdrawn) bid per organisation
 * and need, enforced by a partial unique index, not only in code.
 */
/** Reasons the server writes for decisions it takes itself; readers word them in their language. */
export const DECISION_REASON_CODES = ['another-bid-awarded'] as const;
export type DecisionReasonCode = (typeof DECISION_REASON_CODES)[number];

@Entity('bid')
@Index('bid_live_per_org_key', ['needId', 'organizationId'], {
  unique: true,
  where: `"status" <> 'withdrawn'`,
})
@Index('bid_need_idx', ['needId', 'createdAt'])
export class Bid extends SubmittedEntity {
  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'varchar', length: 12, default: 'submitted' })
  status: BidStatus;

  @MoneyAmountColumn()
  priceAmount: string;

  @Column({ type: 'varchar', length: 3 })
  priceCurrency: string;

  @QuantityColumn()
  quantity: number;

  @Column({ type: 'int' })
  leadTimeDays: number;

  @Column({ type: 'smallint', nullable: true })
  localContentPercent: number | null;

  @Column({ type: 'text', default: '' })
  proposal: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  validUntil: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /**
   * The need's `amendmentCount` this bid answers to (set at submission and re-confirmation).
   * Below the need's count, the need was amended since: the bid waits for re-confirmation.
   */
  @Column({ type: 'int', default: 0 })
  termsVersion: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  /** A reason the server gives itself (e.g. `another-bid-awarded`), worded by each reader's app. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  decisionReasonCode: DecisionReasonCode | null;
}
