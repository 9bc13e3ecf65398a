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
  private pollTimer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private started = false;
  private stopping = false;
  private failures = 0;
  /** Ids this relay instance moved, for tests and metrics. */
  readonly relayedIds: string[] = [];

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
    await this.listen().catch((e: unknown) =>
      this.logger.warn(`LISTEN failed, polling only: ${String(e)}`),
    );
    this.pollTimer = setInterval(() => void this.wake(), this.config.env.OUTBOX_POLL_MS);
    void this.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.started = false;
    if (this.pollTimer) clearInterval(this.pollTimer);
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
          if (this.failures === 1 || this.failures % 30 === 0) {
            this.logger.warn(
              `outbox relay paused, rows wait: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          return total;
        }
        total += moved;
      } while (moved === BATCH_SIZE && !this.stopping);
    } while (this.again && !this.stopping);
    return total;
  }

  /** Claims one batch, adds its jobs, marks it relayed: all or nothing. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, payload FROM outbox_event WHERE "relayedAt" IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
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
        `UPDATE outbox_event SET "relayedAt" = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      this.relayedIds.push(...ids);
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    const { url, schema } = this.config.database;
    const client = new Client({ connectionString: url });
    client.on('error', (e) => {
      this.logger.warn(`outbox listener lost: ${e.message}`);
      if (this.listener === client) this.listener = undefined;
      if (!this.stopping) setTimeout(() => void this.listen().catch(() => undefined), 2000);
    });
    client.on('notification', () => void this.wake());
    await client.connect();
    await client.query(`LISTEN "${outboxChannel(schema)}"`);
    if (this.stopping) {
      await client.end();
      return;
    }
    this.listener = client;
  }
}
