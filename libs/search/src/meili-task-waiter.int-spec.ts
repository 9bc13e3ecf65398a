import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { MeiliSearch } from 'meilisearch';
import { createMeiliHttpClient } from './meili-http-client';
import { MeiliTaskWaiter } from './meili-task-waiter';
import { testMeiliClient } from './meili-test-client.int-spec-helper';

describe('MeiliTaskWaiter (real Meilisearch)', () => {
  let isolation: TestIsolation;
  let client: MeiliSearch;
  let waiter: MeiliTaskWaiter;
  const http = createMeiliHttpClient();

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ({ client, waiter } = testMeiliClient(http));
  });
  afterAll(async () => {
    waiter.close();
    http.destroy();
    await isolation.cleanup();
  });

  it('waits for many tasks with shared polls and reports failures as finished tasks', async () => {
    const index = client.index(`${isolation.indexPrefix}waiter`);
    const enqueued = await Promise.all(
      Array.from({ length: 8 }, (_, i) => index.addDocuments([{ id: `d${i}`, n: i }])),
    );
    // A document without a valid primary key fails its task.
    const failing = await index.addDocuments([{ id: 'not valid!' }]);
    const done = await Promise.all(
      [...enqueued, failing].map((t) => waiter.wait(t.taskUid, 30_000)),
    );
    expect(done.slice(0, 8).map((t) => t.status)).toEqual(Array(8).fill('succeeded'));
    expect(done[8].status).toBe('failed');
    expect((await index.getDocuments({ limit: 20 })).results).toHaveLength(8);
  });

  it('gives up on a task that never finishes, at the deadline', async () => {
    await expect(waiter.wait(987654321, 100)).rejects.toThrow(/not done in time/);
  });
});
