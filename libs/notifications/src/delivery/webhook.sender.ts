import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { Webhook } from 'standardwebhooks';
import { DeliveryError, pinnedPost } from '../webhooks/pinned-post';
import type { ChannelSender, DeliveryRow } from './channel-sender';

/** Standard Webhooks: the signed POST to the organisation's endpoint (pinned to its address). */
@Injectable()
export class WebhookSender implements ChannelSender {
  readonly channel = 'webhook';

  constructor(private readonly config: AppConfig) {}

  async send(row: DeliveryRow): Promise<void> {
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
}
