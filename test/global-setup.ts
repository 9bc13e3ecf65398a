import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startStack } from '../scripts/stack';

type Stack = Awaited<ReturnType<typeof startStack>>;
declare global {
  var __NIAZ_STACK__: { stack: Stack; database: string } | undefined;
}

/**
 * Once per `npm test`: make sure PostgreSQL, Redis and Meilisearch answer (Meilisearch is
 * started from the npm package when none is configured) and give this run its own database.
 * Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NIAZ_UNIT_ONLY) return;
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `niaz_test_${run}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-test-'));
  const log = (line: string) => process.stderr.write(`[test stack] ${line}\n`);
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/niaz';
  const url = new URL(base);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  const stack = await startStack({ dataDir, meiliPort: 0, s3Port: 0, log, database });
  process.env.DATABASE_URL = stack.databaseUrl;
  process.env.REDIS_URL = stack.redisUrl;
  process.env.MEILI_URL = stack.meiliUrl;
  process.env.MEILI_MASTER_KEY = stack.meiliMasterKey;
  process.env.S3_ENDPOINT = stack.s3Endpoint;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.WEBHOOKS_ALLOW_PRIVATE = 'true';
  // No secret has a default any more: each run makes its own (apps and worker processes share them).
  process.env.JWT_SECRET = process.env.JWT_SECRET ?? randomBytes(32).toString('hex');
  process.env.UNSUBSCRIBE_KEY = process.env.UNSUBSCRIBE_KEY ?? randomBytes(32).toString('hex');
  process.env.NIAZ_DATA_DIR = dataDir;
  // Suites register hundreds of accounts from one address; abuse limits get their own tests.
  for (const name of [
    'RATE_LIMIT_WRITES_PER_MINUTE_IP',
    'RATE_LIMIT_WRITES_PER_MINUTE_USER',
    'RATE_LIMIT_REGISTER_PER_HOUR_IP',
    'RATE_LIMIT_EMAILS_PER_HOUR',
  ]) {
    process.env[name] = process.env[name] ?? '1000000';
  }
  process.env.OUTBOX_POLL_MS = process.env.OUTBOX_POLL_MS ?? '200';
  process.env.NIAZ_TEST_RUN = run;
  process.env.NIAZ_TEST_DATA_DIR = dataDir;
  globalThis.__NIAZ_STACK__ = { stack, database };
}
