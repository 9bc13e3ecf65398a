import { DynamicModule, Global, Module } from '@nestjs/common';

/**
 * What search reads from the domains, each piece of SQL written by the lib that owns the
 * table (this lib sits below the domain libs and names none of their tables): search asks
 * each domain through this port, as Vendure's search asks through a strategy. The shells
 * provide it once (`SearchSourcesModule.forRoot`, composed in @niaz/exhibitions).
 */
export interface SearchSources {
  /** A SELECT of the need rows that may become documents (published, not drafts). */
  publicNeeds: string;
  /** A SELECT of the capability rows that may become documents. */
  capabilities: string;
  /** A SELECT of every organisation row (name, translations, city, verified, updatedAt). */
  organizations: string;
  /** `$1`: uuid[] of needs → `{needId, exhibitionIds}` for each need that stands in any. */
  exhibitionIdsOfNeeds: string;
  /** `$1`: an exhibition id → `{needId}` of the needs approved for it. */
  needIdsOfExhibition: string;
}

export const SEARCH_SOURCES = Symbol('SEARCH_SOURCES');

/** Provides `SEARCH_SOURCES` to every search provider of the application. */
@Global()
@Module({})
export class SearchSourcesModule {
  static forRoot(sources: SearchSources): DynamicModule {
    return {
      module: SearchSourcesModule,
      providers: [{ provide: SEARCH_SOURCES, useValue: sources }],
      exports: [SEARCH_SOURCES],
    };
  }
}
