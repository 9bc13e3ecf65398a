import { SequencedRecord } from '@niaz/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A clarification: a supplier member's question on a published need and the owner's answer,
 * read in the open once answered. Who asked is kept for the record and never shown to the
 * owner or to others.
 */
@Entity('need_question')
@Index('need_question_need_idx', ['needId', 'createdAt'])
export class NeedQuestion extends SequencedRecord {
  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  askedById: string;

  @Column({ type: 'uuid' })
  askedByOrganizationId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  /** The answer touches the confidential details: NDA signers (and the owner) read it. */
  @Column({ type: 'boolean', default: false })
  ndaOnly: boolean;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;
}
