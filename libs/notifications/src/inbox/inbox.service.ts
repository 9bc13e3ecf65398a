import { Injectable } from '@nestjs/common';
import { paginate, PageQueryDto, pickLanguage, problems, wireTime } from '@niaz/core';
import type { Principal } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { NoticeRenderer } from '../i18n/notice-renderer';
import { Notification } from '../notification.entity';
import type { NoticeType } from '../notices/notice';
import type {
  InboxPage,
  NotificationRefsView,
  NotificationView,
  ReadAllResponse,
} from './inbox.response';

const REF_KEYS = ['needId', 'bidId', 'capabilityId', 'endpointId'] as const;

@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: NoticeRenderer,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(Notification);
  }

  view(n: Notification, language: string): NotificationView {
    const rendered = this.renderer.render(n.type, n.params, language);
    const refs: NotificationRefsView = {};
    // The ids the notice was written with (strings), copied as they are.
    for (const key of REF_KEYS)
      if (n.params[key] !== undefined) refs[key] = n.params[key] as string;
    return {
      id: n.id,
      type: n.type as NoticeType,
      title: rendered.title,
      body: rendered.body,
      reasons: rendered.reasons,
      ...(typeof n.params.score === 'number' ? { score: n.params.score } : {}),
      url: rendered.url,
      refs,
      // The need a notice is about, as the inbox's group heading (written by its owner).
      ...(typeof n.params.needTitle === 'string' ? { needTitle: n.params.needTitle } : {}),
      read: n.readAt !== null,
      readAt: wireTime(n.readAt),
      createdAt: wireTime(n.createdAt),
      updatedAt: wireTime(n.updatedAt),
    };
  }

  /** Newest first, cursor pages, with the unread count of the whole inbox. */
  async list(
    principal: Principal,
    query: PageQueryDto,
    acceptLanguage?: string,
  ): Promise<InboxPage> {
    const language = pickLanguage(acceptLanguage, principal.language);
    const qb = this.repo
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.inApp', { userId: principal.userId });
    const [page, unreadCount] = await Promise.all([
      paginate(qb, query),
      this.unreadCount(principal.userId),
    ]);
    return {
      items: page.items.map((n) => this.view(n, language)),
      nextCursor: page.nextCursor,
      unreadCount,
    };
  }

  async markRead(
    principal: Principal,
    id: string,
    acceptLanguage?: string,
  ): Promise<NotificationView> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce("readAt", now())' })
      .where('id = :id AND "userId" = :userId AND "inApp"', { id, userId: principal.userId })
      .execute();
    const n = await this.repo.findOneBy({ id, userId: principal.userId, inApp: true });
    if (!n) throw problems.notFound('Notification');
    return this.view(n, pickLanguage(acceptLanguage, principal.language));
  }

  async markAllRead(principal: Principal): Promise<ReadAllResponse> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('"userId" = :userId AND "inApp" AND "readAt" IS NULL', { userId: principal.userId })
      .execute();
    return { updated: result.affected ?? 0, unreadCount: 0 };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE "userId" = $1 AND "inApp" AND "readAt" IS NULL`,
      [userId],
    );
    return n;
  }
}
