import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dataSourceOptions, loadAppConfig } from '@niaz/core';
import { createMeiliHttpClient } from '@niaz/search';
import { MeiliSearch } from 'meilisearch';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startStack } from '../scripts/stack';

export interface FreshnessFigures {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface FreshnessReport {
  needPublishedToSearchable: FreshnessFigures;
  capabilitySavedToSearchable: FreshnessFigures;
}

const POLL_MS = 5;
const GIVE_UP_MS = 15_000;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)] * 10) / 10;
}

function figures(times: number[]): FreshnessFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: percentile(sorted, 100),
  };
}

/** A word no other document holds, so that a search for it finds one document. */
function uniqueWord(): string {
  return Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

async function json(res: Response): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Milliseconds from `since` until GET `path` lists the document `id`. */
async function untilListed(baseUrl: string, path: string, id: string, since: number) {
  for (;;) {
    const body = await json(await fetch(`${baseUrl}${path}`));
    if ((body.items as Array<{ id: string }>).some((i) => i.id === id))
      return performance.now() - since;
    if (performance.now() - since > GIVE_UP_MS)
      throw new Error(`${id} not searchable after ${GIVE_UP_MS} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Freshness through the real api and worker (outbox → relay → queue `search` → Meilisearch):
 * the time from the answer of `POST /needs/:id/publish` (or `POST /capabilities`) until
 * `GET /search/...` lists the document. `baseUrl` is a running api whose worker runs too;
 * the caller (`npm run bench`, or `main` below) owns them. One sample at a time.
 */
export async function measureFreshness(options: {
  baseUrl: string;
  samples?: number;
  /** Rounds run before the measured ones and not counted. */
  warmUp?: number;
  log?: (line: string) => void;
}): Promise<FreshnessReport> {
  const { baseUrl } = options;
  const samples = options.samples ?? 50;
  const post = async (path: string, token: string | undefined, body: unknown) =>
    json(
      await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
  const account = async (kind: 'manufacturer' | 'supplier') =>
    (
      await post('/api/v1/auth/register', undefined, {
        email: `bench-${kind}-${randomBytes(5).toString('hex')}@bench.niaz`,
        password: 'a long bench passphrase',
        name: 'Bench',
        organization: { name: `Bench ${kind}`, kinds: [kind], country: 'IR', province: 'Qom' },
      })
    ).accessToken as string;
  const maker = await account('manufacturer');
  const supplier = await account('supplier');

  const needTimes: number[] = [];
  const capabilityTimes: number[] = [];
  // One unmeasured round first: Meilisearch's first writes to each index after the apps
  // start (and push their settings) took ~2 s in its task list, then ~0.1 s each.
  const warmUp = options.warmUp ?? 1;
  for (let i = -warmUp; i < samples; i++) {
    const word = uniqueWord();
    const need = await post('/api/v1/needs', maker, {
      title: `بلبرینگ ${word} برای نوار نقاله`,
      description: 'سالانه ۵۰۰۰ عدد',
      language: 'fa',
      hsCodes: ['848210'],
      bidDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
      country: 'IR',
      province: 'Qom',
    });
    await post(`/api/v1/needs/${need.id}/publish`, maker, {});
    const published = performance.now();
    needTimes.push(
      await untilListed(baseUrl, `/api/v1/search/needs?q=${word}`, String(need.id), published),
    );

    const capWord = uniqueWord();
    const capability = await post('/api/v1/capabilities', supplier, {
      title: `Rulman üretimi ${capWord}`,
      language: 'tr',
      hsCodes: ['8482'],
      country: 'TR',
    });
    const saved = performance.now();
    capabilityTimes.push(
      await untilListed(
        baseUrl,
        `/api/v1/search/capabilities?q=${capWord}`,
        String(capability.id),
        saved,
      ),
    );
    if (i >= 0 && (i + 1) % 10 === 0) options.log?.(`${i + 1}/${samples} samples`);
  }
  return {
    needPublishedToSearchable: figures(needTimes.slice(warmUp)),
    capabilitySavedToSearchable: figures(capabilityTimes.slice(warmUp)),
  };
}

export function printFreshness(report: FreshnessReport): void {
  const line = (name: string, f: FreshnessFigures) =>
    `${name.padEnd(34)} p50 ${String(f.p50Ms).padStart(6)} ms   p95 ${String(f.p95Ms).padStart(6)} ms   max ${String(f.maxMs).padStart(6)} ms   (${f.samples} samples)`;
  console.log(line('need published → searchable', report.needPublishedToSearchable));
  console.log(line('capability saved → searchable', report.capabilitySavedToSearchable));
  const worst = Math.max(
    report.needPublishedToSearchable.p95Ms,
    report.capabilitySavedToSearchable.p95Ms,
  );
  console.log(`target p95 ≤ 1000 ms: ${worst <= 1000 ? 'met' : 'MISSED'}`);
}

/** Drops the bench database and the bench's indexes (a reused Meilisearch keeps running). */
async function dropBenchData(databaseUrl: string, database: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const meili = new MeiliSearch({
    host: process.env.MEILI_URL!,
    apiKey: process.env.MEILI_MASTER_KEY,
    httpClient: createMeiliHttpClient(),
  });
  const prefix = process.env.MEILI_INDEX_PREFIX!;
  const { results } = await meili.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(prefix)))
    await meili.deleteIndex(index.uid).waitTask();
}

/**
 * `npm run bench:freshness`: a private database (and Meilisearch, unless MEILI_URL answers),
 * migrations, the api and the worker in this process on a free port, then the measurement.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-bench-'));
  const database = `niaz_bench_${randomBytes(4).toString('hex')}`;
  const log = (line: string) => console.log(`[bench] ${line}`);
  const stack = await startStack({ dataDir, meiliPort: 0, log, database });
  let api: NestFastifyApplication | undefined;
  let worker: INestApplicationContext | undefined;
  try {
    Object.assign(process.env, {
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      MEILI_URL: stack.meiliUrl,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      MEILI_INDEX_PREFIX: `bench${randomBytes(3).toString('hex')}_`,
      QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const ds = new DataSource(dataSourceOptions(loadAppConfig(process.env).database));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    api = await createApiApp({ logger: false });
    await api.listen({ port: 0, host: '127.0.0.1' });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const { port } = api.getHttpServer().address() as { port: number };
    const samples = Number(process.env.BENCH_SAMPLES ?? 50);
    log(`measuring ${samples} needs and ${samples} capabilities, one at a time`);
    const report = await measureFreshness({ baseUrl: `http://127.0.0.1:${port}`, samples, log });
    printFreshness(report);
  } finally {
    await worker?.close();
    await api?.close();
    await dropBenchData(stack.databaseUrl, database).catch((e: unknown) =>
      log(`cleanup: ${String(e)}`),
    );
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
