import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import type { JobNameOf, JobOf, QueueJob } from '@niaz/jobs';
import { MatchingService } from './matching.service';

export type MatchingJob = JobOf<JobNameOf<'matching'>>;

/** Queue `matching`: store the matches of what changed (see MatchingService). */
@Processor('matching')
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly matching: MatchingService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Each job waits on Meilisearch and Postgres: run several at once.
    if (this.worker) this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: QueueJob<'matching'>): Promise<unknown> {
    return this.handle(job);
  }

  async handle(job: MatchingJob): Promise<unknown> {
    switch (job.name) {
      case 'matching.need':
        return this.matching.matchNeed(job.data.needId, job.data.actorId);
      case 'matching.capability':
        return this.matching.matchCapability(job.data.capabilityId, job.data.actorId);
      case 'capability.deleted':
        return this.matching.forgetCapability(job.data.capabilityId);
      default: {
        const unhandled: never = job;
        throw new Error(`matching: unknown job ${(unhandled as { name: string }).name}`);
      }
    }
  }
}
