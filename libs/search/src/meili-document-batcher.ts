import type { MeiliSearch } from 'meilisearch';

interface Pending {
  docs: Array<Record<string, unknown>>;
  resolve(taskUid: number): void;
  reject(error: unknown): void;
}

interface Lane {
  /** Given with every write: an index Meilisearch had to create itself never lacks one. */
  primaryKey: string;
  pending: Pending[];
  /** A document write of this lane is on its way to Meilisearch (not yet given a task uid). */
  sending: boolean;
}

const MAX_BATCH = 1000;

/**
 * Document writes to one index, gathered while an earlier write is being registered: when
 * idle a write goes at once; the writes that come while Meilisearch registers one (its task
 * store syncs to disk, ~5–50 ms here) go together as soon as it answers. Meilisearch then
 * applies the tasks queued behind a running batch in one batch of its own (autobatching), so
 * fifty writes a second still cost a few batches a second. Writes used to wait for the
 * earlier task to be APPLIED (or 50 ms): at 5–10 needs a second nearly every write waited the
 * 50 ms, on the way to its need's matching, without saving Meilisearch a batch.
 */
export class MeiliDocumentBatcher {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly client: MeiliSearch) {}

  /** Resolves with the uid of the task that carries `docs`, once Meilisearch accepted it. */
  add(indexUid: string, docs: Array<Record<string, unknown>>, primaryKey = 'id'): Promise<number> {
    return new Promise((resolve, reject) => {
      const lane = this.lanes.get(indexUid) ?? { primaryKey, pending: [], sending: false };
      this.lanes.set(indexUid, lane);
      lane.pending.push({ docs, resolve, reject });
      if (!lane.sending) void this.send(indexUid, lane);
    });
  }

  private async send(indexUid: string, lane: Lane): Promise<void> {
    if (lane.pending.length === 0) return;
    const batch: Pending[] = [];
    let size = 0;
    while (
      lane.pending.length &&
      (batch.length === 0 || size + lane.pending[0].docs.length <= MAX_BATCH)
    ) {
      const next = lane.pending.shift()!;
      batch.push(next);
      size += next.docs.length;
    }
    lane.sending = true;
    try {
      const task = await this.client.index(indexUid).addDocuments(
        batch.flatMap((p) => p.docs),
        { primaryKey: lane.primaryKey },
      );
      for (const p of batch) p.resolve(task.taskUid);
    } catch (e) {
      for (const p of batch) p.reject(e);
    } finally {
      lane.sending = false;
      // What gathered meanwhile goes now, together.
      if (lane.pending.length) void this.send(indexUid, lane);
    }
  }
}
