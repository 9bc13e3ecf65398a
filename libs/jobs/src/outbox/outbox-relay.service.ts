import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { EVENT_ROUTES, OutboxEventName, QueueName } from '../job-registry';
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
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
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
        `UPDATE outbox_event SET "relayedAt" = now(), attempts = attempts + 1, "lastError" = NULL
          WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      return ids;
    });
    this.claimed = undefined;
    this.relayedCount += ids.length;
    if (ids.length) this.onRelayed?.(ids);
    return ids.length;
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
    await client.connect();
    await client.query(`LISTEN "${outboxChannel(schema)}"`);
    if (this.stopping) {
      lost = true;
      await client.end();
      return;
    }
    this.listener = client;
  }

  private relisten(): void {
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
