import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier organisation accepted a need's NDA: who and when. */
@Entity('need_nda')
@Index('need_nda_need_org_key', ['needId', 'organizationId'], { unique: true })
export class NeedNda {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  acceptedAt: Date;
}
