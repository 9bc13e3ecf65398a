import type { MeiliSearch, Task } from 'meilisearch';

interface Waiting {
  resolve(task: Task): void;
  reject(error: Error): void;
  deadline: number;
  since: number;
}

/** First polls come soon (a small task is applied in tens of ms)... */
const POLL_MS = 15;
/** ...then further apart: a task still waiting is in a long batch or behind one. */
const MAX_POLL_MS = 100;

/**
 * Waits for Meilisearch tasks with one poll for all of them (`GET /tasks?uids=…`), instead of
 * one poll loop per task: with twenty indexing jobs at once the per-task loops of the client
 * made a thousand requests a second to Meilisearch, on the cores that index.
 */
export class MeiliTaskWaiter {
  private readonly waiting = new Map<number, Waiting[]>();
  private timer?: NodeJS.Timeout;
  /** When the scheduled poll runs (undefined while one is under way). */
  private dueAt?: number;
  private closed = false;

  constructor(private readonly client: MeiliSearch) {}

  /** Resolves with the finished task (succeeded, failed or canceled). */
  wait(taskUid: number, timeoutMs = 60_000): Promise<Task> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error(`stopped waiting for Meilisearch task ${taskUid}`));
      const list = this.waiting.get(taskUid) ?? [];
      list.push({ resolve, reject, deadline: Date.now() + timeoutMs, since: Date.now() });
      this.waiting.set(taskUid, list);
      this.schedule();
    });
  }

  /**
   * Polls every 15 ms while the newest waiter is young, backing off to every 100 ms as it
   * ages: at a few writes a second some task was always waiting, and 67 polls a second cost
   * Meilisearch and the worker CPU on the cores that index and search.
   */
  private schedule(): void {
    // A new waiter brings a poll that was backed off for older ones forward.
    if (this.timer && this.dueAt !== undefined && this.dueAt > Date.now() + POLL_MS) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.timer) return;
    let youngest = Infinity;
    const now = Date.now();
    for (const list of this.waiting.values())
      for (const w of list) youngest = Math.min(youngest, now - w.since);
    const delay = Math.min(MAX_POLL_MS, Math.max(POLL_MS, Math.round(youngest / 3)));
    const ms = Number.isFinite(delay) ? delay : POLL_MS;
    this.dueAt = now + ms;
    this.timer = setTimeout(() => {
      this.dueAt = undefined;
      void this.poll();
    }, ms);
  }

  private async poll(): Promise<void> {
    const uids = [...this.waiting.keys()];
    try {
      const { results } = await this.client.tasks.getTasks({
        uids,
        statuses: ['succeeded', 'failed', 'canceled'],
        limit: uids.length,
      });
      for (const task of results) this.settle(task.uid, (w) => w.resolve(task));
    } catch {
      // A failed poll is retried; waiters give up only at their own deadline.
    }
    const now = Date.now();
    for (const [uid, list] of this.waiting) {
      const late = list.filter((w) => w.deadline <= now);
      for (const w of late) w.reject(new Error(`Meilisearch task ${uid} not done in time`));
      const left = list.filter((w) => w.deadline > now);
      if (left.length) this.waiting.set(uid, left);
      else this.waiting.delete(uid);
    }
    this.timer = undefined;
    if (this.waiting.size && !this.closed) this.schedule();
  }

  private settle(uid: number, fn: (w: Waiting) => void): void {
    for (const w of this.waiting.get(uid) ?? []) fn(w);
    this.waiting.delete(uid);
  }

  /** Stops polling; whoever still waits is told so (a job then fails and is retried). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const [uid, list] of this.waiting)
      for (const w of list) w.reject(new Error(`stopped waiting for Meilisearch task ${uid}`));
    this.waiting.clear();
  }
}
