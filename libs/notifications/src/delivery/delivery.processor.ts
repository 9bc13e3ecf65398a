import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import type { JobNameOf, QueueJob } from '@niaz/jobs';
import { notificationWorkerOptions } from '../worker-options';
import { DeliveryService } from './delivery.service';

export type DeliveriesJobName = JobNameOf<'deliveries'>;

/** The `deliveries` queue: one job per e-mail, webhook call or messenger message. */
@Processor('deliveries', notificationWorkerOptions())
export class DeliveryProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly deliveries: DeliveryService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: QueueJob<'deliveries'>, token?: string): Promise<unknown> {
    switch (job.name) {
      case 'notifications.deliver':
        return this.deliveries.deliver(job.data.deliveryId, job, token);
      default: {
        const unknown: never = job.name;
        throw new Error(`deliveries: unknown job ${String(unknown)}`);
      }
    }
  }
}
