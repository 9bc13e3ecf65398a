import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobSchedules } from '../job-schedules';

/** How often the prune runs; rows go once they are OUTBOX_RETENTION_DAYS old. */
export const OUTBOX_PRUNE_EVERY_MS = 6 * 3600_000;
const PRUNE_BATCH = 5000;

/**
 * Queue `maintenance`: deletes relayed outbox rows older than OUTBOX_RETENTION_DAYS, a
 * batch at a time (short transactions, no long lock). Rows still waiting to be relayed are
 * never deleted, however old.
 */
@Processor('maintenance')
export class OutboxMaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxMaintenanceProcessor.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.schedules.register({
      id: 'outbox-prune',
      queue: 'maintenance',
      repeat: { every: OUTBOX_PRUNE_EVERY_MS },
      name: 'maintenance.outbox-prune',
      data: {},
    });
  }

  async process(job: Job): Promise<number> {
    if (job.name !== 'maintenance.outbox-prune') return 0;
    return this.prune();
  }

  /** Deletes relayed rows older than the retention; returns how many. */
  async prune(days = this.config.env.OUTBOX_RETENTION_DAYS): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }]: Array<{ n: number }> = await this.db.query(
        `WITH gone AS (
           DELETE FROM outbox_event WHERE id IN (
             SELECT id FROM outbox_event
              WHERE "relayedAt" IS NOT NULL AND "relayedAt" < now() - make_interval(days => $1)
              ORDER BY id LIMIT $2)
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [days, PRUNE_BATCH],
      );
      total += n;
      if (n < PRUNE_BATCH) break;
    }
    if (total) this.logger.log(`outbox: pruned ${total} relayed rows older than ${days} days`);
    return total;
  }
}
