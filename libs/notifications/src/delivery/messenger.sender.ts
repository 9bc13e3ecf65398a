import { Injectable } from '@nestjs/common';
import { NoticeRenderer } from '../i18n/notice-renderer';
import { BotApiClient } from '../messenger/bot-api.client';
import type { ChannelSender, DeliveryRow } from './channel-sender';
import { DeliveryNotices } from './delivery-notices';

const MESSENGER_MAX_CHARS = 4000;

/** Telegram/Bale: the notice (or digest) as plain text to the linked chat, cut to the limit. */
@Injectable()
export class MessengerSender implements ChannelSender {
  readonly channel = 'messenger';

  constructor(
    private readonly renderer: NoticeRenderer,
    private readonly bot: BotApiClient,
    private readonly notices: DeliveryNotices,
  ) {}

  async send(row: DeliveryRow): Promise<void> {
    const language = row.language ?? 'en';
    const notices = await this.notices.of(row);
    let text =
      row.type === 'digest'
        ? [
            this.renderer.t(language, 'digest.title', { count: notices.length }),
            ...notices.map((n) => `• ${n.title}\n${n.url}`),
          ].join('\n\n')
        : this.renderer.plainText(notices[0]);
    if (text.length > MESSENGER_MAX_CHARS) text = `${text.slice(0, MESSENGER_MAX_CHARS - 1)}…`;
    await this.bot.sendMessage(row.chatId!, text);
  }
}
