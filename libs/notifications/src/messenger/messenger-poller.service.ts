import { Injectable, Logger } from '@nestjs/common';
import { BotApiClient, BotUpdate } from './bot-api.client';
import { MessengerLinksService } from './messenger-links.service';

/**
 * Reads the bot's updates with getUpdates (short polls, run by a job scheduler). The offset
 * lives in memory: after a restart the Bot API sends the unconfirmed updates again, and
 * handling one twice changes nothing.
 */
@Injectable()
export class MessengerPollerService {
  private readonly logger = new Logger(MessengerPollerService.name);
  private offset = 0;
  private polling = false;

  constructor(
    private readonly bot: BotApiClient,
    private readonly links: MessengerLinksService,
  ) {}

  async poll(): Promise<number> {
    if (this.polling || !this.bot.configured) return 0;
    this.polling = true;
    try {
      const updates = await this.bot.call<BotUpdate[]>('getUpdates', {
        offset: this.offset,
        timeout: 0,
        allowed_updates: ['message'],
      });
      for (const update of updates) {
        await this.links.handleUpdate(update);
        this.offset = Math.max(this.offset, update.update_id + 1);
      }
      return updates.length;
    } catch (e) {
      this.logger.warn(`getUpdates failed: ${e instanceof Error ? e.message : String(e)}`);
      return 0;
    } finally {
      this.polling = false;
    }
  }
}
