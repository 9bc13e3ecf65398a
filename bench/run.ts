import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { dataSourceOptions } from '@niaz/core';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { repoRoot } from '../scripts/repo-root';
import { startStack } from '../scripts/stack';
import { FULL_SIZE, generateDataSet, QUICK_SIZE } from './data/generate';
import { BENCH_PASSWORD, loadDataSet } from './data/load';
import { AppProcess, startApp, waitReady } from './lib/apps';
import { waitForQuietPipeline } from './lib/quiet-pipeline';
import { BenchRow, printReport, saveReport } from './lib/report';
import { measureFreshness } from './freshness';
import { measureBullmqRoundTrip } from './measure/bullmq-roundtrip';
import { measureCreateNeed, measureRawInsert } from './measure/create-need';
import { measureIndexing } from './measure/indexing';
import { measureMeetings } from './measure/meetings';
import { insertDrafts, measurePublishNotify } from './measure/publish-notify';
import { measureSearch } from './measure/search';
import { measureUpload } from './measure/upload';

const ROOT = repoRoot(__dirname);

/** How long each phase runs: the full figures of issue 8, or a smoke test with `--quick`. */
const PLAN = {
  full: {
    size: FULL_SIZE,
    httpSeconds: 20,
    publishSeconds: 60,
    publishRate: 50,
    /** A lighter run first: the pipeline's own latency when it is not saturated. */
    lightRate: 5,
    lightSeconds: 20,
    freshnessSamples: 50,
  },
  quick: {
    size: QUICK_SIZE,
    httpSeconds: 4,
    publishSeconds: 8,
    publishRate: 50,
    lightRate: 5,
    lightSeconds: 6,
    freshnessSamples: 50,
  },
};

const log = (line: string) => console.log(`[bench] ${line}`);
const WARM_UP = 10;

