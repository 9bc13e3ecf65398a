import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { Organization } from '@niaz/identity';

/**
 * An organisation's receiver of Standard Webhooks. The secret signs every delivery, so it is
 * kept (it is symmetric); the API shows it only when it is made.
 */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_org_idx', ['organizationId', 'createdAt'])
export class WebhookEndpoint extends SequencedEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** Event types it receives; empty: all of them. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  events: string[];

  @Column({ type: 'varchar', length: 100, select: false })
  secret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Failed attempts in a row; the endpoint is disabled at 10. */
  @Column({ type: 'int', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;
}
