export { freePort } from './free-port';
export { ensureMeilisearch, meilisearchBinary, DEFAULT_MEILI_PORT } from './meilisearch';
export type { MeiliService } from './meilisearch';
export { ensurePostgres, findPostgresBinaries, DEFAULT_DATABASE_URL } from './postgres';
export { ensureRedis, DEFAULT_REDIS_URL } from './redis';
export { describeService, redactUrl } from './service';
export type { EnsureOptions, Log, Service } from './service';
export { startStack } from './stack';
export type { Stack, StackOptions } from './stack';
