import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { JobsOptions, Queue } from 'bullmq';
import { DirectJobName, JOB_QUEUES, JobPayloads, QUEUES, QueueName } from './job-registry';

/** Typed access to every queue by name. */
@Injectable()
export class QueueRegistry {
  private readonly logger = new Logger(QueueRegistry.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Resolved lazily: the queue providers are async and may not exist at construction.
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      // A producer's connection errors surface as events; the calls that fail reject anyway.
      queue.on('error', (e: Error) => this.logger.debug(`queue ${name}: ${e.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Array<[QueueName, Queue]> {
    return QUEUES.map((name) => [name, this.get(name)]);
  }

  /** Adds a direct job to its queue (JOB_QUEUES); outbox events go through the relay. */
  add<N extends DirectJobName>(name: N, data: JobPayloads[N], opts?: JobsOptions) {
    return this.get(JOB_QUEUES[name]).add(name, data, opts);
  }
}
