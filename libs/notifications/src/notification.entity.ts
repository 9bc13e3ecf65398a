import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { User } from '@niaz/identity';

/**
 * One thing a user was told, once: unique per (recipient, event key), so a retried job, a
 * re-match or a duplicated event stores nothing twice. The message is rendered when read,
 * in the reader's language, from `type` and `params` (ids and the words it names). It also
 * anchors the user's external deliveries; `inApp = false` hides it from the inbox.
 */
@Entity('notification')
@Index('notification_user_event_key', ['userId', 'eventKey'], { unique: true })
@Index('notification_inbox_idx', ['userId', 'createdAt', 'id'], { where: '"inApp"' })
@Index('notification_unread_idx', ['userId'], { where: '"inApp" AND "readAt" IS NULL' })
export class Notification extends SequencedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  /** The organisation the user is told as (a member of it), when there is one. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  /** The event, e.g. `need.matched:<needId>`; the same key for every recipient of it. */
  @Column({ type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, unknown>;

  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
