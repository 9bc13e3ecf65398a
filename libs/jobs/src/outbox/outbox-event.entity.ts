import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event waiting to become BullMQ jobs. Written in the caller's transaction, so it
 * exists exactly when the change it describes was committed.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['id'], { where: '"relayedAt" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /**
   * The queues whose job for this row has not completed yet (set when relayed, emptied as
   * the jobs complete). If Redis loses its memory, these jobs are added again from here.
   */
  @Column({ type: 'varchar', length: 32, array: true, default: '{}' })
  pendingQueues: string[];
}
