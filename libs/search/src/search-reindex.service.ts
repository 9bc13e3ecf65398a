import { Injectable, Logger } from '@nestjs/common';
import { DocumentPage, SearchDocumentLoader } from './document-loader';
import { INDEX_DEFINITIONS } from './index-definitions';
import { IndexKey, MeiliService } from './meili.service';
import { SearchIndexer } from './search-indexer.service';
import { SearchIndexesService } from './search-indexes.service';

const KEYS: readonly IndexKey[] = ['needs', 'capabilities'];
/** Documents per Meilisearch task (and rows per read). */
const BATCH_SIZE = 1000;
/** Tasks sent and not yet applied. */
const IN_FLIGHT = 8;
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
 * Rebuilds both indexes from Postgres while search keeps answering: both are filled into
 * fresh indexes with the same settings, swapped in together atomically (`swapIndexes`), and
 * the old ones deleted. Events indexed into the live indexes during the rebuild are then
 * replayed from Postgres (everything changed since the start, and every loaded document that
 * is no longer public), so no change made meanwhile is lost to the swap.
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
    const suffix = `__rebuild_${Date.now().toString(36)}`;
    const fresh = (key: IndexKey) => `${this.meili.uid(key)}${suffix}`;
    // The live indexes only have to exist for the swap (their settings are about to be
    // replaced): checked while the fresh ones fill.
    const live = Promise.all(
      KEYS.map((key) => this.indexes.ensureExists(this.meili.uid(key), key)),
    );
    live.catch(() => undefined); // awaited below; this only marks it handled
    let written: Record<IndexKey, Map<string, string>>;
    try {
      written = await this.fill(fresh, progress);
      await live;
      const swap = await this.meili.tasks.wait(
        (
          await this.meili.client.swapIndexes(
            KEYS.map((key) => ({ indexes: [this.meili.uid(key), fresh(key)], rename: false })),
          )
        ).taskUid,
      );
      if (swap.status !== 'succeeded')
        throw new Error(`swapping the rebuilt indexes in failed: ${JSON.stringify(swap.error)}`);
    } catch (e) {
      await this.drop(KEYS.map(fresh)); // the half-built indexes
      throw e;
    }
    // After the swap the fresh uids hold the old documents: gone while the catch-up runs.
    const dropped = this.drop(KEYS.map(fresh));
    const caughtUp = await this.catchUp(since, written);
    await dropped;
    const result = {
      needs: written.needs.size,
      capabilities: written.capabilities.size,
      caughtUp,
      ms: Date.now() - started,
    };
    this.logger.log(`reindexed ${JSON.stringify(result)}`);
    return result;
  }

  /**
   * Creates and fills the fresh indexes; answers what was written: id → version of its
   * source (see `SearchDocumentLoader.changedVersions`). Reading and normalising the next
   * page runs while Meilisearch indexes the previous ones; progress counts applied tasks.
   */
  private async fill(
    fresh: (key: IndexKey) => string,
    progress: ReindexProgress,
  ): Promise<Record<IndexKey, Map<string, string>>> {
    const client = this.meili.client;
    const pending: Array<Promise<void>> = [];
    const applied = (
      what: string,
      taskUid: number,
      then?: () => void,
      tolerated?: string,
    ): Promise<void> => {
      const p = this.meili.tasks.wait(taskUid, 10 * 60_000).then((t) => {
        if (t.status !== 'succeeded' && (!tolerated || t.error?.code !== tolerated))
          throw new Error(`${what} failed: ${JSON.stringify(t.error)}`);
        then?.();
      });
      p.catch(() => undefined); // awaited below; this only marks it handled
      return p;
    };
    // Both created and configured without waiting for Meilisearch to apply it (the first
    // page is read and built meanwhile): it applies an index's tasks in the order they were
    // registered, so the settings are in place before its first document, which is only sent
    // once they are registered (FIELD-NOTES.md: settings changed after documents index them
    // all again).
    const registered = {} as Record<IndexKey, Promise<void>>;
    for (const key of KEYS) {
      const uid = fresh(key);
      const { primaryKey, settings } = INDEX_DEFINITIONS[key];
      registered[key] = (async () => {
        const created = await client.createIndex(uid, { primaryKey });
        // One that exists already (a rebuild retried within the same millisecond) is set up
        // again by the settings, as `ensureIndex` would.
        pending.push(
          applied(`creating index ${uid}`, created.taskUid, undefined, 'index_already_exists'),
        );
        const configured = await client.index(uid).updateSettings(settings);
        pending.push(applied(`settings of index ${uid}`, configured.taskUid));
      })();
      registered[key].catch(() => undefined); // awaited below; this only marks it handled
    }
    let done = 0;
    const written: Record<IndexKey, Map<string, string>> = {
      needs: new Map(),
      capabilities: new Map(),
    };
    const inFlight: Array<Promise<void>> = [];
    const send = async (key: IndexKey, page: DocumentPage<{ id: string }>): Promise<void> => {
      const ids = written[key];
      page.documents.forEach((d, i) => ids.set(d.id, page.versions[i]));
      const uid = fresh(key);
      const count = page.documents.length;
      const body = JSON.stringify(page.documents);
      // Not awaited: the next page is read and built while this one is registered.
      const indexed = registered[key]
        .then(() =>
          client.index(uid).addDocumentsFromString(body, 'application/json', {
            primaryKey: INDEX_DEFINITIONS[key].primaryKey,
          }),
        )
        .then(({ taskUid }) =>
          applied(`indexing into ${uid}`, taskUid, () => progress.advance?.((done += count))),
        );
      indexed.catch(() => undefined);
      inFlight.push(indexed);
      while (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    };
    try {
      for await (const page of this.loader.needPages(BATCH_SIZE)) await send('needs', page);
      for await (const page of this.loader.capabilityPages(BATCH_SIZE))
        await send('capabilities', page);
      await Promise.all(Object.values(registered));
      await Promise.all([...pending, ...inFlight]);
    } catch (e) {
      // Nothing may reach Meilisearch after the caller deletes the fresh indexes.
      await Promise.allSettled([...Object.values(registered), ...inFlight]);
      throw e;
    }
    return written;
  }

  private drop(uids: string[]): Promise<unknown> {
    return Promise.all(
      uids.map(async (uid) => {
        try {
          const { taskUid } = await this.meili.client.deleteIndex(uid);
          await this.meili.tasks.wait(taskUid, 60_000);
        } catch (e) {
          this.logger.warn(`could not delete ${uid}: ${String(e)}`);
        }
      }),
    );
  }

  /**
   * Rows changed since the start (with a margin for transactions that began before it) are
   * written again unless their source is the one the rebuild wrote: after a bulk import
   * every row is "changed since", and rewriting them all doubled a reindex's Meilisearch work.
   * Sources are compared by version (a digest PostgreSQL computes), so none of their
   * documents is built again; loaded ids that are no longer public are deleted.
   */
  private async catchUp(
    since: Date,
    written: Record<IndexKey, ReadonlyMap<string, string>>,
  ): Promise<number> {
    const ids: Record<IndexKey, string[]> = { needs: [], capabilities: [] };
    for (const key of KEYS) {
      const { changed, publicIds } = await this.loader.changedVersions(key, since);
      const out = new Set<string>();
      for (const [id, version] of changed) if (written[key].get(id) !== version) out.add(id);
      for (const id of written[key].keys()) if (!publicIds.has(id)) out.add(id);
      ids[key] = [...out];
    }
    await this.indexer.indexNeeds(ids.needs);
    await this.indexer.indexCapabilities(ids.capabilities);
    return ids.needs.length + ids.capabilities.length;
  }
}
