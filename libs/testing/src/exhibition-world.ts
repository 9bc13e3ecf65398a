import { ExhibitionSubmission, Exhibition, ExhibitionInvitation } from '@niaz/exhibitions';
import { Membership, Organization, User } from '@niaz/identity';
import { Need } from '@niaz/needs';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A small exhibition world written row by row (for int-specs of the exhibition rules and of
 * their notices): a chamber (organiser1, organiser2) and makers A (a1, a2), B (b1), C (c1);
 * needs n1 (A), n2 (B), n3 (C); exhibitions published, closed, draft and other (published);
 * submissions s1–s3 (n1 approved in published, closed, draft), s4 (n1 pending in other), s5 (n2
 * rejected in published), s6 (n2 changes_requested in other), s7 (n3 approved in published);
 * A and B invited to published. Returns every key's id. Rows go through each owner's entity,
 * so this setup names no table (the boundary check scans this lib too).
 */
export async function seedExhibitionWorld(ds: DataSource): Promise<Record<string, string>> {
  const ids = {} as Record<string, string>;
  const owners = {} as Record<string, string>;
  const later = (days: number) => () => `now() + interval '${days} days'`;
  async function org(key: string, kinds: Organization['kinds'], members: string[]) {
    ids[key] = randomUUID();
    await ds.getRepository(Organization).insert({ id: ids[key], name: key, kinds, country: 'IR' });
    for (const user of members) {
      ids[user] = randomUUID();
      await ds.getRepository(User).insert({
        id: ids[user],
        email: `${user}-${ids[user]}@test.niaz`,
        passwordHash: 'x',
        name: user,
      });
      await ds
        .getRepository(Membership)
        .insert({ userId: ids[user], organizationId: ids[key], role: 'member' });
    }
  }
  async function need(key: string, owner: string) {
    ids[key] = randomUUID();
    owners[key] = ids[owner];
    await ds.getRepository(Need).insert({
      id: ids[key],
      organizationId: ids[owner],
      createdById: ids[owner],
      status: 'open',
      title: key,
      language: 'fa',
      hsCodes: ['8482'],
      bidDeadline: later(30),
      country: 'IR',
    });
  }
  async function exhibition(key: string, status: Exhibition['status']) {
    ids[key] = randomUUID();
    await ds.getRepository(Exhibition).insert({
      id: ids[key],
      organizationId: ids.chamber,
      createdById: ids.organiser1,
      status,
      title: key,
      language: 'fa',
      city: 'Qom',
      country: 'IR',
      startsAt: () => 'now()',
      endsAt: later(60),
      submissionDeadline: later(30),
    });
  }
  async function submission(
    key: string,
    exhibitionKey: string,
    needKey: string,
    status: ExhibitionSubmission['status'],
  ) {
    ids[key] = randomUUID();
    await ds.getRepository(ExhibitionSubmission).insert({
      id: ids[key],
      exhibitionId: ids[exhibitionKey],
      needId: ids[needKey],
      organizationId: owners[needKey],
      submittedById: owners[needKey],
      status,
      submittedAt: () => 'now()',
    });
  }

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
  await ds.getRepository(ExhibitionInvitation).insert([
    { exhibitionId: ids.published, organizationId: ids.makerB, invitedById: ids.organiser1 },
    { exhibitionId: ids.published, organizationId: ids.makerA, invitedById: ids.organiser1 },
  ]);
  return ids;
}
