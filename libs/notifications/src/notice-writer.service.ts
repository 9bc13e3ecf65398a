import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { QueueRegistry } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import { deliveryJob } from './delivery/delivery-job';
import type { RecipientQuery } from './notices/notice';

export interface WriteResult {
  /** New inbox rows (recipients told for the first time). */
  notified: number;
  /** New external deliveries (e-mail, messenger, webhook). */
  deliveries: number;
  /** Delivery jobs added (new ones, and pending ones an earlier run may not have queued). */
  queued: number;
}

/** A delivery row waiting for its job (the job id derives from both). */
interface PendingDelivery {
  id: string;
  generation: number;
}

/** `$n+i`: the i-th of NoticeWriterService's parameters after the recipient query's `n`. */
type Param = (i: number) => string;

/** Recipients minus the actor, each with their preferences; matches filtered by score and HS chapter. */
const candidates = (p: Param) => `
      cand AS (
        SELECT s."userId", s."organizationId", s."eventKey", s.params, s."webhookData",
               coalesce(p."inApp", true) AS "inApp",
               coalesce(p.email, true) AS "wantEmail",
               coalesce(p.messenger, true) AS "wantMessenger",
               coalesce(p.webhook, true) AS "wantWebhook",
               coalesce(p.digest, 'instant') = 'daily' AS daily
          FROM src s
          LEFT JOIN notification_preference p ON p."userId" = s."userId"
         WHERE (${p(5)}::uuid IS NULL OR s."userId" <> ${p(5)}::uuid)
           AND (s.score IS NULL OR s.score >= coalesce(p."minScore", 0))
           AND (s."hsCodes" IS NULL OR p."hsChapters" IS NULL OR cardinality(p."hsChapters") = 0
                OR EXISTS (SELECT 1 FROM unnest(s."hsCodes") h WHERE left(h, 2) = ANY (p."hsChapters")))
      )`;

/** Inbox rows, once per recipient and event key; `fresh` holds those new in this statement. */
const inboxRows = (p: Param) => `
      ins AS (
        INSERT INTO notification ("userId", "organizationId", type, "eventKey", params, "inApp")
        SELECT "userId", "organizationId", ${p(1)}::text, "eventKey", params, "inApp" FROM cand
        ON CONFLICT ("userId", "eventKey") DO NOTHING
        RETURNING id, "userId", "eventKey"
      ),
      fresh AS (
        SELECT i.id, c.* FROM ins i JOIN cand c ON c."userId" = i."userId" AND c."eventKey" = i."eventKey"
      )`;

/** One e-mail per new notice, held for the digest when the recipient reads daily. */
const emailDeliveries = (p: Param) => `
      mail AS (
        INSERT INTO delivery (channel, key, "eventKey", type, status, "notificationId", "userId")
        SELECT 'email', 'email:' || f.id, f."eventKey", ${p(1)}::text,
               CASE WHEN f.daily THEN 'digest' ELSE 'pending' END, f.id, f."userId"
          FROM fresh f
         WHERE ${p(2)}::boolean AND f."wantEmail"
        ON CONFLICT (key) DO NOTHING
        RETURNING id, generation, status
      )`;

/** One messenger message per new notice and linked chat. */
const messengerDeliveries = (p: Param) => `
      chat AS (
        INSERT INTO delivery (channel, key, "eventKey", type, status, "notificationId", "userId", "messengerLinkId")
        SELECT 'messenger', 'messenger:' || f.id || ':' || l.id, f."eventKey", ${p(1)}::text,
               CASE WHEN f.daily THEN 'digest' ELSE 'pending' END, f.id, f."userId", l.id
          FROM fresh f
          JOIN messenger_link l ON l."userId" = f."userId" AND l."chatId" IS NOT NULL
         WHERE ${p(3)}::boolean AND f."wantMessenger"
        ON CONFLICT (key) DO NOTHING
        RETURNING id, generation, status
      )`;

