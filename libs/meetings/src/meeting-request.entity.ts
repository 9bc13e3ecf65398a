import { Column, Entity, Index } from 'typeorm';
import { SequencedEntity } from '@niaz/core';

export const MEETING_REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

/** One participant asks another for a meeting, perhaps about a need. */
@Entity('meeting_request')
@Index('meeting_request_exhibition_idx', ['exhibitionId', 'createdAt'])
@Index('meeting_request_to_idx', ['toOrganizationId', 'status'])
@Index('meeting_request_from_idx', ['fromOrganizationId', 'status'])
export class MeetingRequest extends SequencedEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'uuid' })
  fromOrganizationId: string;

  @Column({ type: 'uuid' })
  toOrganizationId: string;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: MeetingRequestStatus;

  /** The decliner's reason. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;
}
