import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SubmittedEntity } from '@niaz/core';
import type { SubmissionStatus } from './exhibition-lifecycle';
import { Exhibition } from './exhibition.entity';

/**
 * A need proposed for an exhibition. One row per (exhibition, need): a resubmission moves the
 * same row back to pending, so the history of decisions lives in the audit log.
 * `organizationId` is the need's (manufacturer) organisation: the submitter side.
 */
@Entity('exhibition_submission')
@Index('exhibition_submission_exhibition_need_key', ['exhibitionId', 'needId'], { unique: true })
@Index('exhibition_submission_need_idx', ['needId'])
@Index('exhibition_submission_org_created_idx', ['organizationId', 'createdAt'])
export class ExhibitionSubmission extends SubmittedEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: SubmissionStatus;

  /** The organiser's reason for the last decision; the submitter sees it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Key of one of the exhibition's sections. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  section: string | null;

  @Column({ type: 'int', default: 0 })
  order: number;

  @Column({ type: 'boolean', default: false })
  featured: boolean;

  /** When it was last (re)submitted. */
  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => Exhibition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitionId' })
  exhibition?: Exhibition;
}
