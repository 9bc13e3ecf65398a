import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadAppConfig } from '@niaz/core';

export interface TestIsolation {
  /** The Postgres schema, Meilisearch index prefix and BullMQ prefix of this test file. */
  schema: string;
  indexPrefix: string;
  queuePrefix: string;
  /** A data source on this file's schema with every entity; the caller destroys it. */
  openDataSource(): Promise<DataSource>;
  /** Drops the schema, this file's indexes and queue keys. */
  cleanup(): Promise<void>;
}

/**
 * Gives the calling test file its own Postgres schema (with every migration run), its own
 * Meilisearch index prefix and BullMQ prefix, and points `process.env` at them, so files
 * running at once never see each other's rows, documents or jobs.
 */
export async function isolateTestFile(): Promise<TestIsolation> {
  if (!process.env.NIAZ_TEST_RUN) {
    throw new Error(
      'NIAZ_TEST_RUN is not set: run integration tests through `npm test` (jest global setup)',
    );
  }
  const id = randomBytes(5).toString('hex');
  const schema = `t_${id}`;
  const indexPrefix = `t${id}_`;
  const queuePrefix = `t-${id}`;
  process.env.DATABASE_SCHEMA = schema;
  process.env.MEILI_INDEX_PREFIX = indexPrefix;
  process.env.QUEUE_PREFIX = queuePrefix;

  const config = loadAppConfig(process.env);
  await adminQuery(config.database.url, `CREATE SCHEMA "${schema}"`);

  const ds = new DataSource(dataSourceOptions({ ...config.database, poolSize: 2 }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();

  return {
    schema,
    indexPrefix,
    queuePrefix,
    openDataSource: () => new DataSource(dataSourceOptions(config.database)).initialize(),
    cleanup: async () => {
      await adminQuery(config.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await deleteIndexes(config.meili.url, config.meili.masterKey, indexPrefix);
      await deleteQueueKeys(config.redis.url, queuePrefix);
    },
  };
}

/** One statement on a short-lived connection outside any test schema. */
async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new DataSource({
    ...dataSourceOptions({ url, schema: 'public', poolSize: 1 }),
    entities: [],
    migrations: [],
  });
  await admin.initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

async function deleteIndexes(url: string, key: string | undefined, prefix: string): Promise<void> {
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  try {
    const res = await fetch(`${url}/indexes?limit=1000`, { headers });
    const body = (await res.json()) as { results: Array<{ uid: string }> };
    await Promise.all(
      body.results
        .filter((i) => i.uid.startsWith(prefix))
        .map((i) => fetch(`${url}/indexes/${i.uid}`, { method: 'DELETE', headers })),
    );
  } catch {
    // The run's Meilisearch is thrown away at the end anyway.
  }
}

async function deleteQueueKeys(url: string, prefix: string): Promise<void> {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis may be stopped by a test on purpose; keys expire with the run.
  } finally {
    redis.disconnect();
  }
}
