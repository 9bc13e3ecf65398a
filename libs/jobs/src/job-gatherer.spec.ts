import { JobGatherer } from './job-gatherer';

describe('JobGatherer', () => {
  it('sends items that come while a batch runs together, each answered with its own result', async () => {
    const batches: number[][] = [];
    const gatherer = new JobGatherer(
      async (items: number[]) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 20));
        return items.map((i) => i * 10);
      },
      { maxBatch: 3 },
    );
    const first = gatherer.run(1);
    await new Promise((r) => setTimeout(r, 5));
    const rest = [2, 3, 4, 5].map((i) => gatherer.run(i));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('fails only the item that fails alone, not the others of its batch', async () => {
    const gatherer = new JobGatherer(async (items: number[]) => {
      if (items.includes(2)) throw new Error(`bad ${items.join(',')}`);
      return items.map((i) => i);
    });
    const results = await Promise.allSettled([1, 2, 3].map((i) => gatherer.run(i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('bad 2'));
  });

  it('runs at most `parallel` batches at once', async () => {
    let running = 0;
    let most = 0;
    const gatherer = new JobGatherer(
      async (items: number[]) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        return items;
      },
      { maxBatch: 1, parallel: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((i) => gatherer.run(i)));
    expect(most).toBe(2);
  });

  it('lets the next batch go when one takes longer than holdMs', async () => {
    let stuck = true;
    const gatherer = new JobGatherer(
      async (items: number[]) => {
        if (items[0] === 1) while (stuck) await new Promise((r) => setTimeout(r, 5));
        return items;
      },
      { maxBatch: 1, holdMs: 20 },
    );
    const first = gatherer.run(1);
    expect(await gatherer.run(2)).toBe(2);
    stuck = false;
    expect(await first).toBe(1);
  });
});
