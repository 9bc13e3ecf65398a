import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** One reading of a need's confidential details, so the owner sees who read them and when. */
@Entity('need_detail_view')
@Index('need_detail_view_need_idx', ['needId', 'viewedAt'])
export class NeedDetailView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  viewedAt: Date;

  /** Monotonic: orders readings of the same millisecond (see SequencedEntity). */
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  // 'identity' is a strategy TypeORM's PostgreSQL driver supports but its typings omit.
  @Generated('identity' as 'increment')
  seq: string;
}
