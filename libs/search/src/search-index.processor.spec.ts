import { EVENT_ROUTES } from '@niaz/jobs';
import { SearchIndexProcessor, SearchJob } from './search-index.processor';

/** Every event routed to queue `search` reaches the right indexer call. */
describe('SearchIndexProcessor', () => {
  const indexer = {
    // Like the real indexer, tells once the write is queued in Meilisearch.
    indexNeeds: jest.fn(async (_ids: string[], enqueued?: () => Promise<void>) => {
      await enqueued?.();
    }),
    indexCapabilities: jest.fn(async () => undefined),
    indexOrganization: jest.fn(async () => undefined),
    indexedNeedIdsOfExhibition: jest.fn(async () => ['n-listed']),
  };
  const reindexer = { reindexAll: jest.fn(async () => ({ needs: 1 })) };
  // The exhibition's approved needs, as the exhibition_submission read model answers them.
  const loader = { needIdsOfExhibition: jest.fn(async () => ['n-approved']) };
  const addBulk = jest.fn(async () => undefined);
  const queues = { add: jest.fn(async () => undefined), get: jest.fn(() => ({ addBulk })) };
  const reconciler = { reconcile: jest.fn(async () => ({})) };
  const processor = new SearchIndexProcessor(
    indexer as never,
    reindexer as never,
    loader as never,
    {} as never,
    queues as never,
    reconciler as never,
    {} as never,
    {} as never,
  );
  const routed = Object.entries(EVENT_ROUTES)
    .filter(([, queues]) => (queues as readonly string[]).includes('search'))
    .map(([name]) => name);

  beforeEach(() => jest.clearAllMocks());

  it.each(routed)('handles %s', async (name) => {
    const data = {
      actorId: null,
      needId: 'n1',
      capabilityId: 'c1',
      organizationId: 'o1',
      exhibitionId: 'e1',
      submissionId: 's1',
      decision: 'approved',
    };
    await processor.handle({ name, data } as unknown as SearchJob);
    const calls =
      indexer.indexNeeds.mock.calls.length +
      indexer.indexCapabilities.mock.calls.length +
      indexer.indexOrganization.mock.calls.length;
    expect(calls).toBe(1);
    if (name.startsWith('need.') || name === 'submission.decided')
      expect(indexer.indexNeeds.mock.calls[0][0]).toEqual(['n1']);
    if (name.startsWith('capability.'))
      expect(indexer.indexCapabilities).toHaveBeenCalledWith(['c1']);
    if (name.startsWith('exhibition.'))
      expect(indexer.indexNeeds.mock.calls[0][0]).toEqual(['n-approved', 'n-listed']);
    if (name === 'organization.updated')
      expect(indexer.indexOrganization).toHaveBeenCalledWith('o1');
    // Matching follows indexing, for what was published, changed or saved.
    if (name === 'need.published' || name === 'need.updated') {
      expect(queues.get).toHaveBeenCalledWith('matching');
      expect(addBulk).toHaveBeenCalledWith([
        { name: 'matching.need', data: { needId: 'n1', actorId: null }, opts: undefined },
      ]);
    } else if (name === 'capability.upserted')
      expect(queues.add).toHaveBeenCalledWith(
        'matching.capability',
        { capabilityId: 'c1', actorId: null },
        { jobId: undefined },
      );
    else {
      expect(queues.add).not.toHaveBeenCalled();
      expect(addBulk).not.toHaveBeenCalled();
    }
  });

  it('adds the matching job under an id derived from the outbox row, once per row', async () => {
    await processor.handle({
      name: 'need.published',
      data: { needId: 'n1', actorId: 'u1', outboxId: '42' },
    } as unknown as SearchJob);
    expect(addBulk).toHaveBeenCalledWith([
      {
        name: 'matching.need',
        data: { needId: 'n1', actorId: 'u1' },
        opts: { jobId: 'ob-42-matching' },
      },
    ]);
  });

  it('runs the full reindex', async () => {
    await processor.handle({ name: 'search.reindex', data: { actorId: 'u1' } });
    expect(reindexer.reindexAll).toHaveBeenCalledTimes(1);
  });

  it('refuses an unknown job instead of dropping it', async () => {
    await expect(processor.handle({ name: 'bid.submitted', data: {} } as never)).rejects.toThrow(
      /unknown job/,
    );
  });
});
