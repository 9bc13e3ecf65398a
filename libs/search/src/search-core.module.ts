import { Module } from '@nestjs/common';
import { MeiliService } from './meili.service';
import { SearchIndexesService } from './search-indexes.service';

/** The Meilisearch client and index settings. Only this lib talks to Meilisearch. */
@Module({
  providers: [MeiliService, SearchIndexesService],
  exports: [MeiliService, SearchIndexesService],
})
export class SearchCoreModule {}
