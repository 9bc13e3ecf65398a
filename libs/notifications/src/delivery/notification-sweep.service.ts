import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { QueueRegistry } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import { MessengerLinksService } from '../messenger/messenger-links.service';
import { NoticeWriterService, WriteResult } from '../notice-writer.service';
import { meetingReminderRecipients } from '../notices/meeting-notices';
import { needDeadlineRecipients } from '../notices/need-notices';
import { deliveryJob } from './delivery-job';

export const SWEEP_EVERY_MS = 60_000;
const REQUEUE_LIMIT = 1000;

/**
 * The periodic sweep: deadline reminders (bidding closes within 48 h; each need and user
 * told once however often it runs), and repair of deliveries whose job was lost — a worker
 * that died mid-send past BullMQ's stall limit, or Redis losing jobs. Re-queued jobs keep
 * their row-derived ids, so a job that still exists is not doubled.
 */
@Injectable()
export class NotificationSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly writer: NoticeWriterService,
    private readonly queues: QueueRegistry,
    private readonly links: MessengerLinksService,
  ) {}

  async run(): Promise<{
    deadlines: WriteResult;
    meetingReminders: WriteResult[];
    requeued: number;
    expiredCodes: number;
  }> {
    const deadlines = await this.writer.write(needDeadlineRecipients(48));
    // Meetings of published schedules: an hour and 15 minutes before, each once.
    const meetingReminders = [
      await this.writer.write(meetingReminderRecipients(60)),
      await this.writer.write(meetingReminderRecipients(15)),
    ];
    const requeued = await this.requeueLost();
    const expiredCodes = await this.links.removeExpiredCodes();
    return { deadlines, meetingReminders, requeued, expiredCodes };
  }

  async requeueLost(): Promise<number> {
    // A claim older than any send could take: its worker is gone. A new generation gives
    // it a fresh job id (the old job may sit in BullMQ's failed set).
    const stuckAfterMs = Math.max(3 * this.config.env.NOTIFY_LOCK_MS, 5 * 60_000);
    const stuck: Array<{ id: string; generation: number }> = await this.dataSource.query(
      `WITH u AS (
         UPDATE delivery SET status = 'pending', generation = generation + 1, "updatedAt" = now()
          WHERE id IN (SELECT id FROM delivery WHERE status = 'sending'
                          AND "updatedAt" < now() - make_interval(secs => $1::float8 / 1000)
                        LIMIT $2)
          RETURNING id, generation
       ) SELECT * FROM u`,
      [stuckAfterMs, REQUEUE_LIMIT],
    );
    // Never tried and quiet for two minutes: its job may never have been added.
    const unqueued: Array<{ id: string; generation: number }> = await this.dataSource.query(
      `SELECT id, generation FROM delivery
        WHERE status = 'pending' AND attempts = 0 AND "updatedAt" < now() - interval '2 minutes'
        ORDER BY "updatedAt" LIMIT $1`,
      [REQUEUE_LIMIT],
    );
    const jobs = [...stuck, ...unqueued].map((r) =>
      deliveryJob(r.id, r.generation, this.config.env),
    );
    if (jobs.length) await this.queues.get('deliveries').addBulk(jobs);
    return jobs.length;
  }
}
