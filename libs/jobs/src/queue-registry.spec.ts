import { JOB_QUEUES, QUEUES } from './job-registry';
import { QueueRegistry } from './queue-registry';

/** `add(name, data)` finds the job's queue; every direct job has one that exists. */
describe('QueueRegistry.add', () => {
  it('knows a queue for every direct job, and only queues that exist', () => {
    for (const queue of Object.values(JOB_QUEUES)) expect(QUEUES).toContain(queue);
  });

  it('adds each direct job to the queue JOB_QUEUES names', async () => {
    const added: Array<[string, string]> = [];
    const moduleRef = {
      get: (token: string) => ({
        on: () => undefined,
        add: async (name: string) => void added.push([token, name]),
      }),
    };
    const registry = new QueueRegistry(moduleRef as never);
    await registry.add('catalogs.pdf', { exhibitionId: 'e1', language: 'fa' });
    await registry.add('matching.need', { needId: 'n1', actorId: null });
    await registry.add('notifications.deliver', { deliveryId: 'd1' });
    expect(added).toEqual([
      ['BullQueue_catalogs', 'catalogs.pdf'],
      ['BullQueue_matching', 'matching.need'],
      ['BullQueue_deliveries', 'notifications.deliver'],
    ]);
  });
});
