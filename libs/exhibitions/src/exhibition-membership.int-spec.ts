import { isolateTestFile, seedExhibitionWorld, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';
import { exhibitionEventAudience } from './exhibition-audience';
import {
  exhibitionIdsOfNeed,
  exhibitionIdsOfNeeds,
  needIdsOfExhibition,
} from './exhibition-membership';

/**
 * What the search indexer and the notifications worker will call: which exhibitions a need
 * stands in, and who hears of each exhibition event. Rows are written directly, in every
 * combination of exhibition and submission status that matters.
 */
describe('exhibition membership and audience (real Postgres)', () => {
  let isolation: TestIsolation;
  let ds: DataSource;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ds = await isolation.openDataSource();
  });
  afterAll(async () => {
    await ds?.destroy();
    await isolation?.cleanup();
  });

  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = await seedExhibitionWorld(ds);
  });

  it('counts approved submissions in published and closed exhibitions only', async () => {
    const map = await exhibitionIdsOfNeeds(ds, [ids.n1, ids.n2, ids.n3]);
    expect(map.get(ids.n1)).toEqual([ids.published, ids.closed].sort());
    expect(map.get(ids.n2)).toEqual([]);
    expect(map.get(ids.n3)).toEqual([ids.published]);
    expect(await exhibitionIdsOfNeed(ds.manager, ids.n3)).toEqual([ids.published]);
    expect(await exhibitionIdsOfNeeds(ds, [])).toEqual(new Map());
  });

  it("lists an exhibition's approved needs for re-indexing, whatever its status", async () => {
    expect(await needIdsOfExhibition(ds, ids.published)).toEqual([ids.n1, ids.n3].sort());
    expect(await needIdsOfExhibition(ds, ids.draft)).toEqual([ids.n1]);
    expect(await needIdsOfExhibition(ds, ids.other)).toEqual([]);
  });

  it('tells the organisers of submissions, the owner of decisions, the invited of invitations', async () => {
    const created = await exhibitionEventAudience(ds, {
      type: 'submission.created',
      payload: {
        exhibitionId: ids.published,
        submissionId: ids.s7,
        needId: ids.n3,
        actorId: ids.c1,
      },
    });
    expect(created).toEqual({
      organizationIds: [ids.chamber],
      userIds: [ids.organiser1, ids.organiser2].sort(),
    });
    const decided = await exhibitionEventAudience(ds, {
      type: 'submission.decided',
      payload: {
        exhibitionId: ids.published,
        submissionId: ids.s5,
        needId: ids.n2,
        decision: 'rejected',
        reason: 'خارج از موضوع',
        actorId: ids.organiser1,
      },
    });
    expect(decided).toEqual({ organizationIds: [ids.makerB], userIds: [ids.b1] });
    const invitation = await exhibitionEventAudience(ds, {
      type: 'exhibition.invitation',
      payload: { exhibitionId: ids.published, organizationId: ids.makerA, actorId: null },
    });
    expect(invitation).toEqual({
      organizationIds: [ids.makerA],
      userIds: [ids.a1, ids.a2].sort(),
    });
    // A resubmission goes to the organisers, like the first submission.
    const resubmitted = await exhibitionEventAudience(ds, {
      type: 'submission.resubmitted',
      payload: { exhibitionId: ids.other, submissionId: ids.s6, needId: ids.n2, actorId: ids.b1 },
    });
    expect(resubmitted.organizationIds).toEqual([ids.chamber]);
  });

  it('tells the invited and approved organisations of a publication, never the organiser', async () => {
    const published = await exhibitionEventAudience(ds, {
      type: 'exhibition.published',
      payload: { exhibitionId: ids.published, actorId: ids.organiser1 },
    });
    // Invited: A and B; approved: A (n1) and C (n3); B's need was rejected but B is invited.
    expect(published.organizationIds).toEqual([ids.makerA, ids.makerB, ids.makerC].sort());
    expect(published.userIds).toEqual([ids.a1, ids.a2, ids.b1, ids.c1].sort());
    // The organiser acts; its own members are never in the audience of its publication.
    expect(published.userIds).not.toContain(ids.organiser2);
  });

  it('leaves out the user who acted', async () => {
    const created = await exhibitionEventAudience(ds, {
      type: 'submission.created',
      payload: {
        exhibitionId: ids.published,
        submissionId: ids.s7,
        needId: ids.n3,
        actorId: ids.organiser2,
      },
    });
    expect(created.userIds).toEqual([ids.organiser1]);
  });
});
