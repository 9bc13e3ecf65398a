import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { JobGatherer } from '@niaz/jobs';
import type { JobNameOf, JobOf, QueueJob } from '@niaz/jobs';
import { MatchingService } from './matching.service';

export type MatchingJob = JobOf<JobNameOf<'matching'>>;

/** Needs matched together at most: one multi-search of ~6 queries each, one transaction. */
const NEEDS_PER_BATCH = 50;

/** Queue `matching`: store the matches of what changed (see MatchingService). */
@Processor('matching')
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  /**
   * `matching.need` jobs running side by side are matched as one batch (MatchingService.
   * matchNeeds): a published need costs one multi-search and one transaction shared with
   * the others of its moment, not one each. Each job still completes with its own need.
   */
  private readonly needs = new JobGatherer(
    (items: Array<{ needId: string; actorId: string | null }>) => this.matching.matchNeeds(items),
    { maxBatch: NEEDS_PER_BATCH, parallel: 2 },
  );

  constructor(
    private readonly matching: MatchingService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Each job waits on Meilisearch and Postgres, and waiting need jobs join one batch: a
    // batch's worth may run at once.
    if (this.worker)
      this.worker.concurrency = Math.max(this.config.env.WORKER_CONCURRENCY, NEEDS_PER_BATCH);
  }

  async process(job: QueueJob<'matching'>): Promise<unknown> {
    return this.handle(job);
  }

  async handle(job: MatchingJob): Promise<unknown> {
    switch (job.name) {
      case 'matching.need':
        return this.needs.run({ needId: job.data.needId, actorId: job.data.actorId });
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
