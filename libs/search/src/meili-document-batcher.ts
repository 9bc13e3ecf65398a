import type { MeiliSearch } from 'meilisearch';
import type { MeiliTaskWaiter } from './meili-task-waiter';

interface Pending {
  docs: Array<Record<string, unknown>>;
  resolve(taskUid: number): void;
  reject(error: unknown): void;
}

interface Lane {
  /** Given with every write: an index Meilisearch had to create itself never lacks one. */
  primaryKey: string;
  pending: Pending[];
  inFlight: number;
  timer?: NodeJS.Timeout;
}

const MAX_BATCH = 1000;
/** Longest a write waits to join others while Meilisearch is busy with an earlier one. */
const MAX_WAIT_MS = 50;

/**
 * Document writes to one index, gathered while Meilisearch applies an earlier one: when idle
 * a write goes at once; while a task is in flight, the writes that come meanwhile go
 * together when it is applied, or after 50 ms at most. Every Meilisearch task costs a
 * registration and a batch (~45–600 ms on this machine's disk for one document, measured in
 * bench/), so fifty one-document tasks a second fell behind; gathered, they keep up.
 */
export class MeiliDocumentBatcher {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly client: MeiliSearch,
    private readonly tasks: MeiliTaskWaiter,
  ) {}

  /** Resolves with the uid of the task that carries `docs`, once Meilisearch accepted it. */
  add(indexUid: string, docs: Array<Record<string, unknown>>, primaryKey = 'id'): Promise<number> {
    return new Promise((resolve, reject) => {
      const lane = this.lanes.get(indexUid) ?? { primaryKey, pending: [], inFlight: 0 };
      this.lanes.set(indexUid, lane);
      lane.pending.push({ docs, resolve, reject });
      if (lane.inFlight === 0) void this.send(indexUid, lane);
      else lane.timer ??= setTimeout(() => void this.send(indexUid, lane), MAX_WAIT_MS);
    });
  }

  private async send(indexUid: string, lane: Lane): Promise<void> {
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = undefined;
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
    lane.inFlight++;
    try {
      const task = await this.client.index(indexUid).addDocuments(
        batch.flatMap((p) => p.docs),
        { primaryKey: lane.primaryKey },
      );
      for (const p of batch) p.resolve(task.taskUid);
      await this.tasks.wait(task.taskUid).catch(() => undefined);
    } catch (e) {
      for (const p of batch) p.reject(e);
    } finally {
      lane.inFlight--;
      // What gathered meanwhile goes now (unless its timer already sent it).
      if (lane.pending.length && lane.inFlight === 0) void this.send(indexUid, lane);
    }
  }
}
