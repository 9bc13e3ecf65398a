import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { MessengerLink } from './messenger-link.entity';
import { Notification } from './notification.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export const DELIVERY_CHANNELS = ['email', 'messenger', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * pending → sending → sent | failed; `digest` waits for the daily digest, which folds it
 * (`digested`) into one digest delivery; `skipped` could not be sent at all (no address).
 */
export const DELIVERY_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'digest',
  'digested',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One message to one external address: written before sending under a unique key per
 * (recipient, event, channel), claimed and marked after, so a job that runs twice sends once.
 */
@Entity('delivery')
@Index('delivery_key', ['key'], { unique: true })
@Index('delivery_pending_event_idx', ['eventKey'], { where: `"status" = 'pending'` })
@Index('delivery_failed_idx', ['updatedAt', 'id'], { where: `"status" = 'failed'` })
@Index('delivery_digest_idx', ['userId'], { where: `"status" = 'digest'` })
@Index('delivery_digest_of_idx', ['digestId'], { where: '"digestId" IS NOT NULL' })
export class Delivery extends SequencedEntity {
  @Column({ type: 'varchar', length: 10 })
  channel: DeliveryChannel;

  /** e.g. `email:<notificationId>`, `webhook:<endpointId>:<eventKey>`. */
  @Column({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  eventKey: string;

  /** The notice type (`need.matched`, …) or `digest`. */
  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'varchar', length: 10 })
  status: DeliveryStatus;

  @Column({ type: 'uuid', nullable: true })
  notificationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  endpointId: string | null;

  @Column({ type: 'uuid', nullable: true })
  messengerLinkId: string | null;

  /** Webhook `data` (ids only); for a digest, nothing (its items point at it). */
  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Bumped by an admin retry, so the retry gets a fresh BullMQ job id. */
  @Column({ type: 'int', default: 0 })
  generation: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  /** The digest delivery this item was folded into. */
  @Column({ type: 'uuid', nullable: true })
  digestId: string | null;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notificationId' })
  notification?: Notification;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpointId' })
  endpoint?: WebhookEndpoint;

  @ManyToOne(() => MessengerLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'messengerLinkId' })
  messengerLink?: MessengerLink;
}
