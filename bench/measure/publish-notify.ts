import { needMatchedRecipients } from '@niaz/notifications';
import { Queue } from 'bullmq';
import { redisOptionsFromUrl } from '@niaz/jobs';
import type { DataSource } from 'typeorm';
import type { BenchNeed } from '../data/generate';
import { CpuByProcess, CpuMeter } from '../lib/cpu';
import { Prng } from '../lib/prng';
import { waitForQuietPipeline } from '../lib/quiet-pipeline';
import { LatencySummary, sleep, summarize } from '../lib/stats';

/** Where the time went, per queue: waiting for a worker and running, p50/p95 in ms. */
export type StageTimes = Record<
  string,
  { waitP50: number; waitP95: number; runP50: number; runP95: number; jobs: number }
>;

export interface PublishNotifyFigures {
  stages: StageTimes;
  latency: LatencySummary;
  published: number;
  /** Needs that had at least one candidate above the minimum score (the ones measured). */
  withCandidates: number;
  notifications: number;
  lost: number;
  duplicated: number;
  publishErrors: number;
  /** From the first publication to each need's last notice: first, p95 and last, in ms. */
  sinceStart: LatencySummary;
  /** CPU of each process from the first publication until the pipeline went quiet (ms). */
  cpu?: CpuByProcess;
}

/**
 * Drafts for the publish run: the content of generated needs under new ids, owned by a few
 * manufacturer organisations whose owners sign in once.
 */
export async function insertDrafts(
  ds: DataSource,
  templates: BenchNeed[],
  owners: Array<{ id: string; userId: string }>,
  count: number,
): Promise<string[]> {
  const prng = new Prng(2026);
  const deadline = new Date(Date.now() + 60 * 86400_000).toISOString();
  const rows = Array.from({ length: count }, (_, i) => {
    const { annualImportValue, ...n } = templates[i % templates.length];
    const owner = owners[i % owners.length];
    return {
      ...n,
      id: prng.uuid(),
      organizationId: owner.id,
      createdById: owner.userId,
      status: 'draft',
      annualImportValueAmount: annualImportValue.amount,
      annualImportValueCurrency: annualImportValue.currency,
      bidDeadline: deadline,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await ds.query(
      `INSERT INTO need (id, "organizationId", "createdById", status, title, description, language, "hsCodes",
         "quantityPerYear", unit, "importOrigin", "annualImportValueAmount", "annualImportValueCurrency",
         "requiredCertifications", "bidDeadline", country, province, details)
       SELECT id, "organizationId", "createdById", status, title, description, language, "hsCodes",
         "quantityPerYear", 'piece', "importOrigin", "annualImportValueAmount", "annualImportValueCurrency",
         "requiredCertifications", "bidDeadline", country, province, details
         FROM json_populate_recordset(null::need, $1::json)`,
      [JSON.stringify(rows.slice(i, i + 1000))],
    );
  }
  return rows.map((r) => r.id);
}

/**
 * Publishes `needIds` through `POST /api/v1/needs/:id/publish` at `perSecond`, then waits for
 * the pipeline to go quiet and measures, per need, the time from its publication to the
 * last of its candidates' in-app notifications being stored (both clocks are this machine's).
 * Nothing lost: every recipient the notice query names has its row; nothing duplicated: one
 * row per (user, need).
 */
export async function measurePublishNotify(opts: {
  ds: DataSource;
  apiUrl: string;
  redisUrl: string;
  queuePrefix: string;
  tokens: Map<string, string>;
  drafts: Array<{ id: string; organizationId: string }>;
  /** Publications per second; Infinity publishes all at once (at most 16 requests open). */
  perSecond: number;
  topN: number;
  meter?: CpuMeter;
  minScore: number;
  log: (line: string) => void;
}): Promise<PublishNotifyFigures> {
  const { ds, drafts } = opts;
  const interval = 1000 / opts.perSecond;
  const t0 = performance.now();
  const t0Wall = Date.now();
  let publishErrors = 0;
  const publishAll = async () => {
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < drafts.length; i++) {
      const wait = t0 + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      // A burst keeps 16 requests open, as an import would; a paced run never reaches that.
      while (inFlight.size >= 16) await Promise.race(inFlight);
      const { id, organizationId } = drafts[i];
      const request: Promise<void> = fetch(`${opts.apiUrl}/api/v1/needs/${id}/publish`, {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.tokens.get(organizationId)}` },
      })
        .then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) publishErrors++;
        })
        .catch(() => {
          publishErrors++;
        })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await Promise.all(inFlight);
    opts.log(
      `published ${drafts.length} needs in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await waitForQuietPipeline(ds, opts.redisUrl, opts.queuePrefix);
  };
  let cpu: CpuByProcess | undefined;
  if (opts.meter) cpu = (await opts.meter.measure(publishAll)).cpu;
  else await publishAll();
  const stages = await stageTimes(opts.redisUrl, opts.queuePrefix, t0Wall);

  const ids = drafts.map((d) => d.id);
  const rows: Array<{
    needId: string;
    ms: number | null;
    last: number | null;
    n: number;
    distinct: number;
  }> = await ds.query(
    `SELECT n.id AS "needId",
              (extract(epoch FROM max(x."createdAt") - n."publishedAt") * 1000)::float8 AS ms,
              (extract(epoch FROM max(x."createdAt")) * 1000)::float8 AS last,
              count(x.id)::int AS n, count(DISTINCT x."userId")::int AS distinct
         FROM need n
         LEFT JOIN notification x ON x."eventKey" = 'need.matched:' || n.id
        WHERE n.id = ANY($1::uuid[])
        GROUP BY n.id, n."publishedAt"`,
    [ids],
  );
  let lost = 0;
  for (const id of ids) {
    const q = needMatchedRecipients(id, opts.topN, opts.minScore);
    const expected: Array<{ userId: string }> = await ds.query(
      `SELECT e."userId" FROM (${q.sql}) e
        WHERE NOT EXISTS (SELECT 1 FROM notification x WHERE x."userId" = e."userId" AND x."eventKey" = e."eventKey")`,
      q.params,
    );
    lost += expected.length;
  }
  const measured = rows.filter((r) => r.n > 0);
  return {
    stages,
    latency: summarize(measured.map((r) => Number(r.ms))),
    sinceStart: summarize(measured.map((r) => Number(r.last) - t0Wall)),
    cpu,
    published: drafts.length - publishErrors,
    withCandidates: measured.length,
    notifications: rows.reduce((a, r) => a + r.n, 0),
    lost,
    duplicated: rows.reduce((a, r) => a + (r.n - r.distinct), 0),
    publishErrors,
  };
}

/** Wait and run times of the jobs each queue completed since `since` (BullMQ keeps them). */
async function stageTimes(redisUrl: string, prefix: string, since: number): Promise<StageTimes> {
  const connection = { ...redisOptionsFromUrl(redisUrl), maxRetriesPerRequest: null };
  const out: StageTimes = {};
  for (const name of ['search', 'matching', 'notifications']) {
    const queue = new Queue(name, { connection, prefix });
    try {
      const jobs = (await queue.getCompleted(0, 20_000)).filter((j) => j.timestamp >= since);
      const wait = summarize(jobs.map((j) => (j.processedOn ?? j.timestamp) - j.timestamp));
      const run = summarize(jobs.map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0)));
      out[name] = {
        waitP50: wait.p50,
        waitP95: wait.p95,
        runP50: run.p50,
        runP95: run.p95,
        jobs: jobs.length,
      };
    } finally {
      await queue.close();
    }
  }
  return out;
}
