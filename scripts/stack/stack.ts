import { ensureMeilisearch } from './meilisearch';
import { ensurePostgres } from './postgres';
import { ensureRedis } from './redis';
import { Log, Service } from './service';

export interface Stack {
  databaseUrl: string;
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  services: Service[];
  stop(): Promise<void>;
}

/**
 * PostgreSQL, Redis and Meilisearch for a demo or a test run: each one from the environment
 * if it answers, otherwise started here. `stop()` stops only what was started here.
 */
export async function startStack(opts: {
  dataDir: string;
  meiliPort?: number;
  log?: Log;
  database?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<Stack> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const env = { ...(opts.env ?? process.env) };
  if (opts.database) {
    const url = new URL(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/niaz');
    url.pathname = `/${opts.database}`;
    env.DATABASE_URL = url.toString();
  }
  const settled = await Promise.allSettled([
    ensurePostgres({ dataDir: opts.dataDir, log, env }),
    ensureRedis({ dataDir: opts.dataDir, log, env }),
    ensureMeilisearch({ dataDir: opts.dataDir, port: opts.meiliPort, log, env }),
  ]);
  const services = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failures = settled.flatMap((s) =>
    s.status === 'rejected' ? [String((s.reason as Error).message ?? s.reason)] : [],
  );
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
  };
  if (failures.length) {
    await stop();
    throw new Error(failures.join('\n'));
  }
  for (const s of services)
    log(
      s.started
        ? `started ${s.name} at ${redact(s.url)} (data in ${opts.dataDir})`
        : `using ${s.name} at ${redact(s.url)}`,
    );
  const [pg, redis, meili] = settled.map((s) => (s as PromiseFulfilledResult<Service>).value);
  return {
    databaseUrl: pg.url,
    redisUrl: redis.url,
    meiliUrl: meili.url,
    meiliMasterKey: (meili as Service & { masterKey: string }).masterKey,
    services,
    stop,
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
