import { Injectable } from '@nestjs/common';
import { QueueRegistry } from '@niaz/jobs';

/** The answer to a reindex request: the queued (or already waiting) job. */
export interface ReindexRequested {
  jobId: string | null;
  status: 'queued';
}

export const REINDEX_DEDUPLICATION_ID = 'search-reindex';

/** Admin actions on the indexes; the work itself runs in the worker. */
@Injectable()
export class SearchAdminService {
  constructor(private readonly queues: QueueRegistry) {}

  /**
   * Queues a full reindex. While one is waiting or running, asking again returns that one
   * (BullMQ deduplication), so two rebuilds never race on the same indexes.
   */
  async requestReindex(actorId: string | null = null): Promise<ReindexRequested> {
    const job = await this.queues.add(
      'search.reindex',
      { actorId },
      { deduplication: { id: REINDEX_DEDUPLICATION_ID }, attempts: 2 },
    );
    return { jobId: job.id ?? null, status: 'queued' };
  }
}
