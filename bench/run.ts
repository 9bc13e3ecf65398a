import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { dataSourceOptions } from '@niaz/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { repoRoot } from '../scripts/repo-root';
import { startStack } from '../scripts/stack';
import { FULL_SIZE, generateDataSet, QUICK_SIZE } from './data/generate';
import { BENCH_PASSWORD, loadDataSet } from './data/load';
import { AppProcess, startApp, waitReady } from './lib/apps';
import { BenchRow, printReport, saveReport } from './lib/report';
import { measureBullmqRoundTrip } from './measure/bullmq-roundtrip';
import { measureCreateNeed, measureRawInsert } from './measure/create-need';

const ROOT = repoRoot(__dirname);

/** How long each phase runs: the full figures of issue 8, or a smoke test with `--quick`. */
const PLAN = {
  full: { size: FULL_SIZE, httpSeconds: 20, publishSeconds: 60, publishRate: 50 },
  quick: { size: QUICK_SIZE, httpSeconds: 4, publishSeconds: 8, publishRate: 50 },
};

const log = (line: string) => console.log(`[bench] ${line}`);

/**
 * `npm run bench [-- --quick]`: loads a generated data set into a throw-away database and a
 * fresh Meilisearch, starts the production api and worker, and measures each figure of issue
 * 8 beside what PostgreSQL, Meilisearch and BullMQ do alone in the same run.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const plan = quick ? PLAN.quick : PLAN.full;
  const started = Date.now();
  const run = Date.now().toString(36);
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-bench-'));
  const database = `niaz_bench_${run}`;
  const stack = await startStack({ dataDir, meiliPort: 0, log, database });
  const apps: AppProcess[] = [];
  const rows: BenchRow[] = [];
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: `bench-secret-${run}-0123456789abcdef`,
      LOG_LEVEL: 'warn',
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      MEILI_URL: stack.meiliUrl,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      QUEUE_PREFIX: `bench-${run}`,
      PORT: String(3900 + Math.floor(Math.random() * 90)),
      HOST: '127.0.0.1',
      OUTBOX_POLL_MS: '200',
      WEBHOOKS_ALLOW_PRIVATE: 'true',
    };
    const ds = await new DataSource(
      dataSourceOptions({ url: stack.databaseUrl, schema: 'public', poolSize: 4 }),
    ).initialize();
    await ds.runMigrations({ transaction: 'each' });

    let t = Date.now();
    const data = generateDataSet(plan.size);
    await loadDataSet(ds, data);
    log(
      `loaded ${data.organizations.length} organisations, ${data.capabilities.length} capabilities, ${data.needs.length} needs in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    apps.push(startApp(ROOT, 'api', env), startApp(ROOT, 'worker', env));
    const apiUrl = `http://127.0.0.1:${env.PORT}`;
    await waitReady(apiUrl);
    const manufacturer = data.organizations.find((o) => o.kinds.includes('manufacturer'))!;
    const token = await signIn(apiUrl, manufacturer.email);

    t = Date.now();
    const http = { connections: 8, seconds: plan.httpSeconds };
    const createNeed = await measureCreateNeed(apiUrl, token, http);
    const rawInsert = await measureRawInsert(
      stack.databaseUrl,
      { organizationId: manufacturer.id, userId: manufacturer.userId },
      http,
    );
    rows.push(
      {
        measure: 'POST /needs throughput',
        unit: 'req/s',
        project: createNeed.rps,
        raw: rawInsert.rps,
        note: `${createNeed.non2xx} non-2xx, ${createNeed.errors} errors; raw = one-row INSERT`,
      },
      { measure: 'POST /needs p95', unit: 'ms', project: createNeed.p95, raw: rawInsert.p95 },
    );
    log(`POST /needs measured in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const roundTrip = await measureBullmqRoundTrip(stack.redisUrl, {
      perSecond: plan.publishRate,
      seconds: plan.publishSeconds,
      prefix: `bench-raw-${run}`,
    });
    rows.push({
      measure: 'raw BullMQ add→complete p95',
      unit: 'ms',
      project: roundTrip.p95,
      note: `p50 ${roundTrip.p50.toFixed(1)} / p99 ${roundTrip.p99.toFixed(1)} ms at ${plan.publishRate}/s, ${roundTrip.lost} lost`,
    });

    for (const app of apps) {
      const mb = app.peakRssMb();
      rows.push({
        measure: `${app.name} peak RSS`,
        unit: 'MB',
        project: mb,
        target: '≤ 300 MB',
        pass: mb <= 300,
      });
    }
    await ds.destroy();
  } finally {
    for (const app of apps) await app.stop();
    await dropDatabase(stack.databaseUrl, database);
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  printReport(rows);
  const file = saveReport(
    ROOT,
    {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      machine: {
        cpus: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      size: plan.size,
      seconds: Math.round((Date.now() - started) / 1000),
    },
    rows,
  );
  log(`results in ${file} (${Math.round((Date.now() - started) / 1000)} s in all)`);
}

async function signIn(apiUrl: string, email: string): Promise<string> {
  const res = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function dropDatabase(databaseUrl: string, database: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
