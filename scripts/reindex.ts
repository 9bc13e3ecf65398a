import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule } from '@niaz/core';
import { DomainSearchSourcesModule } from '@niaz/exhibitions';
import { SearchIndexingModule, SearchReindexer } from '@niaz/search';
import { Presets, SingleBar } from 'cli-progress';

@Module({
  imports: [CoreConfigModule, DatabaseModule, DomainSearchSourcesModule, SearchIndexingModule],
})
class ReindexModule {}

/**
 * `npm run reindex`: rebuilds both search indexes from Postgres into fresh indexes, swaps
 * them in atomically and deletes the old ones; search keeps answering throughout. Reads
 * DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY and MEILI_INDEX_PREFIX like the apps.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ReindexModule, {
    logger: ['error', 'warn'],
  });
  const bar = new SingleBar(
    {
      format: 'reindex |{bar}| {percentage}% · {value}/{total} documents · {duration_formatted}',
      hideCursor: true,
      // Also in logs (no TTY): one line a second.
      noTTYOutput: true,
      notTTYSchedule: 1000,
    },
    Presets.shades_classic,
  );
  try {
    const result = await app.get(SearchReindexer).reindexAll({
      start: (total) => bar.start(total, 0),
      advance: (done) => bar.update(done),
    });
    bar.stop();
    console.log(
      `reindexed ${result.needs} needs and ${result.capabilities} capabilities in ${(result.ms / 1000).toFixed(1)} s (${result.caughtUp} recently changed documents re-applied after the swap)`,
    );
  } finally {
    bar.stop();
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