/** One webhook call per event key and enabled endpoint of the recipient's organisation. */
const webhookDeliveries = (p: Param) => `
      hook AS (
        INSERT INTO delivery (channel, key, "eventKey", type, status, "organizationId", "endpointId", data)
        SELECT DISTINCT ON (e.id, f."eventKey")
               'webhook', 'webhook:' || e.id || ':' || f."eventKey", f."eventKey", ${p(1)}::text,
               'pending', e."organizationId", e.id, f."webhookData"
          FROM fresh f
          JOIN webhook_endpoint e ON e."organizationId" = f."organizationId" AND e.enabled
               AND (cardinality(e.events) = 0 OR ${p(1)}::text = ANY (e.events))
         WHERE ${p(4)}::boolean AND f."wantWebhook" AND f."webhookData" IS NOT NULL
        ON CONFLICT (key) DO NOTHING
        RETURNING id, generation, status
      )`;

/**
 * Every pending delivery of the events, to be queued: those this statement made (its own
 * writes are not in its snapshot) and those an earlier run made but may not have queued.
 */
const pendingDeliveries = `
      pend AS (
        SELECT id, generation FROM delivery
         WHERE "eventKey" IN (SELECT "eventKey" FROM cand) AND status = 'pending'
        UNION SELECT id, generation FROM mail WHERE status = 'pending'
        UNION SELECT id, generation FROM chat WHERE status = 'pending'
        UNION SELECT id, generation FROM hook WHERE status = 'pending'
      )`;

/**
 * The one statement that stores an event's notices and deliveries, and its figures; for an
 * external notice also the deliveries to queue (no second statement to look for them).
 */
function writeStatement(query: RecipientQuery): string {
  const n = query.params.length;
  const p: Param = (i) => `$${n + i}`;
  return `
      WITH src AS (${query.sql}),${candidates(p)},${inboxRows(p)},${emailDeliveries(p)},${messengerDeliveries(p)},${webhookDeliveries(p)}${query.external ? `,${pendingDeliveries}` : ''}
      SELECT (SELECT count(*) FROM ins)::int AS notified,
             ((SELECT count(*) FROM mail) + (SELECT count(*) FROM chat) + (SELECT count(*) FROM hook))::int AS deliveries,
             ${query.external ? `(SELECT coalesce(json_agg(json_build_object('id', id, 'generation', generation)), '[]') FROM pend)` : `'[]'::json`} AS pending`;
}

/**
 * Stores one event's notices: every recipient's inbox row and every external delivery in ONE
 * statement (INSERT … ON CONFLICT DO NOTHING on the per-recipient event key), so a job that
 * runs twice, or a need matched again, tells nobody twice; then queues the pending
 * deliveries as separate jobs with ids derived from their rows. Preferences apply here:
 * minimum score and HS chapters filter matches; channels and the daily digest decide the
 * deliveries. Quiet hours are applied when a delivery is sent.
 */
@Injectable()
export class NoticeWriterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  async write(query: RecipientQuery): Promise<WriteResult> {
    const [row]: Array<{ notified: number; deliveries: number; pending: PendingDelivery[] }> =
      await this.dataSource.query(writeStatement(query), [
        ...query.params,
        ...this.writeParams(query),
      ]);
    const queued = await this.queue(row.pending);
    return { notified: row.notified, deliveries: row.deliveries, queued };
  }

  /**
   * After the recipient query's own parameters: the notice type, whether e-mail, messenger and
   * webhook deliveries are made (only for external notices, and only for configured channels),
   * and the actor (never told of their own act).
   */
  private writeParams(query: RecipientQuery): unknown[] {
    const env = this.config.env;
    const external = query.external;
    return [
      query.type,
      external && !!env.SMTP_URL,
      external && !!env.MESSENGER_API_BASE && !!env.MESSENGER_BOT_TOKEN,
      external,
      query.actorId ?? null,
    ];
  }

  /**
   * Queues every pending delivery of these events. Job ids derive from the row, so a
   * delivery already queued (or waiting out a backoff) is not queued again.
   */
  async queuePending(eventKeys: string[]): Promise<number> {
    if (eventKeys.length === 0) return 0;
    const rows: PendingDelivery[] = await this.dataSource.query(
      `SELECT id, generation FROM delivery WHERE "eventKey" = ANY ($1) AND status = 'pending'`,
      [eventKeys],
    );
    return this.queue(rows);
  }

  private async queue(rows: readonly PendingDelivery[]): Promise<number> {
    if (rows.length === 0) return 0;
    await this.queues
      .get('deliveries')
      .addBulk(rows.map((r) => deliveryJob(r.id, r.generation, this.config.env)));
    return rows.length;
  }
}
