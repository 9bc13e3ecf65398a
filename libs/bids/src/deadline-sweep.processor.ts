import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobSchedules } from '@niaz/jobs';
import { Job } from 'bullmq';
import { BidsService } from './bids.service';

export const DEADLINE_SWEEP_EVERY_MS = 10_000;

/** The scheduled job that moves open needs on when their bid deadline passes. */
@Processor('lifecycle')
export class DeadlineSweepProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeadlineSweepProcessor.name);

  constructor(
    private readonly bids: BidsService,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // A job scheduler (BullMQ's replacement for repeatable jobs): one per deployment,
    // idempotent, restored by JobSchedules if Redis forgets it.
    await this.schedules.register({
      id: 'deadline-sweep',
      queue: 'lifecycle',
      repeat: { every: DEADLINE_SWEEP_EVERY_MS },
      name: 'lifecycle.deadline-sweep',
      data: {},
    });
  }

  async process(job: Job): Promise<number> {
    switch (job.name) {
      case 'lifecycle.deadline-sweep': {
        const moved = await this.bids.sweepDeadlines();
        if (moved) this.logger.log(`deadline sweep moved ${moved} needs`);
        return moved;
      }
      default:
        return 0;
    }
  }
}
