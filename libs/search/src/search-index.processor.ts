import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import {
  EventsFor,
  JobNameOf,
  JobOf,
  JobSchedules,
  outboxJobId,
  QueueJob,
  QueueRegistry,
} from '@niaz/jobs';
import { SearchDocumentLoader } from './document-loader';
import { SearchIndexer } from './search-indexer.service';
import { SearchReindexer } from './search-reindex.service';
import { SearchIndexesService } from './search-indexes.service';
import { SearchReconciler } from './search-reconciler.service';

export type SearchJob = JobOf<JobNameOf<'search'>>;

/**
 * Queue `search`: every outbox event that changes what the indexes show, and the full
 * reindex. Each case re-reads Postgres and writes the current state, so a job that runs
 * twice (or late) leaves the index right.
 */
@Processor('search')
export class SearchIndexProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SearchIndexProcessor.name);
  private watch?: NodeJS.Timeout;

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly reindexer: SearchReindexer,
    private readonly loader: SearchDocumentLoader,
    private readonly config: AppConfig,
    private readonly queues: QueueRegistry,
    private readonly reconciler: SearchReconciler,
    private readonly indexes: SearchIndexesService,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // Jobs mostly wait for Meilisearch to apply their write: many at once, so it batches them.
    if (this.worker) this.worker.concurrency = this.config.env.SEARCH_INDEX_CONCURRENCY;
    // An index set up again (Meilisearch came back empty) lost its documents: reconcile now.
    // Checked on every write and, with no writes, every JOB_SCHEDULE_CHECK_MS.
    this.indexes.onRecreated(() => void this.reconcileSoon());
    this.watch = setInterval(() => {
      for (const key of ['needs', 'capabilities'] as const)
        this.indexes.ready(key).catch(() => undefined);
    }, this.config.env.JOB_SCHEDULE_CHECK_MS);
    this.watch.unref();
    await this.schedules.register({
      id: 'search-reconcile',
      queue: 'search',
      repeat: { every: this.config.env.SEARCH_RECONCILE_MS },
      name: 'search.reconcile',
      data: {},
    });
  }

  onApplicationShutdown(): void {
    if (this.watch) clearInterval(this.watch);
  }

  /** One reconcile job, however many ask while it waits (fixed id, removed once done). */
  private async reconcileSoon(): Promise<void> {
    await this.queues
      .add(
        'search.reconcile',
        {},
        { jobId: 'search-reconcile-now', removeOnComplete: true, removeOnFail: true },
      )
      .catch((e: unknown) => this.logger.warn(`could not queue a reconcile: ${String(e)}`));
  }

  async process(job: QueueJob<'search'>): Promise<unknown> {
    return this.handle(job);
  }

  /**
   * Matching follows indexing, so that of a need and a capability written at the same moment
   * one always finds the other: a need is matched once its write is queued in Meilisearch, a
   * capability once its write is applied, and a capability's search of the needs waits for
   * the needs index to apply what it had queued (MatchCandidatesService). The job id derives
   * from the outbox row: a retried indexing job adds it once.
   */
  private async thenMatch(
    job: JobOf<EventsFor<'search'>>,
    ...[name, ids]:
      ['matching.need', { needId: string }] | ['matching.capability', { capabilityId: string }]
  ): Promise<void> {
    const { outboxId } = job.data;
    const actorId = job.data.actorId ?? null;
    const opts = { jobId: outboxId ? outboxJobId(outboxId, 'matching') : undefined };
    // One call per name, so that each payload is checked against its own job.
    if (name === 'matching.need') await this.queues.add(name, { ...ids, actorId }, opts);
    else await this.queues.add(name, { ...ids, actorId }, opts);
  }

  /**
   * The matching jobs of need jobs, in one addBulk (ids from the outbox row, so a retry adds
   * none twice). Indexing stays one job at a time: the document writes of concurrent jobs
   * already share one Meilisearch task (MeiliDocumentBatcher), and a batch of jobs waiting on
   * one task held every job behind a Meilisearch restart (test/faults.e2e-spec.ts).
   */
  private async thenMatchNeeds(jobs: SearchJob[]): Promise<void> {
    await this.queues.get('matching').addBulk(
      jobs.map((job) => {
        const outboxId = (job.data as { outboxId?: string }).outboxId;
        return {
          name: 'matching.need',
          data: {
            needId: (job.data as { needId: string }).needId,
            actorId: job.data.actorId ?? null,
          },
          opts: outboxId ? { jobId: outboxJobId(outboxId, 'matching') } : undefined,
        };
      }),
    );
  }

  async handle(job: SearchJob): Promise<unknown> {
    switch (job.name) {
      case 'need.published':
      case 'need.updated':
        // Matching starts once the need's write is queued in Meilisearch (not applied: that
        // would put indexing time on the way to the suppliers' notices).
        return this.indexer.indexNeeds([job.data.needId], () => this.thenMatchNeeds([job]));
      case 'need.closed':
        return this.indexer.indexNeeds([job.data.needId]);
      case 'capability.upserted': {
        const indexed = await this.indexer.indexCapabilities([job.data.capabilityId]);
        await this.thenMatch(job, 'matching.capability', { capabilityId: job.data.capabilityId });
        return indexed;
      }
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
          ...(await this.loader.needIdsOfExhibition(job.data.exhibitionId)),
          ...(await this.indexer.indexedNeedIdsOfExhibition(job.data.exhibitionId)),
        ]);
        return this.indexer.indexNeeds([...ids]);
      }
      case 'search.reconcile':
        return this.reconciler.reconcile();
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
