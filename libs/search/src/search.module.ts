import { Module } from '@nestjs/common';
import { SearchDocumentLoader } from './document-loader';
import { MatchCandidatesService } from './match-candidates.service';
import { SearchAdminController } from './search-admin.controller';
import { SearchAdminService } from './search-admin.service';
import { SearchCoreModule } from './search-core.module';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchIndexer } from './search-indexer.service';
import { SearchReindexer } from './search-reindex.service';
import { SearchReconciler } from './search-reconciler.service';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** Reading the indexes: the public search, matching's candidate queries, the read model. */
@Module({
  imports: [SearchCoreModule],
  providers: [SearchService, MatchCandidatesService, SearchDocumentLoader],
  exports: [SearchCoreModule, SearchService, MatchCandidatesService, SearchDocumentLoader],
})
export class SearchQueryModule {}

/** The HTTP side: GET /search/needs, /search/capabilities and POST /admin/search/reindex. */
@Module({
  imports: [SearchQueryModule],
  controllers: [SearchController, SearchAdminController],
  providers: [SearchAdminService],
})
export class SearchModule {}

/** Writing the indexes: per-document indexing and the full reindex (`npm run reindex` too). */
@Module({
  imports: [SearchQueryModule],
  providers: [SearchIndexer, SearchReindexer, SearchReconciler],
  exports: [SearchIndexer, SearchReindexer, SearchReconciler],
})
export class SearchIndexingModule {}

/** The worker side: the processor of queue `search`. */
@Module({
  imports: [SearchIndexingModule, SearchQueryModule, SearchCoreModule],
  providers: [SearchIndexProcessor],
})
export class SearchWorkerModule {}
