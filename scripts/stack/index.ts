export * from './service';
export * from './meilisearch';
export * from './postgres';
export * from './redis';
export * from './stack';
