export * from './meili-http-client';
export * from './meili.service';
export * from './index-definitions';
export * from './search-indexes.service';
export * from './search-core.module';
