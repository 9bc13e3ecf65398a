import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { SearchDocumentLoader } from './document-loader';
import { MeiliService } from './meili.service';
import { SearchIndexesService } from './search-indexes.service';
import { anyOf } from './search-filter';
import { INDEX_DEFINITIONS } from './index-definitions';

type Kind = 'needs' | 'capabilities';
const MAX_ROUNDS = 3;

/**
 * Keeps the indexes in step with Postgres, one event at a time. Idempotent: every call
 * writes the current read-model state (or removes what may no longer be public), whatever
 * the event said. Jobs run concurrently, so two of them may race on one document: after
 * writing, the state is read again and written again if it moved meanwhile; the write
 * enqueued last (Meilisearch applies tasks in order) is then always the newest state.
 */
@Injectable()
export class SearchIndexer {
  constructor(
    private readonly meili: MeiliService,
    private readonly loader: SearchDocumentLoader,
    private readonly indexes: SearchIndexesService,
  ) {}

  /**
   * `enqueued` runs once Meilisearch has accepted the first write (its task is in the queue,
   * not yet applied): whatever searches the index after that point and waits for earlier
   * tasks (see MeiliService.settled) sees these documents.
   */
  indexNeeds(ids: readonly string[], enqueued?: () => Promise<void>): Promise<void> {
    return this.sync('needs', ids, enqueued);
  }

  indexCapabilities(ids: readonly string[], enqueued?: () => Promise<void>): Promise<void> {
    return this.sync('capabilities', ids, enqueued);
  }

  /** Name or verified flag changed: every document of the organisation shows it. */
  async indexOrganization(organizationId: string): Promise<void> {
    const ids = await this.loader.idsOfOrganization(organizationId);
    await this.sync('needs', ids.needs);
    await this.sync('capabilities', ids.capabilities);
  }

  /** Needs the index currently lists under an exhibition (to refresh after it changes). */
  async indexedNeedIdsOfExhibition(exhibitionId: string): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.meili.index('needs').getDocuments<{ id: string }>({
        filter: anyOf('exhibitionIds', [exhibitionId]) ?? undefined,
        fields: ['id'],
        limit: 1000,
        offset,
      });
      ids.push(...page.results.map((d) => d.id));
      if (page.results.length < 1000) return ids;
    }
  }

  private async sync(
    kind: Kind,
    ids: readonly string[],
    enqueued?: () => Promise<void>,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      let batch = unique.slice(i, i + 500);
      let written = await this.write(kind, batch, undefined, i === 0 ? enqueued : undefined);
      for (let round = 1; round < MAX_ROUNDS && batch.length; round++) {
        const now = await this.load(kind, batch);
        batch = batch.filter((id) => !isDeepStrictEqual(now.get(id), written.get(id)));
        if (batch.length) written = await this.write(kind, batch, now);
      }
    }
  }

  private load(kind: Kind, ids: string[]): Promise<Map<string, object>> {
    return kind === 'needs' ? this.loader.needs(ids) : this.loader.capabilities(ids);
  }

  /** Writes the state of `ids` (loaded unless given): upserts the public ones, deletes the rest. */
  private async write(
    kind: Kind,
    ids: string[],
    given?: Map<string, object>,
    enqueued?: () => Promise<void>,
  ): Promise<Map<string, object>> {
    const docs = given ?? (await this.load(kind, ids));
    const gone = ids.filter((id) => !docs.has(id));
    // The index exists with its settings before any document goes in; a failed write has
    // the next one check again (Meilisearch may have come back empty).
    await this.indexes.ready(kind);
    try {
      return await this.send(kind, docs, gone, enqueued);
    } catch (e) {
      this.indexes.forget(kind);
      throw e;
    }
  }

  private async send(
    kind: Kind,
    docs: Map<string, object>,
    gone: string[],
    enqueued?: () => Promise<void>,
  ): Promise<Map<string, object>> {
    // Enqueue both, then wait: a failed task fails the job, which BullMQ retries.
    const accepted = await Promise.all([
      docs.size
        ? this.meili.documents.add(
            this.meili.uid(kind),
            [...docs.values()] as Array<Record<string, unknown>>,
            INDEX_DEFINITIONS[kind].primaryKey,
          )
        : null,
      gone.length
        ? this.meili
            .index(kind)
            .deleteDocuments(gone)
            .then((t) => t.taskUid)
        : null,
    ]);
    await enqueued?.();
    for (const taskUid of accepted) {
      if (taskUid === null) continue;
      const done = await this.meili.tasks.wait(taskUid);
      if (done.status !== 'succeeded')
        throw new Error(`indexing ${kind} failed: ${JSON.stringify(done.error)}`);
    }
    return docs;
  }
}
