import { isolateTestFile, seedExhibitionWorld, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';
import {
  exhibitionInvitationRecipients,
  exhibitionPublishedRecipients,
  submissionDecidedRecipients,
  submissionToOrganiserRecipients,
} from './exhibition-notices';
import type { RecipientQuery } from './notice';

interface Recipient {
  userId: string;
  organizationId: string;
  eventKey: string;
  params: Record<string, unknown>;
  webhookData: Record<string, unknown> | null;
}

/** The exhibition notices as they run: who each one reaches and what it names (real Postgres). */
describe('exhibition notices (real Postgres)', () => {
  let isolation: TestIsolation;
  let ds: DataSource;
  let ids: Record<string, string>;
  const run = async (q: RecipientQuery) =>
    ((await ds.query(q.sql, q.params)) as Recipient[]).sort((a, b) =>
      a.userId.localeCompare(b.userId),
    );
  const users = (rows: Recipient[]) => rows.map((r) => r.userId);
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ds = await isolation.openDataSource();
    ids = await seedExhibitionWorld(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await isolation?.cleanup();
  });

  it('tells the invited and approved organisations of a publication, never the organiser', async () => {
    const rows = await run(exhibitionPublishedRecipients(ids.published));
    expect(users(rows)).toEqual(sorted('a1', 'a2', 'b1', 'c1'));
    expect(rows[0].params).toMatchObject({
      exhibitionId: ids.published,
      exhibitionTitle: 'published',
      city: 'Qom',
    });
    expect(new Set(rows.map((r) => r.eventKey))).toEqual(
      new Set([`exhibition.published:${ids.published}`]),
    );
  });

  it('tells the invited organisation of an invitation, naming the organiser', async () => {
    const rows = await run(exhibitionInvitationRecipients(ids.published, ids.makerB));
    expect(users(rows)).toEqual([ids.b1]);
    expect(rows[0]).toMatchObject({
      organizationId: ids.makerB,
      params: { exhibitionTitle: 'published', organiserName: 'chamber' },
      webhookData: { exhibitionId: ids.published },
    });
  });

  it('tells the organisers of a submission, with the need it names', async () => {
    const rows = await run(submissionToOrganiserRecipients('submission.created', ids.s7, '42'));
    expect(users(rows)).toEqual(sorted('organiser1', 'organiser2'));
    expect(rows[0]).toMatchObject({
      organizationId: ids.chamber,
      eventKey: `submission.created:${ids.s7}:42`,
      params: {
        needId: ids.n3,
        needTitle: 'n3',
        submissionId: ids.s7,
        exhibitionTitle: 'published',
      },
    });
  });

  it("tells the need's organisation of a decision, with the reason", async () => {
    const rows = await run(submissionDecidedRecipients(ids.s5, 'rejected', 'خارج از موضوع', '7'));
    expect(users(rows)).toEqual([ids.b1]);
    expect(rows[0]).toMatchObject({
      organizationId: ids.makerB,
      params: { decision: 'rejected', reason: 'خارج از موضوع', needTitle: 'n2' },
      webhookData: { decision: 'rejected', needId: ids.n2 },
    });
  });

  it('tells nobody of an event on a submission or exhibition that does not exist', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect(await run(exhibitionPublishedRecipients(none))).toEqual([]);
    expect(await run(exhibitionInvitationRecipients(none, ids.makerB))).toEqual([]);
    expect(await run(submissionDecidedRecipients(none, 'approved', null, '1'))).toEqual([]);
  });
});
