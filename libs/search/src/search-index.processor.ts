import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import type { EventsFor, JobOf } from '@niaz/jobs';
import type { Job } from 'bullmq';
import { needIdsOfExhibition } from './exhibition-links';
import { SearchIndexer } from './search-indexer.service';
import { SearchReindexer } from './search-reindex.service';
import { DataSource } from 'typeorm';

export type SearchJob = JobOf<EventsFor<'search'> | 'search.reindex'>;

/**
 * Queue `search`: every outbox event that changes what the indexes show, and the full
 * reindex. Each case re-reads Postgres and writes the current state, so a job that runs
 * twice (or late) leaves the index right.
 */
@Processor('search')
export class SearchIndexProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexProcessor.name);

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly reindexer: SearchReindexer,
    private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Jobs are short and mostly wait on Postgres and Meilisearch: run several at once.
    if (this.worker) this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<unknown> {
    return this.handle(job as unknown as SearchJob);
  }

  async handle(job: SearchJob): Promise<unknown> {
    switch (job.name) {
      case 'need.published':
      case 'need.updated':
      case 'need.closed':
        return this.indexer.indexNeeds([job.data.needId]);
      case 'capability.upserted':
      case 'capability.deleted':
        return this.indexer.indexCapabilities([job.data.capabilityId]);
      case 'organization.updated':
        return this.indexer.indexOrganization(job.data.organizationId);
      case 'submission.decided':
        return this.indexer.indexNeeds([job.data.needId]);
      case 'exhibition.published':
      case 'exhibition.closed': {
        // The payload names no need: refresh those the exhibition shows now and those the
        // index still lists under it (exhibition-links.ts is the plug-in point).
        const ids = new Set([
          ...(await needIdsOfExhibition(this.db, job.data.exhibitionId)),
          ...(await this.indexer.indexedNeedIdsOfExhibition(job.data.exhibitionId)),
        ]);
        return this.indexer.indexNeeds([...ids]);
      }
      case 'search.reindex': {
        const result = await this.reindexer.reindexAll();
        this.logger.log(`reindex by ${job.data.actorId ?? 'system'}: ${JSON.stringify(result)}`);
        return result;
      }
      default: {
        const unhandled: never = job;
        throw new Error(`search: unknown job ${(unhandled as { name: string }).name}`);
      }
    }
  }
}
