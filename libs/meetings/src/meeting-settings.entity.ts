import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@niaz/core';

export const SCHEDULING_MODES = ['participants', 'organiser'] as const;
/** `participants`: the accepting side picks a common free slot; `organiser`: "schedule all". */
export type SchedulingMode = (typeof SCHEDULING_MODES)[number];

/** A period as stored: ISO 8601 UTC instants. */
export interface StoredRange {
  startsAt: string;
  endsAt: string;
}

/** A named meeting point; an online one has a link. */
export interface MeetingTable {
  key: string;
  name: string;
  online: boolean;
  link: string | null;
}

/** How an exhibition's meetings run: the grid of blocks and slots, the tables, the rules. */
@Entity('meeting_settings')
@Index('meeting_settings_exhibition_key', ['exhibitionId'], { unique: true })
export class MeetingSettings extends BaseEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  /** IANA time zone the fair is held in: days, agendas and calendars are in it. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'smallint' })
  slotMinutes: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  blocks: StoredRange[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  breaks: StoredRange[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tables: MeetingTable[];

  /** An unanswered request expires after this many hours. */
  @Column({ type: 'smallint', default: 48 })
  requestTtlHours: number;

  /** At most this many requests of one participant wait for an answer at a time. */
  @Column({ type: 'smallint', default: 20 })
  maxPendingRequests: number;

  @Column({ type: 'varchar', length: 12, default: 'organiser' })
  mode: SchedulingMode;

  /** Registrations are approved at once. */
  @Column({ type: 'boolean', default: false })
  autoApprove: boolean;

  /** When the agendas were published; null while the organiser is still arranging. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;
}
