import { Column, Entity, Index } from 'typeorm';
import { Language, OwnedEntity, MoneyAmountColumn, QuantityColumn } from '@niaz/core';
import type { NeedStatus } from './need-lifecycle';
import type { AwardCriteria } from './award-criteria';

/** The title and summary of a need in another language than its own, written by its owner. */
export interface NeedTranslation {
  title?: string;
  description?: string;
}

/** A part, material or technology a manufacturer imports today and wants made at home. */
@Entity('need')
@Index('need_org_created_idx', ['organizationId', 'createdAt'])
@Index('need_status_deadline_idx', ['status', 'bidDeadline'])
export class Need extends OwnedEntity {
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: NeedStatus;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The same title and summary in other languages, e.g. `{ tr: { title: "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Partial<Record<Language, NeedTranslation>>;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'text', array: true })
  hsCodes: string[];

  @Column({ type: 'varchar', length: 4, nullable: true })
  isic: string | null;

  @QuantityColumn({ nullable: true })
  quantityPerYear: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  importOrigin: string | null;

  @MoneyAmountColumn({ nullable: true })
  annualImportValueAmount: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  annualImportValueCurrency: string | null;

  @MoneyAmountColumn({ nullable: true })
  targetPriceAmount: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  targetPriceCurrency: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  requiredCertifications: string[];

  @Column({ type: 'text', nullable: true })
  specification: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  bidDeadline: Date;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  province: string | null;

  /** IANA zone the need's deadlines are read in (Asia/Tehran for Iran, Europe/Istanbul for Turkey). */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  deliveryLocation: string | null;

  /** Confidential: only the owner's members and suppliers who accepted the NDA read it. */
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'boolean', default: true })
  ndaRequired: boolean;

  @Column({ type: 'boolean', default: false })
  bidsVisibleBeforeDeadline: boolean;

  @Column({ type: 'smallint', nullable: true })
  minLocalContentPercent: number | null;

  /** ISO 4217: when set, every bid is priced in it (a bid in another currency is refused). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  bidCurrency: string | null;

  /** Weights (summing to 100) the comparison scores bids by; null: no scoring. */
  @Column({ type: 'jsonb', nullable: true })
  awardCriteria: AwardCriteria | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** Questions are taken until then; null: two days before the bid deadline. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  clarificationsUntil: Date | null;

  /** How many amendments the terms had since publication (bids carry the count they answer). */
  @Column({ type: 'int', default: 0 })
  amendmentCount: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** Why it was closed or cancelled; bidders and organisers see it. */
  @Column({ type: 'text', nullable: true })
  closeReason: string | null;
}
