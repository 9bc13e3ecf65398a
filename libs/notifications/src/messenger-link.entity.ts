import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import { User } from '@niaz/identity';

/**
 * A user's Telegram or Bale chat. Made pending with a one-time code (only its hash is kept);
 * linked when the user sends `/start <code>` to the bot.
 */
@Entity('messenger_link')
@Index('messenger_link_user_idx', ['userId', 'createdAt'])
@Index('messenger_link_code_key', ['codeHash'], { unique: true })
@Index('messenger_link_user_chat_key', ['userId', 'chatId'], {
  unique: true,
  where: '"chatId" IS NOT NULL',
})
export class MessengerLink extends SequencedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  codeHash: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  codeExpiresAt: Date;

  /** The Bot API chat id (a 64-bit integer, kept as text). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  chatId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  chatTitle: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  linkedAt: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
