import { bidRowSql, bidsOnNeedsSql, liveBidsSql } from '@niaz/bids';
import { capabilitiesSql, capabilityRowSql } from '@niaz/capabilities';
import {
  lockOrganizationSql,
  membersOfSql,
  organizationNameSql,
  organizationRowSql,
  organizationsSql,
  userRowSql,
} from '@niaz/identity';
import { matchesOfCapabilitySql, matchesOfNeedsSql } from '@niaz/matching';
import {
  invitedOrganizationsSql,
  ndaSignersSql,
  needRowSql,
  needsInSql,
  needTitleSql,
  openedNeedIdsSql,
  openNeedsSql,
  publicNeedsSql,
} from '@niaz/needs';
import { isolateTestFile, seedExhibitionWorld, TestIsolation } from '@niaz/testing';
import { DataSource } from 'typeorm';

/**
 * Every read port (the SQL a lib offers for its tables) against the migrated schema: a column
 * renamed by its owner fails here, naming the port, not at run time in another lib.
 */
describe('read ports (real Postgres, migrated schema)', () => {
  let isolation: TestIsolation;
  let ds: DataSource;
  let ids: Record<string, string>;
  const rows = (sql: string, params: unknown[] = []) =>
    ds.query(sql, params) as Promise<Array<Record<string, unknown>>>;

  beforeAll(async () => {
    isolation = await isolateTestFile();
    ds = await isolation.openDataSource();
    ids = await seedExhibitionWorld(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await isolation?.cleanup();
  });

  it('identity: members, names, rows, users and the organisation lock', async () => {
    const members = await rows(`SELECT "userId" FROM (${membersOfSql('$1::uuid')}) m`, [
      ids.makerA,
    ]);
    expect(members.map((m) => m.userId).sort()).toEqual([ids.a1, ids.a2].sort());
    expect(await rows(`SELECT ${organizationNameSql('$1::uuid')} AS name`, [ids.makerB])).toEqual([
      { name: 'makerB' },
    ]);
    const [org] = await rows(`SELECT o.name FROM (${organizationRowSql('$1::uuid')}) o`, [
      ids.chamber,
    ]);
    expect(org).toEqual({ name: 'chamber' });
    const all = await rows(`SELECT o.id FROM (${organizationsSql()}) o WHERE o.id = ANY($1)`, [
      [ids.makerA, ids.makerC],
    ]);
    expect(all).toHaveLength(2);
    expect(await rows(`SELECT u.name FROM (${userRowSql('$1::uuid')}) u`, [ids.b1])).toEqual([
      { name: 'b1' },
    ]);
    await ds.transaction(async (m) => {
      expect(await m.query(lockOrganizationSql('$1::uuid'), [ids.makerC])).toEqual([
        { id: ids.makerC },
      ]);
    });
  });

  it('needs: rows, titles, the public ones (published once, not drafts) and the open ones', async () => {
    const three = [ids.n1, ids.n2, ids.n3];
    expect(await rows(`SELECT ${needTitleSql('$1::uuid')} AS title`, [ids.n2])).toEqual([
      { title: 'n2' },
    ]);
    expect(await rows(`SELECT n.title FROM (${needRowSql('$1::uuid')}) n`, [ids.n3])).toEqual([
      { title: 'n3' },
    ]);
    const inSet = await rows(`SELECT id FROM (${needsInSql('SELECT unnest($1::uuid[])')}) n`, [
      three,
    ]);
    expect(inSet).toHaveLength(3);
    const open = await rows(`SELECT id FROM (${openNeedsSql()}) n WHERE id = ANY($1)`, [three]);
    expect(open).toHaveLength(3);
    // Open but never published (the world writes rows directly): not public until published.
    const publicOnes = () =>
      rows(`SELECT id FROM (${publicNeedsSql()}) n WHERE id = ANY($1)`, [three]);
    expect(await publicOnes()).toEqual([]);
    await ds.query(`UPDATE need SET "publishedAt" = now() WHERE id = $1`, [ids.n1]);
    expect(await publicOnes()).toEqual([{ id: ids.n1 }]);
    // The sealing rule in SQL agrees with bidsOpened: sealed until the deadline, unless the
    // need was published with visible bids.
    const opened = async () =>
      (await rows(openedNeedIdsSql('SELECT unnest($1::uuid[])'), [three])).map((r) => r.id).sort();
    expect(await opened()).toEqual([]);
    await ds.query(`UPDATE need SET "bidsVisibleBeforeDeadline" = true WHERE id = $1`, [ids.n2]);
    await ds.query(`UPDATE need SET "bidDeadline" = now() - interval '1 minute' WHERE id = $1`, [
      ids.n3,
    ]);
    expect(await opened()).toEqual([ids.n2, ids.n3].sort());
    expect(await rows(ndaSignersSql('$1::uuid'), [ids.n1])).toEqual([]);
    expect(await rows(invitedOrganizationsSql('$1::uuid'), [ids.n1])).toEqual([]);
  });

  it('bids, capabilities and matches answer on the migrated schema', async () => {
    for (const sql of [
      bidRowSql('$1::uuid'),
      bidsOnNeedsSql('$1::uuid'),
      liveBidsSql('$1::uuid'),
      capabilityRowSql('$1::uuid'),
      matchesOfNeedsSql('$1::uuid'),
      matchesOfCapabilitySql('$1::uuid'),
    ])
      expect(await rows(sql, [ids.n1])).toEqual([]);
    expect(await rows(`SELECT count(*)::int AS n FROM (${capabilitiesSql()}) c`)).toEqual([
      { n: 0 },
    ]);
  });
});
