import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { verifyPassword } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_CAPABILITIES, DEMO_NEEDS } from './demo-marketplace';
import { DEMO_EXHIBITION } from './demo-exhibitions';
import { DEMO_MEETINGS } from './demo-meetings';
import { seedDemo } from './seed-demo';

describe('demo data', () => {
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

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of [
      'organization',
      'app_user',
      'membership',
      'need',
      'capability',
      'outbox_event',
      'exhibition',
      'exhibition_submission',
      'exhibition_invitation',
      'exhibition_participant',
      'meeting_request',
      'meeting',
    ]) {
      out[t] = (await ds.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
    }
    return out;
  };

  it('loads every role, needs and capabilities in fa/tr/en, and a second run creates no duplicates', async () => {
    expect((await seedDemo(ds)).created).toBe(DEMO_ACCOUNTS.length);
    const first = await counts();
    expect(first).toMatchObject({
      organization: DEMO_ACCOUNTS.length,
      app_user: DEMO_ACCOUNTS.length,
      need: DEMO_NEEDS.length,
      capability: DEMO_CAPABILITIES.length,
      exhibition: 1,
      exhibition_submission: DEMO_EXHIBITION.approved.length,
      exhibition_invitation: DEMO_EXHIBITION.invited.length,
      exhibition_participant: DEMO_MEETINGS.participants.length,
      meeting: DEMO_MEETINGS.meetings.length,
      meeting_request: DEMO_MEETINGS.meetings.length + DEMO_MEETINGS.pending.length,
    });
    const [settings] = await ds.query(`SELECT "publishedAt", tables FROM meeting_settings`);
    expect(settings.publishedAt).toBeInstanceOf(Date);
    expect(settings.tables).toHaveLength(DEMO_MEETINGS.tables.length);
    expect(new Set([...DEMO_NEEDS, ...DEMO_CAPABILITIES].map((x) => x.language))).toEqual(
      new Set(['fa', 'tr', 'en']),
    );
    expect((await seedDemo(ds)).created).toBe(0);
    expect(await counts()).toEqual(first);
    const [admin] = await ds.query(
      `SELECT "isAdmin", "passwordHash" FROM app_user WHERE email = 'admin@niaz.demo'`,
    );
    expect(admin.isAdmin).toBe(true);
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    const kinds = (await ds.query(`SELECT DISTINCT unnest(kinds) AS k FROM organization`))
      .map((r: { k: string }) => r.k)
      .sort();
    expect(kinds).toEqual(['manufacturer', 'organiser', 'supplier']);
  });
});
