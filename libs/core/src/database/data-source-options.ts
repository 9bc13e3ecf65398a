import { join } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Repository root, from both `libs/core/src/database` (ts) and `dist/libs/core/src/database` (js). */
const ROOT = join(__dirname, '..', '..', '..', '..');

export interface DatabaseSettings {
  url: string;
  schema: string;
  poolSize?: number;
}

/**
 * One place that knows how Niaz talks to PostgreSQL. `synchronize` is off: the schema
 * changes only through the migrations in `migrations/`.
 */
export function dataSourceOptions(db: DatabaseSettings): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: db.url,
    schema: db.schema,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install per schema.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    migrations: [join(ROOT, 'migrations', '*.{ts,js}')],
    entities: [join(ROOT, 'libs', '*', 'src', '**', '*.entity.{ts,js}')],
    extra: {
      max: db.poolSize ?? 20,
      // PostgreSQL away: a request waits at most this long for a connection, then answers 503.
      connectionTimeoutMillis: 5000,
      // Unqualified names resolve to this run's schema (tests give each file its own).
      options: `-c search_path=${db.schema}`,
    },
  };
}
