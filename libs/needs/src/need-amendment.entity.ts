import { SequencedRecord } from '@niaz/core';
import { Column, Entity, Index } from 'typeorm';

/** One field's value before and after an amendment (money as `{amount, currency}`, dates ISO). */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/**
 * A change to the terms of a published need: every field's value before and after, why, who
 * and when. Append-only; shown to everyone who sees the need (`details` only to NDA signers).
 */
@Entity('need_amendment')
@Index('need_amendment_need_idx', ['needId', 'createdAt'])
export class NeedAmendment extends SequencedRecord {
  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'jsonb' })
  changes: Record<string, FieldChange>;

  /** The amendment came too close to the deadline, which moved to AMENDMENT_MIN_DAYS away. */
  @Column({ type: 'boolean', default: false })
  deadlineExtended: boolean;
}
