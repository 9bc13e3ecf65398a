import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { JobSchedules } from '@niaz/jobs';
import { SWEEP_EVERY_MS } from './delivery/notification-sweep.service';
import { BotApiClient } from './messenger/bot-api.client';

/**
 * The notifications worker's schedules: the sweep, the digest and (when the bot polls) the
 * messenger poll, kept alive by JobSchedules if Redis forgets them; and the bot's webhook when
 * updates arrive by webhook. Apart from NoticeProcessor, which only turns jobs into notices.
 */
@Injectable()
export class NotificationSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationSchedules.name);

  constructor(
    private readonly config: AppConfig,
    private readonly bot: BotApiClient,
    private readonly schedules: JobSchedules,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const env = this.config.env;
    await this.schedules.register({
      id: 'notifications-sweep',
      queue: 'notifications',
      repeat: { every: SWEEP_EVERY_MS },
      name: 'notifications.sweep',
      data: {},
    });
    await this.schedules.register({
      id: 'notifications-digest',
      queue: 'notifications',
      repeat: { pattern: env.NOTIFY_DIGEST_CRON, tz: 'UTC' },
      name: 'notifications.digest',
      data: {},
    });
    await this.messengerPoll();
    await this.messengerWebhook();
  }

  /** Polled updates: a schedule while the bot is configured to poll, none otherwise. */
  private async messengerPoll(): Promise<void> {
    const env = this.config.env;
    if (this.bot.configured && env.MESSENGER_UPDATES === 'poll') {
      await this.schedules.register({
        id: 'messenger-poll',
        queue: 'notifications',
        repeat: { every: env.MESSENGER_POLL_MS },
        name: 'notifications.messenger-poll',
        data: {},
        opts: { removeOnComplete: true },
      });
    } else {
      await this.schedules.unregister('notifications', 'messenger-poll');
    }
  }

  /** Updates by webhook: tell the bot where to send them (a failure is logged, not fatal). */
  private async messengerWebhook(): Promise<void> {
    const env = this.config.env;
    if (!this.bot.configured || env.MESSENGER_UPDATES !== 'webhook') return;
    await this.bot
      .call('setWebhook', {
        url: `${env.PUBLIC_URL.replace(/\/+$/, '')}/api/v1/messenger/updates`,
        secret_token: env.MESSENGER_WEBHOOK_SECRET,
        allowed_updates: ['message'],
      })
      .catch((e: unknown) => this.logger.warn(`setWebhook failed: ${String(e)}`));
  }
}
