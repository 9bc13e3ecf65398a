import { randomUUID } from 'node:crypto';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { firstFitSchedule, ScheduleProblem, scheduleAll, SchedulingService } from '@niaz/meetings';
import { DataSource } from 'typeorm';

/** Issue 19's fair: 300 participants, 1,500 accepted meetings, 2 days × 16 slots × 40 tables. */
export const MEETINGS_SIZE = {
  participants: 300,
  meetings: 1500,
  days: 2,
  slotsPerDay: 16,
  tables: 40,
};

/** A deterministic pseudo-random source, so both schedulers see the same fair each run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export interface FairInput {
  /** Slot starts (ms), two days of 16 twenty-minute slots from 09:00 Tehran, lunch after the 8th. */
  blocks: { startsAt: string; endsAt: string }[];
  pairs: [number, number][];
  unavailable: number[][];
}

/** Manufacturers (0–119) meet suppliers (120–299); a fifth of participants miss one slot. */
export function generateFair(): FairInput {
  const rnd = random(19);
  const day0 = Date.UTC(2027, 0, 21, 5, 30);
  const blocks = [0, 1].flatMap((d) => {
    const base = day0 + d * 86400_000;
    return [
      {
        startsAt: new Date(base).toISOString(),
        endsAt: new Date(base + 160 * 60_000).toISOString(),
      },
      {
        startsAt: new Date(base + 220 * 60_000).toISOString(),
        endsAt: new Date(base + 380 * 60_000).toISOString(),
      },
    ];
  });
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  while (pairs.length < MEETINGS_SIZE.meetings) {
    const a = Math.floor(rnd() * 120);
    const b = 120 + Math.floor(rnd() * 180);
    if (seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    pairs.push([a, b]);
  }
  const slots = MEETINGS_SIZE.days * MEETINGS_SIZE.slotsPerDay;
  const unavailable = Array.from({ length: MEETINGS_SIZE.participants }, () =>
    rnd() < 0.2 ? [Math.floor(rnd() * slots)] : [],
  );
  return { blocks, pairs, unavailable };
}

export function fairProblem(fair: FairInput): ScheduleProblem {
  const slotStarts: number[] = [];
  const slotDays: number[] = [];
  fair.blocks.forEach((b, i) => {
    for (let t = Date.parse(b.startsAt); t < Date.parse(b.endsAt); t += 20 * 60_000) {
      slotStarts.push(t);
      slotDays.push(Math.floor(i / 2));
    }
  });
  return {
    slotStarts,
    slotEnds: slotStarts.map((s) => s + 20 * 60_000),
    slotDays,
    tableCount: MEETINGS_SIZE.tables,
    participantCount: MEETINGS_SIZE.participants,
    meetings: fair.pairs.map(([a, b]) => ({ a, b })),
    unavailable: fair.unavailable,
  };
}

export interface MeetingsMeasure {
  scheduleAllMs: number;
  firstFitMs: number;
  placed: number;
  firstFitPlaced: number;
  idlePerParticipant: number;
  firstFitIdlePerParticipant: number;
  /** `POST /exhibitions/:id/schedule` as the api runs it: read, schedule, write, in one transaction. */
  serviceMs: number;
}

const perParticipant = (idle: number) => idle / MEETINGS_SIZE.participants;

/**
 * Times "schedule all" on the fair beside a naive first-fit schedule on the same
 * input (both pure), then the whole service call against PostgreSQL.
 */
export async function measureMeetings(ds: DataSource): Promise<MeetingsMeasure> {
  const fair = generateFair();
  const problem = fairProblem(fair);
  scheduleAll(problem); // warm-up (JIT)
  let t = performance.now();
  const smart = scheduleAll(problem);
  const scheduleAllMs = performance.now() - t;
  t = performance.now();
  const naive = firstFitSchedule(problem);
  const firstFitMs = performance.now() - t;

  const organiserOrg = randomUUID();
  const exhibitionId = randomUUID();
  const orgs = Array.from({ length: MEETINGS_SIZE.participants }, () => randomUUID());
  await ds.query(
    `INSERT INTO exhibition (id, "organizationId", "createdById", status, title, language, city, country,
                             "startsAt", "endsAt", "submissionDeadline")
     VALUES ($1, $2, $2, 'published', 'Bench fair', 'fa', 'Qom', 'IR', $3, $4, $3)`,
    [exhibitionId, organiserOrg, '2027-01-20T00:00:00Z', '2027-04-20T00:00:00Z'],
  );
  await ds.query(
    `INSERT INTO meeting_settings ("exhibitionId", "timeZone", "slotMinutes", blocks, tables, mode)
     VALUES ($1, 'Asia/Tehran', 20, $2::jsonb, $3::jsonb, 'organiser')`,
    [
      exhibitionId,
      JSON.stringify(fair.blocks),
      JSON.stringify(
        Array.from({ length: MEETINGS_SIZE.tables }, (_, i) => ({
          key: `t${i + 1}`,
          name: `Table ${i + 1}`,
          online: false,
          link: null,
        })),
      ),
    ],
  );
  await ds.query(
    `INSERT INTO exhibition_participant ("exhibitionId", "organizationId", "registeredById", status, unavailable)
     SELECT $1, o, $1, 'approved', u FROM unnest($2::uuid[], $3::jsonb[]) AS x(o, u)`,
    [
      exhibitionId,
      orgs,
      fair.unavailable.map((slots) =>
        JSON.stringify(slots.map((s) => new Date(problem.slotStarts[s]).toISOString())),
      ),
    ],
  );
  await ds.query(
    `INSERT INTO meeting ("exhibitionId", "requestId", "requesterOrganizationId", "recipientOrganizationId")
     SELECT $1, gen_random_uuid(), a, b FROM unnest($2::uuid[], $3::uuid[]) AS x(a, b)`,
    [exhibitionId, fair.pairs.map(([a]) => orgs[a]), fair.pairs.map(([, b]) => orgs[b])],
  );
  const organiser = new Principal(randomUUID(), 'bench@niaz', 'Bench', 'fa', false, [
    { organizationId: organiserOrg, role: 'owner', kinds: ['organiser'], verified: true },
  ]);
  t = performance.now();
  await new SchedulingService(ds, OutboxWriter.forSchema('public')).scheduleAll(
    organiser,
    exhibitionId,
  );
  const serviceMs = performance.now() - t;
  return {
    scheduleAllMs,
    firstFitMs,
    placed: smart.placed,
    firstFitPlaced: naive.placed,
    idlePerParticipant: perParticipant(smart.idleMinutes),
    firstFitIdlePerParticipant: perParticipant(naive.idleMinutes),
    serviceMs,
  };
}
