import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  EVENT_ROUTES,
  FOLLOW_UP_JOBS,
  OutboxEventName,
  queuesOfEvent,
  QueueName,
} from '../job-registry';
import { QueueRegistry } from '../queue-registry';
import { outboxChannel, outboxJobId } from './outbox-channel';

const BATCH_SIZE = 200;
const ADD_TIMEOUT_MS = 5000;

interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with `FOR UPDATE SKIP LOCKED`
 * (so relays running side by side never take the same row) and marked relayed in the same
 * transaction that added their jobs; if Redis is away the transaction rolls back and the rows
 * wait. LISTEN/NOTIFY wakes it at once; polling is the fallback and the truth.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener?: Client;
  private listenTimer?: NodeJS.Timeout;
  private pollTimer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private started = false;
  private stopping = false;
  private failures = 0;
  /** Rows this instance moved since it started (a counter: nothing kept per row). */
  relayedCount = 0;
  /** Told the ids of every batch this instance relayed (tests, metrics); keeps nothing. */
  onRelayed?: (ids: readonly string[]) => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    await this.listen().catch((e: unknown) => {
      this.logger.warn(`LISTEN failed, polling meanwhile: ${String(e)}`);
      this.relisten();
    });
    this.pollTimer = setInterval(() => void this.wake(), this.config.env.OUTBOX_POLL_MS);
    void this.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.started = false;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.listenTimer) clearTimeout(this.listenTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /** Drains until no row is left; concurrent wake-ups fold into one more pass. */
  wake(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    do {
      this.again = false;
      let moved: number;
      do {
        try {
          moved = await this.relayBatch();
          this.failures = 0;
        } catch (error) {
          this.failures++;
          const message = error instanceof Error ? error.message : String(error);
          if (this.failures === 1 || this.failures % 30 === 0) {
            this.logger.warn(`outbox relay paused, rows wait: ${message}`);
          }
          await this.recordFailure(error).catch(() => undefined);
          return total;
        }
        total += moved;
      } while (moved === BATCH_SIZE && !this.stopping);
    } while (this.again && !this.stopping);
    return total;
  }

  /**
   * Counts a failed try on the rows of the batch that failed (its transaction rolled back):
   * `attempts` and `lastError` say why rows wait. Uses its own statement; when PostgreSQL
   * itself is the failure this fails too, and the rows keep their last record.
   */
  private async recordFailure(error: unknown): Promise<void> {
    const ids = this.claimed;
    this.claimed = undefined;
    if (!ids?.length) return;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await this.dataSource.query(
      `UPDATE outbox_event SET attempts = attempts + 1, "lastError" = $2
        WHERE id = ANY($1::bigint[]) AND "relayedAt" IS NULL`,
      [ids, message],
    );
  }

  /** The ids of the batch being relayed, for recordFailure. */
  private claimed?: string[];

  /** Claims one batch, adds its jobs, marks it relayed: all or nothing. */
  async relayBatch(): Promise<number> {
    const ids = await this.dataSource.transaction(async (manager): Promise<string[]> => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, payload FROM outbox_event WHERE "relayedAt" IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return [];
      this.claimed = rows.map((r) => r.id);
      const byQueue = new Map<
        QueueName,
        Array<{ name: string; data: Record<string, unknown>; opts: { jobId: string } }>
      >();
      for (const row of rows) {
        const routes = EVENT_ROUTES[row.type as OutboxEventName] ?? [];
        for (const queue of routes) {
          const list = byQueue.get(queue) ?? [];
          list.push({
            name: row.type,
            data: { ...row.payload, outboxId: row.id },
            opts: { jobId: outboxJobId(row.id, queue) },
          });
          byQueue.set(queue, list);
        }
      }
      for (const [queue, jobs] of byQueue) {
        await withTimeout(
          this.queues.get(queue).addBulk(jobs),
          ADD_TIMEOUT_MS,
          `adding ${jobs.length} jobs to ${queue}`,
        );
      }
      const ids = rows.map((r) => r.id);
      await manager.query(
        `UPDATE outbox_event o
            SET "relayedAt" = now(), attempts = attempts + 1, "lastError" = NULL,
                "pendingQueues" = string_to_array(v.queues, ',')::varchar[]
           FROM unnest($1::bigint[], $2::text[]) AS v(id, queues)
          WHERE o.id = v.id`,
        [ids, rows.map((r) => queuesOfEvent(r.type).join(','))],
      );
      return ids;
    });
    this.claimed = undefined;
    this.relayedCount += ids.length;
    if (ids.length) this.onRelayed?.(ids);
    return ids.length;
  }

  /**
   * Adds again every job of a relayed row that has not completed (its queue is still in
   * `pendingQueues`): what Redis lost when it restarted without its data is derived again
   * from PostgreSQL. Job ids derive from the row, so a job Redis still holds is not added
   * twice; a job that ran but whose completion was not recorded runs again, which every
   * processor tolerates (indexing rewrites the current state, notices and deliveries are
   * keyed per recipient and event, so nobody is told twice). A follow-up (matching) waits
   * for its first job (indexing), which adds it itself. Returns the jobs offered.
   */
  async replayUnfinished(): Promise<number> {
    let offered = 0;
    let after = '0';
    for (;;) {
      const rows: Array<OutboxRow & { pendingQueues: QueueName[] }> = await this.dataSource.query(
        `SELECT id, type, payload, "pendingQueues" FROM outbox_event
          WHERE id > $1 AND "relayedAt" IS NOT NULL AND cardinality("pendingQueues") > 0
          ORDER BY id LIMIT $2`,
        [after, BATCH_SIZE],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      // What Redis knows of each pending job: completed ones only lack their mark (a worker
      // died between the two), unknown ones were lost; the others are on their way.
      const states = new Map<string, string>();
      const pairs = rows.flatMap((row) => row.pendingQueues.map((queue) => ({ row, queue })));
      for (let i = 0; i < pairs.length; i += 50) {
        await Promise.all(
          pairs.slice(i, i + 50).map(async ({ row, queue }) => {
            const id = outboxJobId(row.id, queue);
            states.set(id, await this.queues.get(queue).getJobState(id));
          }),
        );
      }
      const done = new Map<string, string[]>();
      const byQueue = new Map<
        QueueName,
        Array<{ name: string; data: object; opts: { jobId: string } }>
      >();
      const push = (queue: QueueName, name: string, data: object, rowId: string) => {
        const list = byQueue.get(queue) ?? [];
        list.push({ name, data, opts: { jobId: outboxJobId(rowId, queue) } });
        byQueue.set(queue, list);
      };
      for (const row of rows) {
        const routes: readonly QueueName[] = EVENT_ROUTES[row.type as OutboxEventName] ?? [];
        const follow = FOLLOW_UP_JOBS[row.type as OutboxEventName];
        const completed = row.pendingQueues.filter(
          (q) => states.get(outboxJobId(row.id, q)) === 'completed',
        );
        if (completed.length) done.set(row.id, completed);
        const pending = row.pendingQueues.filter((q) => !completed.includes(q));
        for (const queue of pending) {
          if (states.get(outboxJobId(row.id, queue)) !== 'unknown') continue;
          if (routes.includes(queue)) {
            push(queue, row.type, { ...row.payload, outboxId: row.id }, row.id);
          } else if (follow && follow.queue === queue && !pending.includes(follow.after)) {
            const job = (follow.job as (p: unknown) => { name: string; data: object })(row.payload);
            push(queue, job.name, job.data, row.id);
          }
        }
      }
      await this.markDone(done);
      for (const [queue, jobs] of byQueue) {
        await withTimeout(
          this.queues.get(queue).addBulk(jobs),
          ADD_TIMEOUT_MS,
          `re-adding ${jobs.length} jobs to ${queue}`,
        );
        offered += jobs.length;
      }
      if (rows.length < BATCH_SIZE) break;
    }
    if (offered) this.logger.warn(`outbox: offered ${offered} unfinished jobs to the queues again`);
    return offered;
  }

  /** Takes completed queues off their rows' `pendingQueues` (row id → queues). */
  async markDone(done: ReadonlyMap<string, readonly string[]>): Promise<void> {
    if (done.size === 0) return;
    const ids = [...done.keys()];
    await this.dataSource.query(
      `UPDATE outbox_event o
          SET "pendingQueues" = ARRAY(SELECT unnest(o."pendingQueues")
                                      EXCEPT SELECT unnest(string_to_array(v.done, ',')))::varchar[]
         FROM unnest($1::bigint[], $2::text[]) AS v(id, done)
        WHERE o.id = v.id`,
      [ids, ids.map((id) => done.get(id)!.join(','))],
    );
  }

  /**
   * LISTENs on a connection of its own. When PostgreSQL restarts the connection dies: it is
   * opened again (every 2 s until it succeeds), and a drain runs at once for whatever was
   * committed meanwhile; polling covers the gap.
   */
  private async listen(): Promise<void> {
    const { url, schema } = this.config.database;
    const client = new Client({ connectionString: url });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (this.stopping) return;
      this.logger.warn(`outbox listener lost (${reason}): reconnecting`);
      this.relisten();
    };
    client.on('error', (e) => onLost(e.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', () => void this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN "${outboxChannel(schema)}"`);
    } catch (e) {
      lost = true;
      await client.end().catch(() => undefined);
      throw e;
    }
    if (this.stopping) {
      lost = true;
      await client.end();
      return;
    }
    this.listener = client;
  }

  private relisten(): void {
    // A failed connect is reported twice (the client's error and listen()'s rejection): one
    // retry pending at a time, or each failure would double the attempts (a connection storm
    // that filled PostgreSQL's slots once it refused connections).
    if (this.listenTimer || this.stopping) return;
    this.listenTimer = setTimeout(() => {
      this.listenTimer = undefined;
      if (this.stopping) return;
      this.listen().then(
        () => void this.wake(),
        () => this.relisten(),
      );
    }, 2000);
  }

  /** Whether the LISTEN connection is up (for health and tests). */
  get listening(): boolean {
    return this.listener !== undefined;
  }
}
