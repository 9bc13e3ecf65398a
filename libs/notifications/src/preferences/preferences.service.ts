import { Injectable } from '@nestjs/common';
import { wireTime } from '@niaz/core';
import type { Principal } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { NotificationPreference } from '../notification-preference.entity';
import { UpdatePreferencesDto } from './preferences.dto';
import type { PreferencesResponse } from './preferences.response';

export function preferencesView(p: NotificationPreference): PreferencesResponse {
  return {
    channels: { inApp: p.inApp, email: p.email, webhook: p.webhook, messenger: p.messenger },
    digest: p.digest,
    minScore: p.minScore,
    hsChapters: p.hsChapters,
    quietHours: p.quietHours,
    updatedAt: wireTime(p.updatedAt ?? null),
  };
}

/** The defaults of a user who never saved preferences: everything on, at once. */
function defaults(userId: string): NotificationPreference {
  return Object.assign(new NotificationPreference(), {
    userId,
    inApp: true,
    email: true,
    webhook: true,
    messenger: true,
    digest: 'instant',
    minScore: 0,
    hsChapters: [],
    quietHours: null,
  });
}

@Injectable()
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(NotificationPreference);
  }

  async load(userId: string): Promise<NotificationPreference> {
    return (await this.repo.findOneBy({ userId })) ?? defaults(userId);
  }

  async get(principal: Principal): Promise<PreferencesResponse> {
    return preferencesView(await this.load(principal.userId));
  }

  async update(principal: Principal, dto: UpdatePreferencesDto): Promise<PreferencesResponse> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(NotificationPreference);
      // Serialises concurrent PUTs of one user (the insert conflicts, then both lock the row).
      await m.query(
        `INSERT INTO notification_preference ("userId") VALUES ($1) ON CONFLICT DO NOTHING`,
        [principal.userId],
      );
      const p = await repo.findOneOrFail({
        where: { userId: principal.userId },
        lock: { mode: 'pessimistic_write' },
      });
      const c = dto.channels ?? {};
      if (c.inApp !== undefined) p.inApp = c.inApp;
      if (c.email !== undefined) p.email = c.email;
      if (c.webhook !== undefined) p.webhook = c.webhook;
      if (c.messenger !== undefined) p.messenger = c.messenger;
      if (dto.digest !== undefined) p.digest = dto.digest;
      if (dto.minScore !== undefined) p.minScore = dto.minScore;
      if (dto.hsChapters !== undefined) p.hsChapters = [...dto.hsChapters].sort();
      if (dto.quietHours !== undefined)
        p.quietHours = dto.quietHours
          ? {
              start: dto.quietHours.start,
              end: dto.quietHours.end,
              timeZone: dto.quietHours.timeZone,
            }
          : null;
      return preferencesView(await repo.save(p));
    });
  }

  /** The unsubscribe link: e-mail off, nothing else changed. */
  async turnOffEmail(userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference ("userId", email) VALUES ($1, false)
       ON CONFLICT ("userId") DO UPDATE SET email = false, "updatedAt" = now()`,
      [userId],
    );
  }
}