/**
 * `npm run bench [-- --quick]`: loads a generated data set into a throw-away database and a
 * fresh Meilisearch, starts the production api and worker, and measures each figure of issue
 * 8 beside what PostgreSQL, Meilisearch and BullMQ do alone in the same run.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // `--only=search,publish` runs just those phases (data, indexing and the apps always run).
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const want = (phase: 'create' | 'search' | 'freshness' | 'publish' | 'meetings' | 'upload') =>
    !only || only.includes(phase);
  // The meetings phase needs only PostgreSQL: alone, it skips the data set and the apps.
  const meetingsOnly = !!only && only.every((p) => p === 'meetings');
  const plan = quick ? PLAN.quick : PLAN.full;
  const started = Date.now();
  const run = Date.now().toString(36);
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-bench-'));
  const database = `niaz_bench_${run}`;
  const stack = await startStack({ dataDir, meiliPort: 0, s3Port: 0, log, database });
  const apps: AppProcess[] = [];
  const rows: BenchRow[] = [];
  // A bench leaves nothing behind, crash or Ctrl-C: apps, database, Redis keys, Meilisearch folder.
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      for (const app of apps) await app.stop().catch(() => undefined);
      await dropDatabase(stack.databaseUrl, database).catch(() => undefined);
      await deleteRedisKeys(stack.redisUrl, [`bench-${run}`, `bench-raw-${run}`]).catch(
        () => undefined,
      );
      await stack.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: `bench-secret-${run}-0123456789abcdef`,
      UNSUBSCRIBE_KEY: `bench-unsubscribe-${run}-0123456789abcdef`,
      LOG_LEVEL: 'warn',
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      MEILI_URL: stack.meiliUrl,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      S3_ENDPOINT: stack.s3Endpoint,
      S3_BUCKET: `bench-${run}`,
      QUEUE_PREFIX: `bench-${run}`,
      PORT: String(3900 + Math.floor(Math.random() * 90)),
      HOST: '127.0.0.1',
      OUTBOX_POLL_MS: '200',
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      // The bench is one client on one address sending thousands of writes a second: the
      // abuse limits would measure themselves (429), not the pipeline.
      RATE_LIMIT_WRITES_PER_MINUTE_IP: '10000000',
      RATE_LIMIT_WRITES_PER_MINUTE_USER: '10000000',
      RATE_LIMIT_REGISTER_PER_HOUR_IP: '1000000',
      RATE_LIMIT_EMAILS_PER_HOUR: '1000000',
      // Its accounts are made by the loader or register and act at once, as in the demo.
      EMAIL_VERIFICATION: 'optional',
      MEILI_INDEX_PREFIX: '',
    };
    // In-process phases (loading, the reindex) read the same environment as the apps.
    Object.assign(process.env, env);
    const ds = await new DataSource(
      dataSourceOptions({ url: stack.databaseUrl, schema: 'public', poolSize: 4 }),
    ).initialize();
    await ds.runMigrations({ transaction: 'each' });

    if (want('meetings')) {
      const t0 = Date.now();
      const mt = await measureMeetings(ds);
      rows.push(
        {
          measure: 'schedule all (300 participants, 1,500 meetings, 2 d × 16 slots × 40 tables)',
          unit: 'ms',
          project: mt.serviceMs,
          raw: mt.firstFitMs,
          target: '≤ 5000 ms',
          pass: mt.serviceMs <= 5000,
          note: `project = POST /exhibitions/:id/schedule's service (read, schedule, write) on PostgreSQL; the scheduler alone ${mt.scheduleAllMs.toFixed(0)} ms; raw = naive first-fit (pure). Placed ${mt.placed} vs first-fit ${mt.firstFitPlaced} (capacity 1,280 table-slots)`,
        },
        {
          measure: 'idle time per participant (schedule all vs first fit)',
          unit: 'min',
          project: mt.idlePerParticipant,
          raw: mt.firstFitIdlePerParticipant,
          pass: mt.idlePerParticipant < mt.firstFitIdlePerParticipant,
          note: 'minutes each participant waits between meetings on the same day (lunch included), same input',
        },
      );
      log(`meetings measured in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (meetingsOnly) {
      await ds.destroy();
      printReport(rows);
      return;
    }

    let t = Date.now();
    const data = generateDataSet(plan.size);
    await loadDataSet(ds, data);
    log(
      `loaded ${data.organizations.length} organisations, ${data.capabilities.length} capabilities, ${data.needs.length} needs in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    t = Date.now();
    const indexing = await measureIndexing();
    rows.push({
      measure: 'indexing throughput',
      unit: 'docs/s',
      project: indexing.projectDocsPerSecond,
      raw: indexing.rawDocsPerSecond,
      note: `${indexing.documents} documents; project = the full reindex (Postgres read model, normalisation, swap), raw = addDocuments of the same documents`,
    });
    log(`indexing measured in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const owners = data.organizations.filter((o) => o.kinds.includes('manufacturer')).slice(0, 20);
    const drafts = await insertDrafts(
      ds,
      data.needs,
      owners,
      WARM_UP + plan.lightRate * plan.lightSeconds + plan.publishRate * plan.publishSeconds,
    );
    const ownerOf = new Map(drafts.map((id, i) => [id, owners[i % owners.length].id]));
    const warmDrafts = drafts.splice(0, WARM_UP);
    const lightDrafts = drafts.slice(0, plan.lightRate * plan.lightSeconds);
    const fullDrafts = drafts.slice(lightDrafts.length);

    // `--cpu-prof`: V8 profiles of api and worker in bench/results/ (open them in Chrome DevTools).
    const cpuProfileDir = process.argv.includes('--cpu-prof')
      ? join(ROOT, 'bench', 'results')
      : undefined;
    apps.push(
      startApp(ROOT, 'api', env, { cpuProfileDir }),
      startApp(ROOT, 'worker', env, { cpuProfileDir }),
    );
    const apiUrl = `http://127.0.0.1:${env.PORT}`;
    await waitReady(apiUrl);
    const manufacturer = owners[0];
    const tokens = new Map<string, string>();
    for (const o of owners) tokens.set(o.id, await signIn(apiUrl, o.email));
    const token = tokens.get(manufacturer.id)!;

    const http = { connections: 8, seconds: plan.httpSeconds };
    if (want('create')) {
      t = Date.now();
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
    }

    if (want('search')) {
      t = Date.now();
      const search = await measureSearch(
        apiUrl,
        { url: stack.meiliUrl, key: stack.meiliMasterKey, indexUid: 'capabilities' },
        http,
      );
      rows.push(
        {
          measure: 'search capabilities throughput',
          unit: 'req/s',
          project: search.project.rps,
          raw: search.raw.rps,
          target: '≥ 0.5× raw',
          pass: search.project.rps >= 0.5 * search.raw.rps,
          note: `8 connections, q + country filter, facets and highlights; ${search.project.non2xx} non-2xx`,
        },
        {
          measure: 'search capabilities p50',
          unit: 'ms',
          project: search.project.p50,
          raw: search.raw.p50,
        },
        {
          measure: 'search capabilities p95',
          unit: 'ms',
          project: search.project.p95,
          raw: search.raw.p95,
        },
        {
          measure: 'search capabilities p99',
          unit: 'ms',
          project: search.project.p99,
          raw: search.raw.p99,
          target: '≤ 25 ms',
          pass: search.project.p99 <= 25,
        },
      );
      log(`search measured in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    if (want('upload')) {
      t = Date.now();
      const upload = await measureUpload({
        apiUrl,
        apiPid: apps[0]!.child.pid!,
        token,
        s3: {
          endpoint: stack.s3Endpoint,
          bucket: env.S3_BUCKET!,
          accessKeyId: process.env.S3_ACCESS_KEY_ID ?? 'S3RVER',
          secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? 'S3RVER',
        },
      });
      rows.push({
        measure: `upload a ${upload.sizeMb} MB drawing`,
        unit: 'MB/s',
        project: upload.projectMBps,
        raw: upload.rawMBps,
        target: '≥ 50 MB/s',
        pass: upload.projectMBps >= 50,
        note: `median of ${upload.rounds}; project = POST /attachments (${upload.stepsMs.announce} ms) + presigned PUT (${upload.stepsMs.put} ms) + POST complete (${upload.stepsMs.complete} ms: size, type from the first bytes), raw = one PutObject; api RSS ${upload.apiRssBeforeMb} → ${upload.apiRssAfterMb} MB`,
      });
      log(`upload measured in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    if (want('freshness')) {
      // The drafts POST /needs made are still being relayed and indexed after a short run.
      await waitForQuietPipeline(ds, stack.redisUrl, env.QUEUE_PREFIX!);
      t = Date.now();
      const freshness = await measureFreshness({ baseUrl: apiUrl, samples: plan.freshnessSamples });
      rows.push(
        {
          measure: 'capability saved → searchable p95',
          unit: 'ms',
          project: freshness.capabilitySavedToSearchable.p95Ms,
          target: '≤ 1000 ms',
          pass: freshness.capabilitySavedToSearchable.p95Ms <= 1000,
          note: `p50 ${freshness.capabilitySavedToSearchable.p50Ms} ms, ${freshness.capabilitySavedToSearchable.samples} samples`,
        },
        {
          measure: 'need published → searchable p95',
          unit: 'ms',
          project: freshness.needPublishedToSearchable.p95Ms,
          target: '≤ 1000 ms',
          pass: freshness.needPublishedToSearchable.p95Ms <= 1000,
          note: `p50 ${freshness.needPublishedToSearchable.p50Ms} ms, ${freshness.needPublishedToSearchable.samples} samples`,
        },
      );
      log(`freshness measured in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    if (want('publish')) {
      const publish = async (ids: string[], perSecond: number) => {
        t = Date.now();
        const figures = await measurePublishNotify({
          ds,
          apiUrl,
          redisUrl: stack.redisUrl,
          queuePrefix: env.QUEUE_PREFIX!,
          tokens,
          drafts: ids.map((id) => ({ id, organizationId: ownerOf.get(id)! })),
          perSecond,
          topN: 20,
          minScore: 0.3,
          log,
        });
        log(`publish → notified at ${perSecond}/s in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        for (const [queue, st] of Object.entries(figures.stages))
          log(
            `  ${queue.padEnd(13)} ${String(st.jobs).padStart(5)} jobs · wait p50 ${st.waitP50} / p95 ${st.waitP95} ms · run p50 ${st.runP50} / p95 ${st.runP95} ms`,
          );
        const raw = await measureBullmqRoundTrip(stack.redisUrl, {
          perSecond,
          seconds: ids.length / perSecond,
          prefix: `bench-raw-${run}-${perSecond}`,
        });
        const note = `${figures.published} published at ${perSecond}/s, ${figures.withCandidates} with candidates, ${figures.notifications} in-app notifications, ${figures.lost} lost, ${figures.duplicated} duplicated, ${figures.publishErrors} publish errors; raw = BullMQ add→complete at the same rate (${raw.lost} lost)`;
        return { figures, raw, note };
      };
      // Warm-up (not measured): the worker's first jobs pay for its start.
      await publish(warmDrafts, plan.lightRate);
      const light = await publish(lightDrafts, plan.lightRate);
      rows.push({
        measure: `publish → notified p95 at ${plan.lightRate}/s`,
        unit: 'ms',
        project: light.figures.latency.p95,
        raw: light.raw.p95,
        note: `p50 ${light.figures.latency.p50.toFixed(0)} / p99 ${light.figures.latency.p99.toFixed(0)} ms; ${light.note}`,
      });
      const full = await publish(fullDrafts, plan.publishRate);
      const notified = full.figures.latency;
      rows.push(
        {
          measure: `publish → notified p50 at ${plan.publishRate}/s`,
          unit: 'ms',
          project: notified.p50,
          raw: full.raw.p50,
        },
        {
          measure: `publish → notified p95 at ${plan.publishRate}/s`,
          unit: 'ms',
          project: notified.p95,
          raw: full.raw.p95,
          target: '≤ 300 ms',
          pass: notified.p95 <= 300 && full.figures.lost === 0 && full.figures.duplicated === 0,
          note: full.note,
        },
        {
          measure: `publish → notified p99 at ${plan.publishRate}/s`,
          unit: 'ms',
          project: notified.p99,
          raw: full.raw.p99,
        },
      );
    }

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
    await cleanUp();
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

/** Deletes every key under the run's queue prefixes (BullMQ leaves completed-job keys). */
async function deleteRedisKeys(redisUrl: string, prefixes: string[]): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    for (const prefix of prefixes) {
      const stream = redis.scanStream({ match: `${prefix}*`, count: 1000 });
      for await (const keys of stream as AsyncIterable<string[]>)
        if (keys.length) deleted += await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  log(`removed ${deleted} Redis keys of the run`);
  return deleted;
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
