import { createHash, randomBytes } from 'node:crypto';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  AppConfig,
  mapPage,
  paginate,
  PageQueryDto,
  problems,
  ProblemException,
  wireTime,
} from '@niaz/core';
import { type Principal, userRowSql } from '@niaz/identity';
import { DataSource, IsNull } from 'typeorm';
import { NoticeRenderer } from '../i18n/notice-renderer';
import { MessengerLink } from '../messenger-link.entity';
import { BotApiClient, BotUpdate } from './bot-api.client';
import type {
  MessengerLinkCreatedResponse,
  MessengerLinkPage,
  MessengerLinkResponse,
} from './messenger-links.response';

const CODE_TTL_MS = 15 * 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function messengerLinkView(link: MessengerLink): MessengerLinkResponse {
  return {
    id: link.id,
    status: link.chatId ? 'linked' : 'pending',
    chatTitle: link.chatTitle,
    linkedAt: wireTime(link.linkedAt),
    codeExpiresAt: link.chatId ? null : wireTime(link.codeExpiresAt),
    createdAt: wireTime(link.createdAt),
    updatedAt: wireTime(link.updatedAt),
  };
}

/**
 * Links a user's Telegram or Bale chat: the web app asks for a one-time code, the user sends
 * `/start <code>` to the bot (the deep link does it for them), and the update — from the
 * worker's getUpdates poller or the Bot API's webhook call — binds the chat to the user.
 */
@Injectable()
export class MessengerLinksService {
  private readonly logger = new Logger(MessengerLinksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly bot: BotApiClient,
    private readonly renderer: NoticeRenderer,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(MessengerLink);
  }

  async create(principal: Principal): Promise<MessengerLinkCreatedResponse> {
    const username = this.config.env.MESSENGER_BOT_USERNAME;
    if (!this.bot.configured || !username) {
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'messenger-not-configured',
        'Messenger not configured',
        'This server has no messenger bot configured.',
      );
    }
    const code = randomBytes(16).toString('base64url');
    const link = await this.repo.save(
      this.repo.create({
        userId: principal.userId,
        codeHash: sha256(code),
        codeExpiresAt: new Date(Date.now() + CODE_TTL_MS),
      }),
    );
    return {
      ...messengerLinkView(link),
      code,
      deepLink: `${this.linkBase()}/${username}?start=${code}`,
    };
  }

  async list(principal: Principal, query: PageQueryDto): Promise<MessengerLinkPage> {
    const qb = this.repo
      .createQueryBuilder('l')
      .where('l.userId = :userId', { userId: principal.userId });
    return mapPage(await paginate(qb, query), messengerLinkView);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const result = await this.repo.delete({ id, userId: principal.userId });
    if (!result.affected) throw problems.notFound('Messenger link');
  }

  /**
   * Handles one bot update; safe to see the same update twice (the code is spent once, and a
   * chat already linked by it is left alone). Answers are best effort.
   */
  async handleUpdate(update: BotUpdate): Promise<'linked' | 'unlinked' | 'invalid' | 'ignored'> {
    const message = update?.message;
    const text = typeof message?.text === 'string' ? message.text.trim() : '';
    const chatId = message?.chat?.id;
    if (!message || chatId === undefined || chatId === null) return 'ignored';
    const chat = String(chatId);
    if (!/^-?\d{1,20}$/.test(chat)) return 'ignored';
    const start = /^\/start(?:@\w+)?(?:\s+([A-Za-z0-9_-]{1,64}))?$/.exec(text);
    if (start) return this.link(chat, start[1], message.chat);
    if (/^\/stop(?:@\w+)?$/.test(text)) return this.unlink(chat);
    return 'ignored';
  }

  private async link(
    chatId: string,
    code: string | undefined,
    chat: NonNullable<BotUpdate['message']>['chat'],
  ): Promise<'linked' | 'invalid' | 'ignored'> {
    if (!code) return 'ignored';
    const title = (chat.title ?? chat.username ?? chat.first_name ?? '').slice(0, 200) || null;
    const rows: Array<{
      userId: string;
      language: string;
      chatId: string | null;
      linked: boolean;
    }> = await this.dataSource.query(
      `WITH hit AS (
           SELECT id, "userId", "chatId" FROM messenger_link WHERE "codeHash" = $1
         ), upd AS (
           UPDATE messenger_link l SET "chatId" = $2, "chatTitle" = $3, "linkedAt" = now(), "updatedAt" = now()
             FROM hit
            WHERE l.id = hit.id AND l."chatId" IS NULL AND l."codeExpiresAt" > now()
              AND NOT EXISTS (SELECT 1 FROM messenger_link o WHERE o."userId" = l."userId" AND o."chatId" = $2)
           RETURNING l.id
         )
         SELECT hit."userId", hit."chatId", u.language, (SELECT count(*) FROM upd) > 0 AS linked
           FROM hit JOIN LATERAL (${userRowSql('hit."userId"')}) u ON true`,
      [sha256(code), chatId, title],
    );
    const hit = rows[0];
    // The same update seen again: the code already linked this very chat.
    if (hit && !hit.linked && hit.chatId === chatId) return 'ignored';
    const ok = !!hit?.linked;
    await this.reply(
      chatId,
      this.renderer.t(hit?.language ?? 'en', ok ? 'messenger.linked' : 'messenger.invalid'),
    );
    return ok ? 'linked' : 'invalid';
  }

  private async unlink(chatId: string): Promise<'unlinked' | 'ignored'> {
    const removed = await this.repo.find({ where: { chatId }, relations: { user: true } });
    if (removed.length === 0) return 'ignored';
    await this.repo.delete({ chatId });
    await this.reply(
      chatId,
      this.renderer.t(removed[0].user?.language ?? 'en', 'messenger.unlinked'),
    );
    return 'unlinked';
  }

  private async reply(chatId: string, text: string): Promise<void> {
    await this.bot.sendMessage(chatId, text).catch((e: unknown) => {
      this.logger.warn(`bot reply failed: ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  /** Deep links: t.me for Telegram, ble.ir for Bale, unless MESSENGER_LINK_BASE says otherwise. */
  private linkBase(): string {
    const configured = this.config.env.MESSENGER_LINK_BASE;
    if (configured) return configured.replace(/\/+$/, '');
    const base = this.config.env.MESSENGER_API_BASE ?? '';
    return /bale/i.test(base) ? 'https://ble.ir' : 'https://t.me';
  }

  /** Links not yet used whose code expired: cleaned up by the sweep. */
  async removeExpiredCodes(): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where({ chatId: IsNull() })
      .andWhere('"codeExpiresAt" < now() - interval \'1 day\'')
      .execute();
    return result.affected ?? 0;
  }
}
