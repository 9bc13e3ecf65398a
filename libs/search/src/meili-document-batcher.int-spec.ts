import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { MeiliSearch } from 'meilisearch';
import { MeiliDocumentBatcher } from './meili-document-batcher';
import { createMeiliHttpClient } from './meili-http-client';
import { MeiliTaskWaiter } from './meili-task-waiter';
import { testMeiliClient } from './meili-test-client.int-spec-helper';

describe('MeiliDocumentBatcher (real Meilisearch)', () => {
  let isolation: TestIsolation;
  let client: MeiliSearch;
  let waiter: MeiliTaskWaiter;
  let batcher: MeiliDocumentBatcher;
  const http = createMeiliHttpClient();

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ({ client, waiter } = testMeiliClient(http));
    batcher = new MeiliDocumentBatcher(client);
  });
  afterAll(async () => {
    waiter.close();
    http.destroy();
    await isolation.cleanup();
  });

  it('sends the first write at once and gathers those that come while it is registered', async () => {
    const uid = `${isolation.indexPrefix}batched`;
    const first = batcher.add(uid, [{ id: 'first' }]);
    const rest = Array.from({ length: 10 }, (_, i) => batcher.add(uid, [{ id: `d${i}`, i }]));
    const firstUid = await first;
    const restUids = await Promise.all(rest);
    // The ten that waited travel together, in one task after the first.
    expect(new Set(restUids).size).toBe(1);
    expect(restUids[0]).toBeGreaterThan(firstUid);
    // One Meilisearch serves every test file of the run: under load its queue can hold this
    // task behind others for a while; what is checked is the batching, not the wait.
    const done = await waiter.wait(restUids[0], 100_000);
    expect(done.status).toBe('succeeded');
    expect((await client.index(uid).getDocuments({ limit: 50 })).results).toHaveLength(11);
  }, 120_000);

  it('loses and repeats no document when writes keep coming while others register', async () => {
    const uid = `${isolation.indexPrefix}stream`;
    // Five waves of writes, each sent while the wave before may still be registering.
    const uids: Array<Promise<number>> = [];
    for (let wave = 0; wave < 5; wave++) {
      for (let i = 0; i < 8; i++) uids.push(batcher.add(uid, [{ id: `w${wave}_${i}`, wave }]));
      await new Promise((r) => setTimeout(r, 3));
    }
    const tasks = [...new Set(await Promise.all(uids))];
    // Fewer tasks than writes, each carrying a distinct set of documents.
    expect(tasks.length).toBeLessThan(40);
    for (const t of tasks) expect((await waiter.wait(t, 100_000)).status).toBe('succeeded');
    const { results } = await client.index(uid).getDocuments<{ id: string }>({ limit: 100 });
    expect(results.map((d) => d.id).sort()).toEqual(
      Array.from({ length: 40 }, (_, k) => `w${Math.floor(k / 8)}_${k % 8}`).sort(),
    );
    const all = await Promise.all(
      tasks.map((t) => client.tasks.getTask(t).then((x) => x.details?.receivedDocuments ?? 0)),
    );
    // Every write travelled in exactly one task.
    expect(all.reduce((a, b) => a + Number(b), 0)).toBe(40);
  }, 120_000);

  it('tells every writer of a batch when Meilisearch refuses it', async () => {
    const uid = `${isolation.indexPrefix}refused`;
    // An index uid Meilisearch refuses: every writer of the batch hears of it.
    await expect(batcher.add(`${uid} bad!`, [{ id: 'x' }])).rejects.toBeDefined();
  });
});
