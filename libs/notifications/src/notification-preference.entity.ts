import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericNumberTransformer } from '@niaz/core';
import { User } from '@niaz/identity';

export interface QuietHours {
  /** Local time `HH:MM` when quiet starts and ends (may wrap past midnight). */
  start: string;
  end: string;
  /** IANA zone, e.g. `Asia/Tehran`. */
  timeZone: string;
}

/** A user's notification settings; a user without a row has the defaults (all on, instant). */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  @Column({ type: 'boolean', default: true })
  email: boolean;

  @Column({ type: 'boolean', default: true })
  webhook: boolean;

  @Column({ type: 'boolean', default: true })
  messenger: boolean;

  @Column({ type: 'varchar', length: 8, default: 'instant' })
  digest: 'instant' | 'daily';

  /** Matches below this score are not told to this user. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 4,
    default: 0,
    transformer: numericNumberTransformer,
  })
  minScore: number;

  /** HS chapters (2 digits) of interest; empty: every chapter. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  hsChapters: string[];

  @Column({ type: 'jsonb', nullable: true })
  quietHours: QuietHours | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
