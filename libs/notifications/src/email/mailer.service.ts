import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import nodemailer, { Transporter } from 'nodemailer';
import { DeliveryError } from '../webhooks/pinned-post';
import type { EmailParts } from './email-template';

/** SMTP over nodemailer (pooled connections), configured by SMTP_URL and MAIL_FROM. */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return !!this.config.env.SMTP_URL;
  }

  async send(
    to: string,
    parts: EmailParts,
    headers: { messageId: string; unsubscribeUrl: string },
  ): Promise<void> {
    if (!this.config.env.SMTP_URL) throw new DeliveryError('SMTP_URL is not set', true);
    // The URL's own settings (host, port, auth, TLS) win over these defaults.
    this.transport ??= nodemailer.createTransport({
      url: this.config.env.SMTP_URL,
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    try {
      await this.transport.sendMail({
        from: this.config.env.MAIL_FROM,
        to,
        subject: parts.subject,
        text: parts.text,
        html: parts.html,
        messageId: headers.messageId,
        headers: {
          // RFC 2369 and RFC 8058: mail clients offer one-click unsubscribe (a POST to the URL).
          'List-Unsubscribe': `<${headers.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      // 5xx: the server refuses this message for good (unknown mailbox, policy).
      throw new DeliveryError(`SMTP: ${(e as Error).message}`, !!code && code >= 500);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
