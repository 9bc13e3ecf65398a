import { AppConfig } from '@niaz/core';
import { Injectable, Logger } from '@nestjs/common';
import { userRowSql } from '@niaz/identity';
import { DelayedError, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { NoticeWriterService } from '../notice-writer.service';
import type { DeliveryChannel } from '../delivery.entity';
import type { ChannelSender, DeliveryRow } from './channel-sender';
import { EmailSender } from './email.sender';
import { MessengerSender } from './messenger.sender';
import { WebhookSender } from './webhook.sender';
import { webhookDisabledRecipients } from '../notices/webhook-disabled.notice';
import { quietUntil } from '../preferences/quiet-hours';
import { DeliveryError } from '../webhooks/pinned-post';

/** Failed attempts in a row after which a webhook endpoint is disabled. */
export const WEBHOOK_DISABLE_AFTER = 10;

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
  /** One sender per channel; the row's channel picks. */
  private readonly senders: Record<DeliveryChannel, ChannelSender>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly writer: NoticeWriterService,
    webhook: WebhookSender,
    email: EmailSender,
    messenger: MessengerSender,
  ) {
    this.senders = { webhook, email, messenger };
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
    const sender = this.senders[row.channel];
    if (!sender) throw new DeliveryError(`unknown channel ${String(row.channel)}`, true);
    await sender.send(row);
  }
}
