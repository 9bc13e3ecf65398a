import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@niaz/core';

/**
 * An e-mail invitation to an exhibition's meetings. The link's token is kept only as its
 * SHA-256 hash; it works once (`acceptedAt`) and until `expiresAt`.
 */
@Entity('meeting_invitation')
@Index('meeting_invitation_token_key', ['tokenHash'], { unique: true })
@Index('meeting_invitation_exhibition_idx', ['exhibitionId', 'email'])
export class MeetingInvitation extends BaseEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** The language the e-mail was written in. */
  @Column({ type: 'varchar', length: 2, default: 'fa' })
  language: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedById: string;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedOrganizationId: string | null;
}
