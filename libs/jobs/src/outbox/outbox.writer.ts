import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { EntityManager } from 'typeorm';
import { OutboxEventName, OutboxEvents } from '../job-registry';
import { outboxChannel } from './outbox-channel';

export type OutboxEventInput = {
  [E in OutboxEventName]: { type: E; payload: OutboxEvents[E] };
}[OutboxEventName];

/**
 * Writes domain events inside the caller's transaction. The NOTIFY is only a wake-up hint
 * (delivered on commit, dropped on rollback); the relay's polling is the truth. Scripts
 * outside Nest (the demo data) use it through `OutboxWriter.forSchema`.
 */
export class OutboxEventWriter {
  private readonly channel: string;

  constructor(schema: string) {
    this.channel = outboxChannel(schema);
  }

  async write<E extends OutboxEventName>(
    manager: EntityManager,
    type: E,
    payload: OutboxEvents[E],
  ): Promise<void> {
    await this.writeMany(manager, [{ type, payload } as OutboxEventInput]);
  }

  async writeMany(manager: EntityManager, events: OutboxEventInput[]): Promise<void> {
    if (events.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.write must run inside a transaction');
    }
    // The rows and their wake-up hint in one statement: one round trip less in every
    // transaction that writes an event (a publication, a matching batch).
    await manager.query(
      `WITH e AS (
         INSERT INTO outbox_event (type, payload) SELECT * FROM unnest($1::varchar[], $2::jsonb[])
       )
       SELECT pg_notify($3, '')`,
      [events.map((e) => e.type), events.map((e) => JSON.stringify(e.payload)), this.channel],
    );
  }
}

/** The outbox writer of this deployment's schema, for domain services. */
@Injectable()
export class OutboxWriter extends OutboxEventWriter {
  constructor(config: AppConfig) {
    super(config.database.schema);
  }

  /** A writer for a script with its own DataSource (e.g. `npm run demo`'s data). */
  static forSchema(schema: string): OutboxEventWriter {
    return new OutboxEventWriter(schema);
  }
}
