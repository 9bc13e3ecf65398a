import { Injectable, Logger } from '@nestjs/common';
import { SearchDocumentLoader } from './document-loader';
import { IndexKey, MeiliService } from './meili.service';
import { SearchIndexer } from './search-indexer.service';
import { SearchIndexesService } from './search-indexes.service';

const PAGE = 1000;

export interface ReconcileResult {
  /** Public in PostgreSQL, absent from the index. */
  missing: number;
  /** In the index with another `updatedAt` than PostgreSQL's. */
  stale: number;
  /** In the index but no longer public (deleted, back to draft). */
  extra: number;
  ms: number;
}

/**
 * Makes the indexes converge with PostgreSQL without anyone asking: compares every public
 * need and capability (id and `updatedAt`) with what the index holds and re-indexes what is
 * missing, stale or no longer public through the ordinary indexer (idempotent). Covers what
 * indexing jobs could not do: a Meilisearch restarted on an empty data folder, jobs that
 * failed for good while it was away, jobs lost with Redis's memory. Runs as the job
 * scheduler `search-reconcile` (SEARCH_RECONCILE_MS) and at once when an index had to be
 * set up again.
 */
@Injectable()
export class SearchReconciler {
  private readonly logger = new Logger(SearchReconciler.name);

  constructor(
    private readonly loader: SearchDocumentLoader,
    private readonly meili: MeiliService,
    private readonly indexes: SearchIndexesService,
    private readonly indexer: SearchIndexer,
  ) {}

  async reconcile(): Promise<Record<IndexKey, ReconcileResult>> {
    return {
      needs: await this.reconcileIndex('needs'),
      capabilities: await this.reconcileIndex('capabilities'),
    };
  }

  private async reconcileIndex(key: IndexKey): Promise<ReconcileResult> {
    const started = Date.now();
    await this.indexes.ready(key);
    // The index first: a document written after this read but before PostgreSQL's is only
    // ever seen as missing or stale (re-indexed once more), never wrongly kept.
    const indexed = await this.indexedVersions(key);
    const rows = await this.loader.versions(key);
    const toIndex: string[] = [];
    let missing = 0;
    let stale = 0;
    for (const row of rows) {
      const version = indexed.get(row.id);
      indexed.delete(row.id);
      if (version === undefined) missing++;
      else if (version !== new Date(row.updatedAt).toISOString()) stale++;
      else continue;
      toIndex.push(row.id);
    }
    // What is left in the index is no longer public: the indexer deletes it.
    const extra = indexed.size;
    toIndex.push(...indexed.keys());
    if (toIndex.length) {
      if (key === 'needs') await this.indexer.indexNeeds(toIndex);
      else await this.indexer.indexCapabilities(toIndex);
    }
    const result = { missing, stale, extra, ms: Date.now() - started };
    if (toIndex.length) this.logger.warn(`reconciled index ${key}: ${JSON.stringify(result)}`);
    return result;
  }

  private async indexedVersions(key: IndexKey): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.meili.index(key).getDocuments<{ id: string; updatedAt?: string }>({
        fields: ['id', 'updatedAt'],
        limit: PAGE,
        offset,
      });
      for (const doc of page.results) out.set(doc.id, doc.updatedAt ?? null);
      if (page.results.length < PAGE) return out;
    }
  }
}
