import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { Exhibition } from './exhibition.entity';

/** An organiser invited a manufacturer organisation to submit its needs. */
@Entity('exhibition_invitation')
@Index('exhibition_invitation_exhibition_org_key', ['exhibitionId', 'organizationId'], {
  unique: true,
})
@Index('exhibition_invitation_org_idx', ['organizationId'])
export class ExhibitionInvitation extends SequencedEntity {
  @Column({ type: 'uuid' })
  exhibitionId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => Exhibition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitionId' })
  exhibition?: Exhibition;
}
