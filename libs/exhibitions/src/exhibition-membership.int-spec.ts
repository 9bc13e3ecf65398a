import { randomUUID } from 'node:crypto';
import { isolateTestFile, TestIsolation } from '@niaz/testing';
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

  const ids = {} as Record<string, string>;
  async function org(key: string, kinds: string[], members: string[]) {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO organization (id, name, kinds, country) VALUES ($1, $2, $3, 'IR')`,
      [ids[key], key, kinds],
    );
    for (const user of members) {
      ids[user] = randomUUID();
      await ds.query(
        `INSERT INTO app_user (id, email, "passwordHash", name) VALUES ($1, $2, 'x', $3)`,
        [ids[user], `${user}-${ids[user]}@test.niaz`, user],
      );
      await ds.query(
        `INSERT INTO membership ("userId", "organizationId", role) VALUES ($1, $2, 'member')`,
        [ids[user], ids[key]],
      );
    }
  }
  async function need(key: string, owner: string) {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO need (id, "organizationId", "createdById", status, title, language, "hsCodes", "bidDeadline", country)
       VALUES ($1, $2, $2, 'open', $3, 'fa', '{8482}', now() + interval '30 days', 'IR')`,
      [ids[key], ids[owner], key],
    );
  }
  async function exhibition(key: string, status: string) {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO exhibition (id, "organizationId", "createdById", status, title, language, city, country, "startsAt", "endsAt", "submissionDeadline")
       VALUES ($1, $2, $3, $4, $5, 'fa', 'Qom', 'IR', now(), now() + interval '60 days', now() + interval '30 days')`,
      [ids[key], ids.chamber, ids.organiser1, status, key],
    );
  }
  async function submission(key: string, exhibitionKey: string, needKey: string, status: string) {
    ids[key] = randomUUID();
    await ds.query(
      `INSERT INTO exhibition_submission (id, "exhibitionId", "needId", "organizationId", "submittedById", status, "submittedAt")
       SELECT $1, $2, n.id, n."organizationId", n."createdById", $4, now() FROM need n WHERE n.id = $3`,
      [ids[key], ids[exhibitionKey], ids[needKey], status],
    );
  }

  beforeAll(async () => {
    await org('chamber', ['organiser'], ['organiser1', 'organiser2']);
    await org('makerA', ['manufacturer'], ['a1', 'a2']);
    await org('makerB', ['manufacturer'], ['b1']);
    await org('makerC', ['manufacturer'], ['c1']);
    await need('n1', 'makerA');
    await need('n2', 'makerB');
    await need('n3', 'makerC');
    await exhibition('published', 'published');
    await exhibition('closed', 'closed');
    await exhibition('draft', 'draft');
    await exhibition('other', 'published');
    // n1: approved in a published, a closed and a draft exhibition; pending in another.
    await submission('s1', 'published', 'n1', 'approved');
    await submission('s2', 'closed', 'n1', 'approved');
    await submission('s3', 'draft', 'n1', 'approved');
    await submission('s4', 'other', 'n1', 'pending');
    // n2: rejected and changes_requested; n3: approved in the published one only.
    await submission('s5', 'published', 'n2', 'rejected');
    await submission('s6', 'other', 'n2', 'changes_requested');
    await submission('s7', 'published', 'n3', 'approved');
    await ds.query(
      `INSERT INTO exhibition_invitation ("exhibitionId", "organizationId", "invitedById") VALUES ($1, $2, $3), ($1, $4, $3)`,
      [ids.published, ids.makerB, ids.organiser1, ids.makerA],
    );
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

  it('tells the invited and approved organisations of a publication, the approved of a close', async () => {
    const published = await exhibitionEventAudience(ds, {
      type: 'exhibition.published',
      payload: { exhibitionId: ids.published, actorId: ids.organiser1 },
    });
    // Invited: A and B; approved: A (n1) and C (n3); B's need was rejected but B is invited.
    expect(published.organizationIds).toEqual([ids.makerA, ids.makerB, ids.makerC].sort());
    expect(published.userIds).toEqual([ids.a1, ids.a2, ids.b1, ids.c1].sort());
    const closed = await exhibitionEventAudience(ds, {
      type: 'exhibition.closed',
      payload: { exhibitionId: ids.published, actorId: ids.organiser2 },
    });
    expect(closed.organizationIds).toEqual([ids.makerA, ids.makerC].sort());
    const nobody = await exhibitionEventAudience(ds, {
      type: 'exhibition.closed',
      payload: { exhibitionId: ids.other, actorId: null },
    });
    expect(nobody).toEqual({ organizationIds: [], userIds: [] });
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
