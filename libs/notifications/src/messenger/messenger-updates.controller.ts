import { timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig, problems, Public } from '@niaz/core';
import type { BotUpdate } from './bot-api.client';
import { MessengerLinksService } from './messenger-links.service';

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The bot's update webhook (MESSENGER_UPDATES=webhook): the Bot API calls it with the
 * secret it was given by setWebhook in `X-Telegram-Bot-Api-Secret-Token`. Without a
 * configured secret the route does not exist (404).
 */
@ApiExcludeController()
@Controller('messenger/updates')
export class MessengerUpdatesController {
  constructor(
    private readonly config: AppConfig,
    private readonly links: MessengerLinksService,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  async update(
    @Headers('x-telegram-bot-api-secret-token') secret: string | undefined,
    @Body() body: unknown,
  ): Promise<{ ok: true; result: Awaited<ReturnType<MessengerLinksService['handleUpdate']>> }> {
    const expected = this.config.env.MESSENGER_WEBHOOK_SECRET;
    if (!expected || this.config.env.MESSENGER_UPDATES !== 'webhook') {
      throw problems.notFound('Route');
    }
    if (!secret || !same(secret, expected)) throw problems.unauthorized('Wrong bot secret.');
    const result = await this.links.handleUpdate((body ?? {}) as BotUpdate);
    return { ok: true, result };
  }
}
