import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@niaz/core';

/** The owner invited a supplier organisation to bid on a need. */
@Entity('need_invitation')
@Index('need_invitation_need_org_key', ['needId', 'organizationId'], { unique: true })
export class NeedInvitation extends BaseEntity {
  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  invitedById: string;
}
