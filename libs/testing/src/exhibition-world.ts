import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A small exhibition world written row by row (for int-specs of the exhibition rules and of
 * their notices): a chamber (organiser1, organiser2) and makers A (a1, a2), B (b1), C (c1);
 * needs n1 (A), n2 (B), n3 (C); exhibitions published, closed, draft and other (published);
 * submissions s1–s3 (n1 approved in published, closed, draft), s4 (n1 pending in other), s5 (n2
 * rejected in published), s6 (n2 changes_requested in other), s7 (n3 approved in published);
 * A and B invited to published. Returns every key's id.
 */
export async function seedExhibitionWorld(ds: DataSource): Promise<Record<string, string>> {
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
  return ids;
}
