import { Column, Entity, Index } from 'typeorm';
import { SequencedEntity } from '@niaz/core';

export const MEETING_STATUSES = ['accepted', 'held', 'no_show'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const FOLLOW_UPS = ['nda', 'bid', 'none'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

/** What one side says of a held meeting. */
export interface MeetingOutcome {
  rating: number;
  followUp: FollowUp;
  at: string;
}

/** An accepted request: two participants, maybe a need, and once scheduled a slot and a table. */
@Entity('meeting')
@Index('meeting_request_key', ['requestId'], { unique: true })
@Index('meeting_exhibition_slot_idx', ['exhibitionId', 'slotStart'])
@Index('meeting_table_slot_key', ['exhibitionId', 'slotStart', 'tableKey'], {
  unique: true,
  where: '"slotStart" IS NOT NULL',
})
export class Meeting extends SequencedEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'uuid' })
  requestId: string;

  /** The side that asked. */
  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  /** The side that accepted. */
  @Column({ type: 'uuid' })
  recipientOrganizationId: string;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  slotStart: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  tableKey: string | null;

  /** "Schedule all" leaves a locked meeting where it is. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ type: 'varchar', length: 12, default: 'accepted' })
  status: MeetingStatus;

  @Column({ type: 'jsonb', nullable: true })
  requesterOutcome: MeetingOutcome | null;

  @Column({ type: 'jsonb', nullable: true })
  recipientOutcome: MeetingOutcome | null;

  /** When held or no-show was marked. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  markedAt: Date | null;
}
