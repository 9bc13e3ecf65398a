import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NoticeRenderer, RenderedNotice } from '../i18n/notice-renderer';
import { DeliveryError } from '../webhooks/pinned-post';
import type { DeliveryRow } from './channel-sender';

/** What a delivery to a person (e-mail, messenger) says: its notice or its digest's notices. */
@Injectable()
export class DeliveryNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: NoticeRenderer,
  ) {}

  /** The notice (or, for a digest, every notice folded into it) in the reader's language. */
  async of(row: DeliveryRow): Promise<RenderedNotice[]> {
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
}
