import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { Organization } from './organization.entity';
import { User } from './user.entity';

export const MEMBERSHIP_ROLES = ['owner', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

@Entity('membership')
@Index('membership_user_org_key', ['userId', 'organizationId'], { unique: true })
export class Membership extends SequencedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Index('membership_org_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  role: MembershipRole;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;
}
