import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { QueueJob } from '@niaz/jobs';
import { Queue } from 'bullmq';
import { AttachmentsService } from './attachments.service';

export const ATTACHMENT_SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * The attachments queue: the checksum of each completed upload, and the scheduled sweep that
 * removes uploads which never completed, so no orphan object stays.
 */
@Processor('attachments')
export class AttachmentsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(AttachmentsProcessor.name);

  constructor(
    private readonly attachments: AttachmentsService,
    @InjectQueue('attachments') private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'attachments-sweep',
      { every: ATTACHMENT_SWEEP_EVERY_MS },
      { name: 'attachments.sweep', data: {} },
    );
  }

  async process(job: QueueJob<'attachments'>): Promise<number> {
    switch (job.name) {
      case 'attachments.checksum': {
        return (await this.attachments.recordChecksum(job.data.attachmentId)) ? 1 : 0;
      }
      case 'attachments.sweep': {
        const removed = await this.attachments.sweepAbandoned();
        if (removed) this.logger.log(`removed ${removed} abandoned uploads`);
        return removed;
      }
      default:
        return 0;
    }
  }
}
