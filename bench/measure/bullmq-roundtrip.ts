import { Queue, Worker } from 'bullmq';
import { redisOptionsFromUrl } from '@niaz/jobs';
import { LatencySummary, sleep, summarize } from '../lib/stats';

/**
 * The raw BullMQ baseline: jobs added at `perSecond` for `seconds` to a queue whose worker does
 * nothing; latency from `add` to the worker's completion, as this process sees it.
 */
export async function measureBullmqRoundTrip(
  redisUrl: string,
  opts: { perSecond: number; seconds: number; prefix: string },
): Promise<LatencySummary & { lost: number }> {
  const connection = { ...redisOptionsFromUrl(redisUrl), maxRetriesPerRequest: null };
  const name = 'bench-raw-roundtrip';
  const queue = new Queue(name, { connection, prefix: opts.prefix });
  const started = new Map<string, number>();
  const latencies: number[] = [];
  const worker = new Worker(name, async () => undefined, {
    connection,
    prefix: opts.prefix,
    concurrency: 20,
  });
  worker.on('completed', (job) => {
    const t = started.get(job.id ?? '');
    if (t !== undefined) latencies.push(performance.now() - t);
  });
  await worker.waitUntilReady();
  const total = opts.perSecond * opts.seconds;
  const interval = 1000 / opts.perSecond;
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const id = `rt-${i}`;
    started.set(id, performance.now());
    void queue.add('noop', { i }, { jobId: id, removeOnComplete: true });
  }
  const deadline = Date.now() + 10_000;
  while (latencies.length < total && Date.now() < deadline) await sleep(50);
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return { ...summarize(latencies), lost: total - latencies.length };
}
