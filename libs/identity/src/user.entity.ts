import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@niaz/core';
import type { Language } from '@niaz/core';

@Entity('app_user')
export class User extends BaseEntity {
  /** Stored lower-cased; unique. */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The language of the messages this user receives. */
  @Column({ type: 'varchar', length: 2, default: 'fa' })
  language: Language;

  /** Platform admin: verifies organisations, reindexes, watches queues. */
  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  /** When the owner of the address proved it (the link in the verification e-mail). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailVerifiedAt: Date | null;
}
