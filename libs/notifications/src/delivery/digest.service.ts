import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NoticeWriterService } from '../notice-writer.service';

/**
 * The daily digest: every delivery held for it (`digest`) is folded, per user and address,
 * into one digest delivery in one statement, then queued like any other. A run retried
 * after its commit finds nothing left to fold and only queues what is still pending.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: NoticeWriterService,
  ) {}

  /** `run` names this digest run (the scheduler's job id): it keys the digest deliveries. */
  async gather(run: string): Promise<{ digests: number; items: number; queued: number }> {
    const eventKey = `digest:${run}`.slice(0, 200);
    const rows: Array<{ digestId: string }> = await this.dataSource.query(
      `WITH items AS (
         SELECT id, channel, "userId", "messengerLinkId" FROM delivery
          WHERE status = 'digest' FOR UPDATE SKIP LOCKED
       ), groups AS (
         SELECT channel, "userId", "messengerLinkId", array_agg(id) AS ids
           FROM items GROUP BY channel, "userId", "messengerLinkId"
       ), dig AS (
         INSERT INTO delivery (channel, key, "eventKey", type, status, "userId", "messengerLinkId")
         SELECT channel,
                'digest:' || channel || ':' || coalesce("messengerLinkId", "userId")::text || ':' || $1::text,
                $1::text, 'digest', 'pending', "userId", "messengerLinkId"
           FROM groups
         ON CONFLICT (key) DO NOTHING
         RETURNING id, channel, "userId", "messengerLinkId"
       ), folded AS (
         UPDATE delivery d SET status = 'digested', "digestId" = dig.id, "updatedAt" = now()
           FROM groups g
           JOIN dig ON dig.channel = g.channel AND dig."userId" = g."userId"
                   AND dig."messengerLinkId" IS NOT DISTINCT FROM g."messengerLinkId"
          WHERE d.id = ANY (g.ids)
         RETURNING d."digestId"
       )
       SELECT "digestId" FROM folded`,
      [eventKey],
    );
    const digests = new Set(rows.map((r) => r.digestId)).size;
    const queued = await this.writer.queuePending([eventKey]);
    return { digests, items: rows.length, queued };
  }
}
