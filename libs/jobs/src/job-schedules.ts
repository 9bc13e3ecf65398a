import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import type { RepeatOptions } from 'bullmq';
import { JobName, JobPayloads, QueueName } from './job-registry';
import { QueueRegistry } from './queue-registry';

export interface JobSchedule<N extends JobName = JobName> {
  /** The BullMQ job scheduler id, unique per queue. */
  id: string;
  queue: QueueName;
  repeat: Omit<RepeatOptions, 'key'>;
  name: N;
  data: JobPayloads[N];
  opts?: { removeOnComplete?: boolean };
}

/** A schedule of any job: its data checked against its name (a union over the job names). */
export type AnyJobSchedule = { [N in JobName]: JobSchedule<N> }[JobName];

/**
 * The worker's job schedulers (deadline sweep, digests, reconcilers, outbox pruning), kept
 * alive. BullMQ keeps a scheduler in Redis only: a Redis restarted without persistence
 * forgets every one of them, and nothing would re-create them before the worker restarts.
 * So each domain registers its schedules here at bootstrap; they are upserted at once and
 * checked every JOB_SCHEDULE_CHECK_MS; a missing one (or one whose settings changed) is
 * upserted again. Redis down: the check fails quietly and tries again.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private readonly schedules = new Map<string, AnyJobSchedule>();
  private timer?: NodeJS.Timeout;
  private checking?: Promise<number>;
  private readonly restoredListeners: Array<() => void> = [];

  constructor(
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), this.config.env.JOB_SCHEDULE_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Adds (or replaces) a schedule and upserts it now; Redis away: the next check does. */
  async register(schedule: AnyJobSchedule): Promise<void> {
    this.schedules.set(`${schedule.queue}:${schedule.id}`, schedule);
    await this.upsert(schedule).catch((e: unknown) =>
      this.logger.warn(`job scheduler ${schedule.id} not set yet: ${String(e)}`),
    );
  }

  /** Removes a schedule (e.g. a feature turned off) from Redis and from the checks. */
  async unregister(queue: QueueName, id: string): Promise<void> {
    this.schedules.delete(`${queue}:${id}`);
    await this.queues.get(queue).removeJobScheduler(id);
  }

  /** Called after a check restored missing schedulers (Redis lost its memory). */
  onRestored(listener: () => void): void {
    this.restoredListeners.push(listener);
  }

  /** Upserts every registered schedule missing from Redis; returns how many it restored. */
  check(): Promise<number> {
    this.checking ??= this.restoreMissing().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async restoreMissing(): Promise<number> {
    const restored = await this.restoreEach();
    if (restored) for (const listener of this.restoredListeners) listener();
    return restored;
  }

  private async restoreEach(): Promise<number> {
    let restored = 0;
    for (const schedule of this.schedules.values()) {
      try {
        const existing = await this.queues.get(schedule.queue).getJobScheduler(schedule.id);
        if (existing) continue;
        await this.upsert(schedule);
        restored++;
        this.logger.warn(`job scheduler ${schedule.queue}/${schedule.id} was missing: restored`);
      } catch (e) {
        this.logger.debug(`job scheduler check of ${schedule.id} failed: ${String(e)}`);
        return restored;
      }
    }
    return restored;
  }

  private async upsert(schedule: AnyJobSchedule): Promise<void> {
    await this.queues.get(schedule.queue).upsertJobScheduler(schedule.id, schedule.repeat, {
      name: schedule.name,
      data: schedule.data,
      opts: schedule.opts,
    });
  }
}
