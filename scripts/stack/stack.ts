import { mkdirSync } from 'node:fs';
import { ensureMeilisearch, MeiliService } from './meilisearch';
import { ensurePostgres } from './postgres';
import { ensureRedis } from './redis';
import { ensureS3 } from './s3';
import { describeService, Log, Service } from './service';

export interface Stack {
  databaseUrl: string;
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** S3-compatible storage for attachments (s3rver when none answers at S3_ENDPOINT). */
  s3Endpoint: string;
  /** PostgreSQL, Redis, Meilisearch, S3, in that order. */
  services: Service[];
  /** Stops what was started here, in reverse order. */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Data of the services started here; e.g. `<repo>/.data` for the demo, a temp dir in tests. */
  dataDir: string;
  /** Meilisearch port when it is started here: default 7700, 0 = any free port. */
  meiliPort?: number;
  /** s3rver's port when it is started here: default S3_ENDPOINT's port, 0 = any free port. */
  s3Port?: number;
  /** One line per service ("using …" / "started …"); default console.log. */
  log?: Log;
  /** Database name, instead of the one in DATABASE_URL; created when missing. */
  database?: string;
  /** Instead of process.env (DATABASE_URL, REDIS_URL, MEILI_URL, MEILI_MASTER_KEY). */
  env?: NodeJS.ProcessEnv;
}

/**
 * PostgreSQL, Redis and Meilisearch for a demo or a test run, checked (and started) in
 * parallel: each one from the environment when it answers, otherwise started here with its
 * data under `dataDir`. If one cannot be had, the others started here are stopped again and
 * the error names what is missing.
 */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? ((line: string) => console.log(line));
  mkdirSync(opts.dataDir, { recursive: true });
  const common = { dataDir: opts.dataDir, log, env: opts.env };
  const settled = await Promise.allSettled([
    ensurePostgres({ ...common, database: opts.database }),
    ensureRedis(common),
    ensureMeilisearch({ ...common, port: opts.meiliPort }),
    ensureS3({ ...common, port: opts.s3Port }),
  ]);
  const services = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async () => {
    for (const service of [...services].reverse()) {
      await service.stop().catch((e: unknown) => {
        log(`could not stop ${service.name}: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
  };
  const failures = settled.flatMap((s) =>
    s.status === 'rejected'
      ? [s.reason instanceof Error ? s.reason.message : String(s.reason)]
      : [],
  );
  if (failures.length) {
    await stop();
    throw new Error(failures.join('\n'));
  }
  for (const service of services) log(describeService(service));
  const [pg, redis, meili, s3] = services as [Service, Service, MeiliService, Service];
  return {
    databaseUrl: pg.url,
    redisUrl: redis.url,
    meiliUrl: meili.url,
    meiliMasterKey: meili.masterKey,
    s3Endpoint: s3.url,
    services,
    stop,
  };
}
