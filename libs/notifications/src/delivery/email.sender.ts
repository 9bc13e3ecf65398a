import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { emailParts } from '../email/email-template';
import { MailerService } from '../email/mailer.service';
import { UnsubscribeTokens } from '../email/unsubscribe-token';
import { NoticeRenderer } from '../i18n/notice-renderer';
import type { ChannelSender, DeliveryRow } from './channel-sender';
import { DeliveryNotices } from './delivery-notices';

/** E-mail: the notice (or digest) in the reader's language, with a one-click unsubscribe. */
@Injectable()
export class EmailSender implements ChannelSender {
  readonly channel = 'email';
  private readonly unsubscribe: UnsubscribeTokens;
  private readonly mailDomain: string;

  constructor(
    config: AppConfig,
    private readonly renderer: NoticeRenderer,
    private readonly mailer: MailerService,
    private readonly notices: DeliveryNotices,
  ) {
    this.unsubscribe = new UnsubscribeTokens(config.env.UNSUBSCRIBE_KEY);
    this.mailDomain = new URL(config.env.PUBLIC_URL).hostname || 'niaz.local';
  }

  async send(row: DeliveryRow): Promise<void> {
    const language = row.language ?? 'en';
    const notices = await this.notices.of(row);
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
}
