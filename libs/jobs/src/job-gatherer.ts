interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Gathers the items of jobs a worker runs side by side into one call: when idle an item
 * goes at once; while a call runs, the items that come meanwhile wait for it and then go
 * together (at most `maxBatch`). Each job still completes (or fails, and is retried by
 * BullMQ) with its own item, so at-least-once delivery and the effects' unique keys work as
 * before; only the number of round trips per item falls as the load rises.
 */
export class JobGatherer<T, R> {
  private pending: Array<Waiting<T, R>> = [];
  private running = 0;

  constructor(
    /** Handles a batch; answers one result per item, in order. */
    private readonly handle: (items: T[]) => Promise<R[]>,
    private readonly opts: {
      maxBatch: number;
      /** Batches under way at once (default 1). */
      parallel?: number;
      /**
       * After this long a batch no longer holds its place (default 5 s): one stuck on a
       * service that went away must not stop the batches behind it.
       */
      holdMs?: number;
    } = { maxBatch: 100 },
  ) {}

  run(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    // Let the jobs that arrive in the same tick join before a batch leaves.
    if (this.running >= (this.opts.parallel ?? 1) || this.pending.length === 0) return;
    this.running++;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.opts.maxBatch);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      this.running--;
      this.next();
    };
    const timer = setTimeout(release, this.opts.holdMs ?? 5000);
    try {
      if (batch.length === 0) return;
      const results = await this.handle(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      // One bad item must not fail the others: alone, each succeeds or fails on its own.
      if (batch.length === 1) batch[0].reject(error);
      else
        for (const w of batch)
          await this.handle([w.item]).then(
            ([result]) => w.resolve(result),
            (e: unknown) => w.reject(e),
          );
    } finally {
      clearTimeout(timer);
      release();
    }
  }
}
