import { createHash } from 'node:crypto';
import { hashPassword } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** A stable UUID from a name, so running the demo twice finds the same rows. */
export function demoId(name: string): string {
  const h = createHash('sha256').update(`niaz-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Loads the demo organisations and users. Idempotent: rows have stable ids and
 * `ON CONFLICT DO NOTHING`, so a second run creates no duplicates.
 */
export async function seedDemo(ds: DataSource): Promise<{ created: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  await ds.transaction(async (m) => {
    for (const a of DEMO_ACCOUNTS) {
      const orgId = demoId(`org:${a.key}`);
      const userId = demoId(`user:${a.key}`);
      const o = a.organization;
      const orgRows: unknown[] = await m.query(
        `INSERT INTO organization (id, name, description, language, translations, kinds, country, province, city, isic, "knowledgeBasedCertificate", verified, "verifiedAt")
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12, CASE WHEN $12 THEN now() END)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          orgId,
          o.name,
          o.description,
          o.language,
          JSON.stringify(o.translations ?? {}),
          o.kinds,
          o.country,
          o.province,
          o.city,
          o.isic ?? [],
          o.knowledgeBasedCertificate ?? null,
          !!o.verified,
        ],
      );
      created += orgRows.length;
      await m.query(
        `INSERT INTO app_user (id, email, "passwordHash", name, language, "isAdmin") VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
        [userId, a.email, passwordHash, a.name, a.language, !!a.isAdmin],
      );
      await m.query(
        `INSERT INTO membership ("userId", "organizationId", role) VALUES ($1,$2,'owner') ON CONFLICT DO NOTHING`,
        [userId, orgId],
      );
      if (orgRows.length) {
        await m.query(
          `INSERT INTO outbox_event (type, payload) VALUES ('organization.updated', $1)`,
          [JSON.stringify({ organizationId: orgId, actorId: null })],
        );
      }
    }
  });
  return { created };
}
