import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule } from '@niaz/core';
import { DomainSearchSourcesModule } from '@niaz/exhibitions';
import {
  IndexKey,
  MeiliService,
  SearchDocumentLoader,
  SearchIndexesService,
  SearchIndexingModule,
  SearchReindexer,
} from '@niaz/search';

@Module({
  imports: [CoreConfigModule, DatabaseModule, DomainSearchSourcesModule, SearchIndexingModule],
})
class BenchIndexingModule {}

export interface IndexingFigures {
  /** Documents per second through `npm run reindex`'s code: SQL read model, text normalisation, Meilisearch. */
  projectDocsPerSecond: number;
  /** The same documents, prepared beforehand, sent with `addDocuments` into an index with the same settings. */
  rawDocsPerSecond: number;
  documents: number;
}

const BATCH = 1000;
const IN_FLIGHT = 4;
/** Documents of each kind indexed once before anything is timed. */
const WARM_UP = 200;

/**
 * Indexing throughput: the production full reindex (what `npm run reindex` and the admin
 * endpoint run) beside raw `addDocuments` of the very documents it produced, batched and
 * pipelined alike, so the ratio is the cost of reading Postgres and normalising text.
 * Reads the environment (DATABASE_URL, MEILI_*) like the apps do.
 */
export async function measureIndexing(): Promise<IndexingFigures> {
  const app = await NestFactory.createApplicationContext(BenchIndexingModule, {
    logger: ['error', 'warn'],
  });
  try {
    await warmUp(app);
    const result = await app.get(SearchReindexer).reindexAll();
    const documents = result.needs + result.capabilities;
    const projectDocsPerSecond = documents / (result.ms / 1000);

    const loader = app.get(SearchDocumentLoader);
    const prepared: Array<[IndexKey, Array<Array<{ id: string }>>]> = [
      ['needs', await collect(loader.needBatches(BATCH))],
      ['capabilities', await collect(loader.capabilityBatches(BATCH))],
    ];
    const meili = app.get(MeiliService);
    const indexes = app.get(SearchIndexesService);
    let rawMs = 0;
    for (const [key, batches] of prepared) {
      const uid = meili.uid(`raw_${key}`);
      await indexes.ensureIndex(uid, key);
      const t = performance.now();
      const pending: Array<Promise<unknown>> = [];
      for (const docs of batches) {
        pending.push(
          meili.client
            .index(uid)
            .addDocuments(docs as Array<Record<string, unknown>>)
            .waitTask({ timeout: 10 * 60_000, interval: 100 }),
        );
        if (pending.length >= IN_FLIGHT) await pending.shift();
      }
      await Promise.all(pending);
      rawMs += performance.now() - t;
      await meili.client.deleteIndex(uid).waitTask({ timeout: 60_000 });
    }
    return { projectDocsPerSecond, rawDocsPerSecond: documents / (rawMs / 1000), documents };
  } finally {
    await app.close();
  }
}

/**
 * Meilisearch pays a one-off cost on its first document batches after a start (its first two
 * batches of Persian, Turkish and English documents took 0.9 and 0.7 s where the same later
 * took 0.2 and 0.1 s): whichever side ran first paid it, and that was always the reindex.
 * A few documents of each kind go through an index with the same settings before either
 * side is timed.
 */
async function warmUp(app: INestApplicationContext): Promise<void> {
  const loader = app.get(SearchDocumentLoader);
  const meili = app.get(MeiliService);
  const indexes = app.get(SearchIndexesService);
  const warm: Array<[IndexKey, AsyncGenerator<Array<{ id: string }>>]> = [
    ['needs', loader.needBatches(WARM_UP)],
    ['capabilities', loader.capabilityBatches(WARM_UP)],
  ];
  for (const [key, batches] of warm) {
    const { value: docs } = await batches.next();
    await batches.return(undefined);
    const uid = meili.uid(`warm_${key}`);
    await indexes.ensureIndex(uid, key);
    await meili.client
      .index(uid)
      .addDocuments((docs ?? []) as Array<Record<string, unknown>>)
      .waitTask({ timeout: 60_000 });
    await meili.client.deleteIndex(uid).waitTask({ timeout: 60_000 });
  }
}

async function collect<T>(batches: AsyncGenerator<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}
