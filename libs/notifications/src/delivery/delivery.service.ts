import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { userRowSql } from '@niaz/identity';
import { DelayedError, Job } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { emailParts } from '../email/email-template';
import { MailerService } from '../email/mailer.service';
import { UnsubscribeTokens } from '../email/unsubscribe-token';
import { NoticeRenderer, RenderedNotice } from '../i18n/notice-renderer';
import { BotApiClient } from '../messenger/bot-api.client';
import { NoticeWriterService } from '../notice-writer.service';
import type { DeliveryChannel, DeliveryStatus } from '../delivery.entity';
import type { QuietHours } from '../notification-preference.entity';
import { webhookDisabledRecipients } from '../notices/webhook-disabled.notice';
import { quietUntil } from '../preferences/quiet-hours';
import { DeliveryError, pinnedPost } from '../webhooks/pinned-post';

/** Failed attempts in a row after which a webhook endpoint is disabled. */
export const WEBHOOK_DISABLE_AFTER = 10;
const MESSENGER_MAX_CHARS = 4000;

interface DeliveryRow {
  id: string;
  channel: DeliveryChannel;
  type: string;
  status: DeliveryStatus;
  attempts: number;
  data: Record<string, unknown> | null;
  createdAt: Date;
  userId: string | null;
  endpointId: string | null;
  noticeType: string | null;
  params: Record<string, unknown> | null;
  email: string | null;
  language: string | null;
  quietHours: QuietHours | null;
  wantEmail: boolean;
  wantMessenger: boolean;
  chatId: string | null;
  url: string | null;
  secret: string | null;
  endpointEnabled: boolean | null;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped' | 'noop';

/**
 * Sends one delivery, once in effect: the row is claimed (`sending`, attempts + 1) before
 * anything goes out and marked `sent` after; a job that runs again finds it sent and does
 * nothing. A failure leaves it `pending` for BullMQ's backoff until the attempts run out
 * (`failed`, listed for admins). E-mail and messenger wait out the user's quiet hours.
 * The one unavoidable gap: a crash after the receiver accepted but before `sent` is
 * written sends again; receivers can drop the repeat by its id (`webhook-id`, Message-ID).
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  private readonly unsubscribe: UnsubscribeTokens;
  private readonly mailDomain: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly renderer: NoticeRenderer,
    private readonly mailer: MailerService,
    private readonly bot: BotApiClient,
    private readonly writer: NoticeWriterService,
  ) {
    this.unsubscribe = new UnsubscribeTokens(config.env.UNSUBSCRIBE_KEY);
    this.mailDomain = new URL(config.env.PUBLIC_URL).hostname || 'niaz.local';
  }

  async deliver(deliveryId: string, job?: Job, token?: string): Promise<DeliveryOutcome> {
    const row = await this.load(deliveryId);
    if (!row || (row.status !== 'pending' && row.status !== 'sending')) return 'noop';

    if (row.channel === 'webhook') {
      if (!row.endpointEnabled) return this.finish(row.id, 'failed', 'the endpoint is disabled');
    } else {
      const until = quietUntil(row.quietHours, new Date());
      if (until && job) {
        // The user's quiet hours: the same job waits until they end (no attempt spent).
        await job.moveToDelayed(until.getTime(), token);
        throw new DelayedError();
      }
      if (row.channel === 'email' && (!row.wantEmail || !row.email))
        return this.finish(row.id, 'skipped', 'e-mail is turned off');
      if (row.channel === 'messenger' && (!row.wantMessenger || !row.chatId))
        return this.finish(row.id, 'skipped', 'the messenger channel is off or unlinked');
    }

    const claimed: Array<{ attempts: number }> = await this.dataSource.query(
      `WITH claim AS (
         UPDATE delivery SET status = 'sending', attempts = attempts + 1, "updatedAt" = now()
          WHERE id = $1 AND status IN ('pending', 'sending') RETURNING attempts
       ) SELECT attempts FROM claim`,
      [row.id],
    );
    if (claimed.length === 0) return 'noop';

    try {
      await this.send(row);
    } catch (error) {
      return this.failed(row, claimed[0].attempts, error);
    }
    await this.dataSource.query(
      `UPDATE delivery SET status = 'sent', "sentAt" = now(), "lastError" = NULL, "updatedAt" = now()
        WHERE id = $1`,
      [row.id],
    );
    if (row.channel === 'webhook') {
      await this.dataSource.query(
        `UPDATE webhook_endpoint SET "consecutiveFailures" = 0 WHERE id = $1 AND "consecutiveFailures" <> 0`,
        [row.endpointId],
      );
    }
    return 'sent';
  }

  private async load(id: string): Promise<DeliveryRow | undefined> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.channel, d.type, d.status, d.attempts, d.data, d."createdAt", d."userId",
              d."endpointId", n.type AS "noticeType", n.params, u.email, u.language,
              p."quietHours", coalesce(p.email, true) AS "wantEmail",
              coalesce(p.messenger, true) AS "wantMessenger", l."chatId",
              e.url, e.secret, e.enabled AS "endpointEnabled"
         FROM delivery d
         LEFT JOIN notification n ON n.id = d."notificationId"
         LEFT JOIN LATERAL (${userRowSql('d."userId"')}) u ON true
         LEFT JOIN notification_preference p ON p."userId" = d."userId"
         LEFT JOIN messenger_link l ON l.id = d."messengerLinkId"
         LEFT JOIN webhook_endpoint e ON e.id = d."endpointId"
        WHERE d.id = $1`,
      [id],
    );
    return rows[0];
  }

  private async finish(id: string, status: 'failed' | 'skipped', reason: string) {
    await this.dataSource.query(
      `UPDATE delivery SET status = $2, "lastError" = $3, "updatedAt" = now()
        WHERE id = $1 AND status IN ('pending', 'sending')`,
      [id, status, reason],
    );
    return status;
  }

  private async failed(
    row: DeliveryRow,
    attempts: number,
    error: unknown,
  ): Promise<DeliveryOutcome> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    let permanent = error instanceof DeliveryError && error.permanent;
    if (row.channel === 'webhook' && row.endpointId) {
      permanent = (await this.endpointFailed(row.endpointId)) || permanent;
    }
    const max = this.config.env.NOTIFY_DELIVERY_ATTEMPTS;
    const status = permanent || attempts >= max ? 'failed' : 'pending';
    await this.dataSource.query(
      `UPDATE delivery SET status = $2, "lastError" = $3, "updatedAt" = now() WHERE id = $1`,
      [row.id, status, message],
    );
    if (status === 'failed') {
      this.logger.warn(`delivery ${row.id} (${row.channel}) failed for good: ${message}`);
      return 'failed';
    }
    // Let BullMQ retry the job after its exponential backoff.
    throw new DeliveryError(message);
  }

  /** Counts a failed webhook attempt; disables the endpoint at the limit. True if disabled. */
  private async endpointFailed(endpointId: string): Promise<boolean> {
    const disabledNow = await this.dataSource.transaction(async (m) => {
      const [e]: Array<{ failures: number; enabled: boolean }> = await m.query(
        `WITH u AS (
           UPDATE webhook_endpoint SET "consecutiveFailures" = "consecutiveFailures" + 1
            WHERE id = $1 RETURNING "consecutiveFailures" AS failures, enabled
         ) SELECT * FROM u`,
        [endpointId],
      );
      if (!e) return false;
      if (e.enabled && e.failures >= WEBHOOK_DISABLE_AFTER) {
        await m.query(
          `UPDATE webhook_endpoint SET enabled = false, "disabledAt" = now(), "updatedAt" = now() WHERE id = $1`,
          [endpointId],
        );
        return true;
      }
      return !e.enabled;
    });
    if (disabledNow) {
      const [e]: Array<{ enabled: boolean; failures: number }> = await this.dataSource.query(
        `SELECT enabled, "consecutiveFailures" AS failures FROM webhook_endpoint WHERE id = $1`,
        [endpointId],
      );
      if (e && !e.enabled)
        await this.writer.write(webhookDisabledRecipients(endpointId, e.failures));
    }
    return disabledNow;
  }

