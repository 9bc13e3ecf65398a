import { Column, Entity, Index } from 'typeorm';
import { SequencedEntity } from '@niaz/core';

export const PARTICIPANT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** An organisation taking part in an exhibition's meetings. */
@Entity('exhibition_participant')
@Index('exhibition_participant_key', ['exhibitionId', 'organizationId'], { unique: true })
export class ExhibitionParticipant extends SequencedEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  registeredById: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: ParticipantStatus;

  /** Slot starts (ISO 8601 UTC) the participant cannot meet in. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  unavailable: string[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** When the (manufacturer) participant let the organisers import needs on its behalf. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  needsImportConsentAt: Date | null;
}
