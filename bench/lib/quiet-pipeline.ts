import { redisOptionsFromUrl } from '@niaz/jobs';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { sleep } from './stats';

/**
 * Waits until every outbox row is relayed and the search, matching and notifications queues
 * are empty, so that a phase measures itself and not the previous phase's backlog; with
 * `meili`, also until Meilisearch has applied every task (a reindex leaves it busy).
 */
export async function waitForQuietPipeline(
  ds: DataSource,
  redisUrl: string,
  prefix: string,
  meili?: { url: string; key: string },
): Promise<void> {
  const connection = { ...redisOptionsFromUrl(redisUrl), maxRetriesPerRequest: null };
  const queues = ['search', 'matching', 'notifications'].map(
    (name) => new Queue(name, { connection, prefix }),
  );
  try {
    const deadline = Date.now() + 10 * 60_000;
    while (Date.now() < deadline) {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE "relayedAt" IS NULL`,
      );
      let busy = n;
      for (const q of queues) {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        busy += c.waiting + c.active + c.prioritized;
      }
      if (busy === 0 && meili) busy += await meiliTasksLeft(meili);
      if (busy === 0) return;
      await sleep(200);
    }
    throw new Error('the pipeline did not go quiet within 10 minutes');
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

async function meiliTasksLeft(meili: { url: string; key: string }): Promise<number> {
  const res = await fetch(`${meili.url}/tasks?statuses=enqueued,processing&limit=1`, {
    headers: { authorization: `Bearer ${meili.key}` },
  });
  return ((await res.json()) as { total?: number; results: unknown[] }).results.length;
}
