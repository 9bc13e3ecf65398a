import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { SearchDocumentLoader } from './document-loader';
import { IndexKey, MeiliService } from './meili.service';
import { SearchIndexer } from './search-indexer.service';
import { SearchIndexesService } from './search-indexes.service';

/**
 * Documents per Meilisearch task in a rebuild: each task pays a fixed cost (registration,
 * a batch, the prefix databases) that 1,000-document tasks paid twelve times on 12k documents.
 */
const BATCH_SIZE = 5000;
/** Tasks enqueued ahead: Meilisearch applies one while the next is read and normalised. */
const IN_FLIGHT = 2;
/** Rows committed by transactions that began this long before the start are caught up too. */
const CATCH_UP_MARGIN_MS = 5 * 60_000;

export interface ReindexProgress {
  /** Called once with the totals, then after every batch with the documents done so far. */
  start?(total: number): void;
  advance?(done: number): void;
}

export interface ReindexResult {
  needs: number;
  capabilities: number;
  caughtUp: number;
  ms: number;
}

/**
 * Rebuilds both indexes from Postgres while search keeps answering: each is filled into a
 * fresh index with the same settings, swapped in atomically (`swapIndexes`), and the old
 * one deleted. Events indexed into the live index during the rebuild are then replayed
 * from Postgres (everything changed since the start, and every loaded document that is no
 * longer public), so no change made meanwhile is lost to the swap.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly meili: MeiliService,
    private readonly indexes: SearchIndexesService,
    private readonly loader: SearchDocumentLoader,
    private readonly indexer: SearchIndexer,
  ) {}

  async reindexAll(progress: ReindexProgress = {}): Promise<ReindexResult> {
    const started = Date.now();
    const since = new Date((await this.loader.now()).getTime() - CATCH_UP_MARGIN_MS);
    const totals = await this.loader.count();
    progress.start?.(totals.needs + totals.capabilities);
    let done = 0;
    const step = (n: number) => {
      done += n;
      progress.advance?.(done);
    };
    const needs = await this.rebuild('needs', this.loader.needBatches(BATCH_SIZE), step);
    const capabilities = await this.rebuild(
      'capabilities',
      this.loader.capabilityBatches(BATCH_SIZE),
      step,
    );
    const caughtUp = await this.catchUp(since, needs, capabilities);
    const result = {
      needs: needs.size,
      capabilities: capabilities.size,
      caughtUp,
      ms: Date.now() - started,
    };
    this.logger.log(`reindexed ${JSON.stringify(result)}`);
    return result;
  }

  /** Answers what was written: id → digest of the document. */
  private async rebuild(
    key: IndexKey,
    batches: AsyncGenerator<Array<{ id: string }>>,
    step: (n: number) => void,
  ): Promise<Map<string, string>> {
    const live = this.meili.uid(key);
    const fresh = `${live}__rebuild_${Date.now().toString(36)}`;
    const client = this.meili.client;
    // The live index only has to exist for the swap: its settings are about to be replaced.
    await this.indexes.ensureExists(live, key);
    await this.indexes.ensureIndex(fresh, key);
    const ids = new Map<string, string>();
    try {
      const pending: Array<Promise<unknown>> = [];
      for await (const docs of batches) {
        for (const d of docs) ids.set(d.id, digest(d));
        const { taskUid } = await client
          .index(fresh)
          .addDocuments(docs as Array<Record<string, unknown>>);
        // Keep a few batches in flight; wait for each so progress means "indexed". The
        // shared waiter polls every 15 ms (the client's own loop slept 100 ms between looks).
        const indexed = this.meili.tasks.wait(taskUid, 10 * 60_000).then((t) => {
          if (t.status !== 'succeeded')
            throw new Error(`indexing into ${fresh} failed: ${JSON.stringify(t.error)}`);
          step(docs.length);
        });
        indexed.catch(() => undefined); // awaited below; this only marks it handled
        pending.push(indexed);
        if (pending.length >= IN_FLIGHT) await pending.shift();
      }
      await Promise.all(pending);
      const swap = await this.meili.tasks.wait(
        (await client.swapIndexes([{ indexes: [live, fresh], rename: false }])).taskUid,
      );
      if (swap.status !== 'succeeded')
        throw new Error(`swapping ${fresh} into ${live} failed: ${JSON.stringify(swap.error)}`);
    } finally {
      // After the swap `fresh` holds the old documents; on failure, the half-built index.
      await client
        .deleteIndex(fresh)
        .waitTask({ timeout: 60_000, interval: 50 })
        .catch((e: unknown) => this.logger.warn(`could not delete ${fresh}: ${String(e)}`));
    }
    return ids;
  }

  /**
   * Rows changed since the start (with a margin for transactions that began before it) are
   * written again unless their document is the one the rebuild wrote: after a bulk import
   * every row is "changed since", and rewriting them all doubled a reindex's Meilisearch work.
   */
  private async catchUp(
    since: Date,
    needs: ReadonlyMap<string, string>,
    capabilities: ReadonlyMap<string, string>,
  ): Promise<number> {
    const changed = await this.loader.changedSince(since);
    const vanishedNeeds = await this.missing([...needs.keys()], (ids) =>
      this.loader.publicIds('needs', ids),
    );
    const vanishedCapabilities = await this.missing([...capabilities.keys()], (ids) =>
      this.loader.publicIds('capabilities', ids),
    );
    const needIds = [
      ...new Set([
        ...(await this.moved(changed.needs, needs, (ids) => this.loader.needs(ids))),
        ...vanishedNeeds,
      ]),
    ];
    const capabilityIds = [
      ...new Set([
        ...(await this.moved(changed.capabilities, capabilities, (ids) =>
          this.loader.capabilities(ids),
        )),
        ...vanishedCapabilities,
      ]),
    ];
    await this.indexer.indexNeeds(needIds);
    await this.indexer.indexCapabilities(capabilityIds);
    return needIds.length + capabilityIds.length;
  }

  /** Of `ids`, those whose document now differs from the one written (or was not written). */
  private async moved(
    ids: string[],
    written: ReadonlyMap<string, string>,
    load: (ids: string[]) => Promise<Map<string, object>>,
  ): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
      const chunk = ids.slice(i, i + BATCH_SIZE);
      const now = await load(chunk);
      for (const id of chunk) {
        const doc = now.get(id);
        if (!doc || written.get(id) !== digest(doc)) out.push(id);
      }
    }
    return out;
  }

  /** Loaded ids that are no longer public (deleted, or back to draft). */
  private async missing(
    ids: string[],
    load: (ids: string[]) => Promise<Set<string>>,
  ): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < ids.length; i += 5000) {
      const chunk = ids.slice(i, i + 5000);
      const present = await load(chunk);
      out.push(...chunk.filter((id) => !present.has(id)));
    }
    return out;
  }
}

/** What a document says, in 12 characters (72 bits; kept for every document of a rebuild). */
function digest(doc: object): string {
  return createHash('sha1').update(JSON.stringify(doc)).digest('base64').slice(0, 12);
}
