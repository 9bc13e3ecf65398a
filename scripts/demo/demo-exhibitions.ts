import type { OutboxEventWriter } from '@niaz/jobs';
import type { EntityManager } from 'typeorm';

/**
 * The demo fair: Qom's "Industry Needs Table" (seed 003), organised by the Qom chamber, in
 * Persian with a Turkish translation, published with three approved needs in two sections.
 */
export const DEMO_EXHIBITION = {
  key: 'qom-needs-table',
  organiser: 'organiser-qom',
  title: 'میز نیاز صنعت قم',
  description:
    'نمایشگاه میز نیاز صنعت برای افزایش توان تولید کالای داخلی با همکاری صنایع، مراکز علمی و دانش بنیان؛ از مواد اولیه تا ساخت قطعات، به مدت سه ماه.',
  language: 'fa',
  translations: {
    tr: {
      title: 'Qom Sanayi İhtiyaçları Masası',
      description:
        'Sanayi, üniversiteler ve bilgi tabanlı firmalarla yerli üretimi artırmak için üç ay sürecek ihtiyaç fuarı: hammaddeden parça üretimine.',
    },
    en: { title: 'Qom Industry Needs Table' },
  },
  city: 'Qom',
  province: 'Qom',
  country: 'IR',
  hsChapters: ['84', '74', '73'],
  isic: ['2814', '2815'],
  sections: [
    {
      key: 'machinery',
      title: 'ماشین‌آلات و قطعات',
      translations: { tr: { title: 'Makine ve parçaları' }, en: { title: 'Machinery and parts' } },
    },
    {
      key: 'metals',
      title: 'فلزات و مواد اولیه',
      translations: { tr: { title: 'Metaller ve hammaddeler' }, en: { title: 'Metals' } },
    },
  ],
  invited: ['manufacturer-qom', 'manufacturer-tabriz'],
  /** Approved demo needs (keys of DEMO_NEEDS) with their place in the catalog. */
  approved: [
    {
      need: 'bearing-6204',
      owner: 'manufacturer-qom',
      section: 'machinery',
      order: 1,
      featured: true,
    },
    {
      need: 'food-machinery-gearbox',
      owner: 'manufacturer-qom',
      section: 'machinery',
      order: 2,
      featured: false,
    },
    {
      need: 'copper-wire',
      owner: 'manufacturer-tabriz',
      section: 'metals',
      order: 1,
      featured: false,
    },
  ],
};

/**
 * Loads the demo exhibition. Idempotent like the rest of the demo: stable ids and
 * `ON CONFLICT DO NOTHING`; the publication event is written only when the row is new.
 */
export async function seedExhibitions(
  m: EntityManager,
  demoId: (name: string) => string,
  outbox: OutboxEventWriter,
): Promise<void> {
  const x = DEMO_EXHIBITION;
  const id = demoId(`exhibition:${x.key}`);
  const organizerId = demoId(`org:${x.organiser}`);
  const userId = demoId(`user:${x.organiser}`);
  const day = 86400_000;
  const rows: unknown[] = await m.query(
    `INSERT INTO exhibition (id, "organizationId", "createdById", status, title, description, language, translations, city, province, country,
       "startsAt", "endsAt", "submissionDeadline", "hsChapters", isic, sections, "publishedAt")
     VALUES ($1,$2,$3,'published',$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16, now())
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      id,
      organizerId,
      userId,
      x.title,
      x.description,
      x.language,
      JSON.stringify(x.translations),
      x.city,
      x.province,
      x.country,
      new Date(Date.now() + 10 * day),
      new Date(Date.now() + 100 * day),
      new Date(Date.now() + 7 * day),
      x.hsChapters,
      x.isic,
      JSON.stringify(x.sections),
    ],
  );
  for (const org of x.invited) {
    await m.query(
      `INSERT INTO exhibition_invitation ("exhibitionId", "organizationId", "invitedById") VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`,
      [id, demoId(`org:${org}`), userId],
    );
  }
  for (const a of x.approved) {
    await m.query(
      `INSERT INTO exhibition_submission ("exhibitionId", "needId", "organizationId", "submittedById", status, section, "order", featured,
         "submittedAt", "decidedAt", "decidedById")
       VALUES ($1,$2,$3,$4,'approved',$5,$6,$7, now(), now(), $8) ON CONFLICT DO NOTHING`,
      [
        id,
        demoId(`need:${a.need}`),
        demoId(`org:${a.owner}`),
        demoId(`user:${a.owner}`),
        a.section,
        a.order,
        a.featured,
        userId,
      ],
    );
  }
  if (rows.length) {
    await outbox.write(m, 'exhibition.published', { exhibitionId: id, actorId: null });
  }
}
