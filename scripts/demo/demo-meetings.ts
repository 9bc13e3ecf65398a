import type { EntityManager } from 'typeorm';
import { DEMO_EXHIBITION } from './demo-exhibitions';

/**
 * Meetings at the demo fair, so that a newcomer sees them at once: five approved
 * participants, four tables and an online one, two mornings of 20-minute slots (09:00–12:00
 * Tehran time, the first two days of the fair), three accepted meetings placed and published,
 * and one request waiting for an answer.
 */
export const DEMO_MEETINGS = {
  participants: [
    'manufacturer-qom',
    'manufacturer-tabriz',
    'supplier-ardabil',
    'supplier-erzurum',
    'supplier-samsun',
  ],
  tables: [
    { key: 't1', name: 'میز ۱', online: false, link: null },
    { key: 't2', name: 'میز ۲', online: false, link: null },
    { key: 't3', name: 'میز ۳', online: false, link: null },
    { key: 't4', name: 'میز ۴', online: false, link: null },
    { key: 'online', name: 'آنلاین', online: true, link: 'https://meet.jit.si/niaz-qom-demo' },
  ],
  /** from → to about a need; `slot` is the index of a slot on the first morning. */
  meetings: [
    {
      from: 'supplier-erzurum',
      to: 'manufacturer-qom',
      need: 'bearing-6204',
      slot: 0,
      table: 't1',
    },
    {
      from: 'supplier-ardabil',
      to: 'manufacturer-qom',
      need: 'food-machinery-gearbox',
      slot: 1,
      table: 't1',
    },
    {
      from: 'supplier-samsun',
      to: 'manufacturer-tabriz',
      need: 'copper-wire',
      slot: 0,
      table: 't2',
    },
  ],
  pending: [{ from: 'supplier-erzurum', to: 'manufacturer-tabriz', need: 'copper-wire' }],
};

const MESSAGES: Record<string, string> = {
  'supplier-erzurum': 'Rulman üretiyoruz; fuarda görüşmek isteriz.',
  'supplier-ardabil': 'ما گیربکس صنعتی می‌سازیم؛ خوشحال می‌شویم در نمایشگاه گفتگو کنیم.',
  'supplier-samsun': 'We draw copper wire to your specification; shall we meet?',
};

/** Idempotent like the rest of the demo: stable ids and `ON CONFLICT DO NOTHING`. */
export async function seedMeetings(
  m: EntityManager,
  demoId: (name: string) => string,
): Promise<void> {
  const x = DEMO_MEETINGS;
  const exhibitionId = demoId(`exhibition:${DEMO_EXHIBITION.key}`);
  const [{ startsAt }] = (await m.query(`SELECT "startsAt" FROM exhibition WHERE id = $1`, [
    exhibitionId,
  ])) as Array<{ startsAt: Date }>;
  // 09:00 Tehran (05:30 UTC) on the fair's first two days, three hours each.
  const morning = (day: number) => {
    const d = new Date(startsAt);
    d.setUTCDate(d.getUTCDate() + day + 1);
    d.setUTCHours(5, 30, 0, 0);
    return d;
  };
  const blocks = [0, 1].map((day) => ({
    startsAt: morning(day).toISOString(),
    endsAt: new Date(morning(day).getTime() + 3 * 3600_000).toISOString(),
  }));
  await m.query(
    `INSERT INTO meeting_settings ("exhibitionId", "timeZone", "slotMinutes", blocks, tables, "requestTtlHours",
       "maxPendingRequests", mode, "autoApprove", "publishedAt")
     VALUES ($1, 'Asia/Tehran', 20, $2, $3, 48, 20, 'organiser', false, now())
     ON CONFLICT ("exhibitionId") DO NOTHING`,
    [exhibitionId, JSON.stringify(blocks), JSON.stringify(x.tables)],
  );
  for (const org of x.participants) {
    await m.query(
      `INSERT INTO exhibition_participant (id, "exhibitionId", "organizationId", "registeredById", status, "decidedAt")
       VALUES ($1, $2, $3, $4, 'approved', now()) ON CONFLICT DO NOTHING`,
      [demoId(`participant:${org}`), exhibitionId, demoId(`org:${org}`), demoId(`user:${org}`)],
    );
  }
  const request = async (r: { from: string; to: string; need: string }, accepted: boolean) => {
    const id = demoId(`meeting-request:${r.from}:${r.to}:${r.need}`);
    await m.query(
      `INSERT INTO meeting_request (id, "exhibitionId", "fromOrganizationId", "toOrganizationId", "needId", message,
         "requestedById", status, "expiresAt", "decidedAt", "decidedById")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::varchar, now() + interval '48 hours',
               CASE WHEN $8::varchar = 'accepted' THEN now() END, CASE WHEN $8::varchar = 'accepted' THEN $9::uuid END)
       ON CONFLICT (id) DO NOTHING`,
      [
        id,
        exhibitionId,
        demoId(`org:${r.from}`),
        demoId(`org:${r.to}`),
        demoId(`need:${r.need}`),
        MESSAGES[r.from] ?? '',
        demoId(`user:${r.from}`),
        accepted ? 'accepted' : 'pending',
        demoId(`user:${r.to}`),
      ],
    );
    return id;
  };
  for (const mt of x.meetings) {
    const requestId = await request(mt, true);
    await m.query(
      `INSERT INTO meeting (id, "exhibitionId", "requestId", "requesterOrganizationId", "recipientOrganizationId",
         "needId", "slotStart", "tableKey", locked)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false) ON CONFLICT DO NOTHING`,
      [
        demoId(`meeting:${requestId}`),
        exhibitionId,
        requestId,
        demoId(`org:${mt.from}`),
        demoId(`org:${mt.to}`),
        demoId(`need:${mt.need}`),
        new Date(morning(0).getTime() + mt.slot * 20 * 60_000),
        mt.table,
      ],
    );
  }
  for (const p of x.pending) await request(p, false);
}
