// Millisecond precision keeps keyset cursors (which carry JS Dates) exact.
import {
  Column,
  CreateDateColumn,
  Generated,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** id, createdAt and updatedAt, which every resource of the API carries. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * A resource listed in time order: `seq` is a monotonic number (a PostgreSQL identity) that
 * breaks ties between rows of the same millisecond, so lists and cursors give creation order.
 * `paginate` uses it when present. Read only; a bigint, so TypeORM reads it as a string.
 */
export abstract class SequencedEntity extends BaseEntity {
  @SequenceColumn()
  seq: string;
}

/** The `seq` column of SequencedEntity, for entities with their own id and time columns. */
export function SequenceColumn(): PropertyDecorator {
  return (target, key) => {
    Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })(
      target,
      key,
    );
    // 'identity' is a strategy TypeORM's PostgreSQL driver supports but its typings omit.
    Generated('identity' as 'increment')(target, key as string);
  };
}

/** A row that is written once and never updated as a whole: id, creation order and time. */
export abstract class SequencedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Creation order within a millisecond (lists and cursors). */
  @SequenceColumn()
  seq: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A resource an organisation owns, with the member who created it. */
export abstract class OwnedEntity extends SequencedEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  createdById: string;
}

/** Something an organisation sends in (a bid, a submission), with the member who sent it. */
export abstract class SubmittedEntity extends SequencedEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  submittedById: string;
}
