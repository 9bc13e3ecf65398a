import { createHash } from 'node:crypto';
import { hashPassword } from '@niaz/identity';
import { OutboxEventWriter, OutboxWriter } from '@niaz/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_CAPABILITIES, DEMO_NEEDS } from './demo-marketplace';
import { seedExhibitions } from './demo-exhibitions';
import { seedMeetings } from './demo-meetings';

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
  // Events go through the outbox writer, as the domain services write them.
  const outbox = OutboxWriter.forSchema((ds.options as { schema?: string }).schema ?? 'public');
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
        await outbox.write(m, 'organization.updated', { organizationId: orgId, actorId: null });
      }
    }
    await seedMarketplace(m, outbox);
    await seedExhibitions(m, demoId, outbox);
    await seedMeetings(m, demoId);
  });
  return { created };
}

/** Needs (a month's bid window) and capabilities of the demo organisations, with their outbox events. */
async function seedMarketplace(m: EntityManager, outbox: OutboxEventWriter): Promise<void> {
  const deadline = new Date(Date.now() + 30 * 86400_000);
  for (const n of DEMO_NEEDS) {
    const id = demoId(`need:${n.key}`);
    const rows: unknown[] = await m.query(
      `INSERT INTO need (id, "organizationId", "createdById", status, title, description, language, "hsCodes", isic, "quantityPerYear", unit,
         "importOrigin", "annualImportValueAmount", "annualImportValueCurrency", "targetPriceAmount", "targetPriceCurrency",
         "requiredCertifications", "bidDeadline", country, province, details, "minLocalContentPercent", "publishedAt")
       VALUES ($1,$2,$3,$4::varchar,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22, CASE WHEN $4::varchar = 'open' THEN now() END)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        demoId(`org:${n.owner}`),
        demoId(`user:${n.owner}`),
        n.publish ? 'open' : 'draft',
        n.title,
        n.description,
        n.language,
        n.hsCodes,
        n.isic ?? null,
        n.quantityPerYear ?? null,
        n.unit ?? null,
        n.importOrigin ?? null,
        n.annualImportValue?.amount ?? null,
        n.annualImportValue?.currency ?? null,
        n.targetPrice?.amount ?? null,
        n.targetPrice?.currency ?? null,
        n.requiredCertifications ?? [],
        deadline,
        n.country,
        n.province,
        n.details ?? null,
        n.minLocalContentPercent ?? null,
      ],
    );
    if (rows.length && n.publish) {
      await outbox.write(m, 'need.published', { needId: id, actorId: null });
    }
  }
  for (const c of DEMO_CAPABILITIES) {
    const id = demoId(`capability:${c.key}`);
    const rows: unknown[] = await m.query(
      `INSERT INTO capability (id, "organizationId", "createdById", title, description, language, "hsCodes", isic, processes, materials,
         certifications, "capacityPerYear", unit, trl, "localContentPercent", country, province)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        demoId(`org:${c.owner}`),
        demoId(`user:${c.owner}`),
        c.title,
        c.description,
        c.language,
        c.hsCodes,
        c.isic ?? null,
        c.processes,
        c.materials,
        c.certifications,
        c.capacityPerYear ?? null,
        c.unit ?? null,
        c.trl,
        c.localContentPercent ?? null,
        c.country,
        c.province,
      ],
    );
    if (rows.length) {
      await outbox.write(m, 'capability.upserted', { capabilityId: id, actorId: null });
    }
  }
}
