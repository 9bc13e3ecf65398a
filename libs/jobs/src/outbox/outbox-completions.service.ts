import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JobSchedules } from '../job-schedules';
import { OutboxRelayService } from './outbox-relay.service';

const FLUSH_MS = 250;
/** Marks kept while PostgreSQL is away; beyond this they are dropped (the jobs then run again). */
const MAX_BUFFERED = 50_000;
const JOB_ID = /^ob-(\d+)-([a-z]+)$/;

/**
 * Records, on each outbox row, which of its jobs completed (`pendingQueues` shrinks), so
 * that work Redis loses can be told from work done. Listens to the `completed` event of
 * every BullMQ worker of this process (no processor has to do anything) and writes the
 * marks in one statement every 250 ms. When Redis turns out to have lost its memory (its
 * job schedulers were gone, see JobSchedules), and at start, the relay re-adds the jobs
 * of rows still unfinished.
 */
@Injectable()
export class OutboxCompletionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxCompletionsService.name);
  private buffer = new Map<string, Set<string>>();
  private buffered = 0;
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly relay: OutboxRelayService,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      let worker;
      try {
        worker = instance.worker;
      } catch {
        continue; // a processor whose worker was not created (e.g. not in this process)
      }
      worker?.on('completed', (job: Job) => this.completed(job));
    }
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
    this.schedules.onRestored(() => void this.replay('Redis lost its job schedulers'));
    void this.replay('worker start');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  completed(job: Pick<Job, 'id'>): void {
    const m = JOB_ID.exec(job.id ?? '');
    if (!m) return;
    if (this.buffered >= MAX_BUFFERED) return;
    const queues = this.buffer.get(m[1]) ?? new Set<string>();
    if (!queues.has(m[2])) {
      queues.add(m[2]);
      this.buffered++;
    }
    this.buffer.set(m[1], queues);
  }

  /** Writes the marks gathered so far; on failure they wait for the next flush. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.buffer.size === 0) return;
    const batch = this.buffer;
    this.buffer = new Map();
    const count = this.buffered;
    this.buffered = 0;
    try {
      await this.relay.markDone(new Map([...batch].map(([id, queues]) => [id, [...queues]])));
    } catch (e) {
      // PostgreSQL away: keep the marks for the next flush.
      for (const [id, queues] of batch) {
        const mine = this.buffer.get(id) ?? new Set<string>();
        for (const q of queues) mine.add(q);
        this.buffer.set(id, mine);
      }
      this.buffered += count;
      this.logger.debug(`completion marks wait: ${String(e)}`);
    }
  }

  private async replay(why: string): Promise<void> {
    try {
      await this.flush();
      const offered = await this.relay.replayUnfinished();
      if (offered) this.logger.warn(`${why}: ${offered} unfinished outbox jobs offered again`);
    } catch (e) {
      this.logger.warn(`replaying unfinished outbox jobs failed (${why}): ${String(e)}`);
    }
  }
}
