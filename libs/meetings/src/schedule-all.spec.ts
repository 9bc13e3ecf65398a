import fc from 'fast-check';
import { firstFitSchedule, Placement, ScheduleProblem, scheduleAll } from './schedule-all';

const MIN = 60_000;

/** Two days of `perDay` 20-minute slots, 09:00 onwards, with a lunch gap after the 4th. */
function grid(perDay: number) {
  const slotStarts: number[] = [];
  const slotEnds: number[] = [];
  const slotDays: number[] = [];
  for (let d = 0; d < 2; d++) {
    for (let k = 0; k < perDay; k++) {
      const start = d * 1440 * MIN + 540 * MIN + k * 20 * MIN + (k >= 4 ? 60 * MIN : 0);
      slotStarts.push(start);
      slotEnds.push(start + 20 * MIN);
      slotDays.push(d);
    }
  }
  return { slotStarts, slotEnds, slotDays };
}

const problem = fc
  .record({
    participants: fc.integer({ min: 2, max: 12 }),
    perDay: fc.integer({ min: 1, max: 8 }),
    tables: fc.integer({ min: 1, max: 6 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    unavailable: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    locks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 5 }),
  })
  .map(({ participants, perDay, tables, pairs, unavailable, locks }): ScheduleProblem => {
    const g = grid(perDay);
    const S = g.slotStarts.length;
    const meetings = pairs
      .map(([x, y]) => ({ a: x % participants, b: y % participants }))
      .filter((m) => m.a !== m.b)
      .map((m, i) => {
        const lock = locks.find(([idx]) => idx % 40 === i);
        return lock ? { ...m, locked: { slot: lock[1] % S, table: lock[2] % tables } } : m;
      });
    const unav: number[][] = Array.from({ length: participants }, () => []);
    for (const [p, s] of unavailable) unav[p % participants].push(s % S);
    return {
      ...g,
      tableCount: tables,
      participantCount: participants,
      meetings,
      unavailable: unav,
    };
  });

function assertSound(pb: ScheduleProblem, placements: (Placement | null)[]) {
  const seats = new Set<string>();
  const tables = new Set<string>();
  placements.forEach((p, m) => {
    if (!p) return;
    const { a, b } = pb.meetings[m];
    expect(p.slot).toBeGreaterThanOrEqual(0);
    expect(p.slot).toBeLessThan(pb.slotStarts.length);
    expect(p.table).toBeGreaterThanOrEqual(0);
    expect(p.table).toBeLessThan(pb.tableCount);
    for (const who of [a, b]) {
      const key = `${who}@${p.slot}`;
      expect(seats.has(key)).toBe(false);
      seats.add(key);
      expect(pb.unavailable[who]).not.toContain(p.slot);
    }
    const t = `${p.table}@${p.slot}`;
    expect(tables.has(t)).toBe(false);
    tables.add(t);
  });
}

describe('scheduleAll', () => {
  it('never double-books a participant or a table, and never uses an unavailable slot', () => {
    fc.assert(
      fc.property(problem, (pb) => {
        assertSound(pb, scheduleAll(pb).placements);
        assertSound(pb, firstFitSchedule(pb).placements);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every sound lock where it is', () => {
    fc.assert(
      fc.property(problem, (pb) => {
        // Keep only locks that agree with each other and with unavailability.
        const seats = new Set<string>();
        const tables = new Set<string>();
        const meetings = pb.meetings.map((m) => {
          if (!m.locked) return m;
          const { slot, table } = m.locked;
          const ok =
            !seats.has(`${m.a}@${slot}`) &&
            !seats.has(`${m.b}@${slot}`) &&
            !tables.has(`${table}@${slot}`) &&
            !pb.unavailable[m.a].includes(slot) &&
            !pb.unavailable[m.b].includes(slot);
          if (!ok) return { a: m.a, b: m.b };
          seats.add(`${m.a}@${slot}`).add(`${m.b}@${slot}`);
          tables.add(`${table}@${slot}`);
          return m;
        });
        const sound = { ...pb, meetings };
        const r = scheduleAll(sound);
        meetings.forEach((m, i) => {
          if (m.locked) expect(r.placements[i]).toEqual(m.locked);
        });
        assertSound(sound, r.placements);
      }),
      { numRuns: 300 },
    );
  });

  it('places every meeting when each pair shares enough free slots and tables never run out', () => {
    fc.assert(
      fc.property(problem, (raw) => {
        const pb: ScheduleProblem = {
          ...raw,
          meetings: raw.meetings.map(({ a, b }) => ({ a, b })),
          tableCount: Math.ceil(raw.participantCount / 2),
        };
        const degree = new Array<number>(pb.participantCount).fill(0);
        for (const m of pb.meetings) {
          degree[m.a]++;
          degree[m.b]++;
        }
        const S = pb.slotStarts.length;
        const enough = pb.meetings.every(({ a, b }) => {
          let shared = 0;
          for (let s = 0; s < S; s++)
            if (!pb.unavailable[a].includes(s) && !pb.unavailable[b].includes(s)) shared++;
          return shared >= degree[a] + degree[b] - 1;
        });
        fc.pre(enough);
        const r = scheduleAll(pb);
        expect(r.unplaced).toBe(0);
        assertSound(pb, r.placements);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves less idle time than first fit on a crowded fair, within the time budget', () => {
    // 300 participants, 1,500 meetings, 2 days × 16 slots × 40 tables (issue 19's figure).
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const g = grid(16);
    const pairs = new Set<string>();
    const meetings: { a: number; b: number }[] = [];
    while (meetings.length < 1500) {
      const a = Math.floor(rnd() * 150);
      const b = 150 + Math.floor(rnd() * 150);
      if (pairs.has(`${a}-${b}`)) continue;
      pairs.add(`${a}-${b}`);
      meetings.push({ a, b });
    }
    const pb: ScheduleProblem = {
      ...g,
      tableCount: 40,
      participantCount: 300,
      meetings,
      unavailable: Array.from({ length: 300 }, () => (rnd() < 0.2 ? [Math.floor(rnd() * 32)] : [])),
    };
    const started = Date.now();
    const smart = scheduleAll(pb);
    const took = Date.now() - started;
    const naive = firstFitSchedule(pb);
    assertSound(pb, smart.placements);
    expect(took).toBeLessThan(5000);
    expect(smart.placed).toBeGreaterThanOrEqual(naive.placed);
    expect(smart.idleMinutes).toBeLessThan(naive.idleMinutes);
  });
});
