import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One event of a need's tender, append-only and hash-chained: each chained entry carries the
 * SHA-256 of the need's previous entry (`prevHash`) and of itself (`hash`), so that a later
 * edit of any row breaks the chain. A bid's events on a sealed need wait outside the need's
 * chain (`seq` null, chained per bid) until the opening folds them in, in the order they
 * happened: before it, the need's chain shows nothing of its bids, not even a gap.
 */
@Entity('need_audit_entry')
@Index('need_audit_entry_seq_key', ['needId', 'seq'], { unique: true })
@Index('need_audit_entry_need_idx', ['needId', 'at'])
export class NeedAuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  /** Position in the need's chain (1, 2, …); null while a sealed bid's event waits for the opening. */
  @Column({ type: 'int', nullable: true })
  seq: number | null;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The bid an event is about, and its organisation (bidders read their own bid's events). */
  @Column({ type: 'uuid', nullable: true })
  bidId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  /**
   * A folded sealed event's link and hash from its waiting chain (its bid's events before the
   * opening), kept so that an edit made while it was sealed still shows; null otherwise.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  sealedPrevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sealedHash: string | null;
}