  private async send(row: DeliveryRow): Promise<void> {
    switch (row.channel) {
      case 'webhook':
        return this.sendWebhook(row);
      case 'email':
        return this.sendEmail(row);
      case 'messenger':
        return this.sendMessenger(row);
      default: {
        const never: never = row.channel;
        throw new DeliveryError(`unknown channel ${String(never)}`, true);
      }
    }
  }

  private async sendWebhook(row: DeliveryRow): Promise<void> {
    if (!row.url || !row.secret) throw new DeliveryError('the endpoint is gone', true);
    const body = JSON.stringify({
      type: row.type,
      timestamp: new Date(row.createdAt).toISOString(),
      data: row.data ?? {},
    });
    const msgId = `msg_${row.id}`;
    const now = new Date();
    const status = await pinnedPost(
      row.url,
      body,
      {
        'content-type': 'application/json',
        'user-agent': 'Niaz-Webhooks/1.0',
        'webhook-id': msgId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': new Webhook(row.secret).sign(msgId, now, body),
      },
      {
        timeoutMs: this.config.env.WEBHOOK_TIMEOUT_MS,
        allowPrivate: this.config.env.WEBHOOKS_ALLOW_PRIVATE,
      },
    );
    if (status < 200 || status >= 300) throw new DeliveryError(`the receiver answered ${status}`);
  }

  /** The notice (or, for a digest, every notice folded into it) in the reader's language. */
  private async notices(row: DeliveryRow): Promise<RenderedNotice[]> {
    const language = row.language ?? 'en';
    const zone = row.quietHours?.timeZone;
    if (row.type !== 'digest') {
      return [this.renderer.render(row.noticeType ?? row.type, row.params ?? {}, language, zone)];
    }
    const items: Array<{ type: string; params: Record<string, unknown> }> =
      await this.dataSource.query(
        `SELECT n.type, n.params FROM delivery d JOIN notification n ON n.id = d."notificationId"
          WHERE d."digestId" = $1 ORDER BY n."createdAt", n.seq`,
        [row.id],
      );
    if (items.length === 0) throw new DeliveryError('the digest has no items', true);
    return items.map((i) => this.renderer.render(i.type, i.params, language, zone));
  }

  private async sendEmail(row: DeliveryRow): Promise<void> {
    const language = row.language ?? 'en';
    const notices = await this.notices(row);
    const subject =
      row.type === 'digest'
        ? this.renderer.t(language, 'digest.title', { count: notices.length })
        : notices[0].title;
    const unsubscribeUrl = this.renderer.url(
      `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(this.unsubscribe.sign(row.userId!))}`,
    );
    const parts = emailParts(
      subject,
      notices,
      {
        open: this.renderer.t(language, 'common.open'),
        unsubscribe: this.renderer.t(language, 'email.unsubscribe'),
        footer: this.renderer.t(language, 'email.footer'),
      },
      unsubscribeUrl,
      this.renderer.dir(language),
      language,
    );
    await this.mailer.send(row.email!, parts, {
      messageId: `<${row.id}@${this.mailDomain}>`,
      unsubscribeUrl,
    });
  }

  private async sendMessenger(row: DeliveryRow): Promise<void> {
    const language = row.language ?? 'en';
    const notices = await this.notices(row);
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
