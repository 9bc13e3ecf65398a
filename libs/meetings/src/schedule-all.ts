/**
 * "Schedule all": gives accepted meetings a slot and a table. Pure and index based, so that
 * property tests and the bench drive it without a database.
 */
export interface ScheduleProblem {
  /** Slot start and end instants (ms), in time order. */
  slotStarts: number[];
  slotEnds: number[];
  /** The local day of each slot; idle time is counted within a day only. */
  slotDays: number[];
  tableCount: number;
  /** Participants 0..participantCount-1. */
  participantCount: number;
  meetings: ScheduleMeeting[];
  /** Per participant, the slot indexes they marked unavailable. */
  unavailable: number[][];
}

export interface ScheduleMeeting {
  a: number;
  b: number;
  /** A locked meeting stays where it is. */
  locked?: { slot: number; table: number };
}

export interface Placement {
  slot: number;
  table: number;
}

export interface ScheduleResult {
  /** Per meeting (same order as the input), where it goes, or null when it found no place. */
  placements: (Placement | null)[];
  placed: number;
  unplaced: number;
  /** Minutes each participant waits between meetings on the same day, summed. */
  idleMinutes: number;
}

const FREE = -1;

class Board {
  /** busy[p * S + s]: the meeting participant p attends in slot s, or FREE. */
  readonly busy: Int32Array;
  /** table[s * T + t]: the meeting at table t in slot s, or FREE. */
  readonly table: Int32Array;
  readonly blocked: Uint8Array;
  readonly tablesFree: Int32Array;
  readonly placements: (Placement | null)[];
  readonly dayFirst: Int32Array;
  readonly dayLast: Int32Array;

  constructor(readonly pb: ScheduleProblem) {
    const S = pb.slotStarts.length;
    this.busy = new Int32Array(pb.participantCount * S).fill(FREE);
    this.table = new Int32Array(S * pb.tableCount).fill(FREE);
    this.blocked = new Uint8Array(pb.participantCount * S);
    this.tablesFree = new Int32Array(S).fill(pb.tableCount);
    this.placements = pb.meetings.map(() => null);
    pb.unavailable.forEach((slots, p) => {
      for (const s of slots) if (s >= 0 && s < S) this.blocked[p * S + s] = 1;
    });
    // The slot range of each slot's day, to count idle time within it.
    this.dayFirst = new Int32Array(S);
    this.dayLast = new Int32Array(S);
    let first = 0;
    for (let s = 0; s < S; s++) {
      if (s > 0 && pb.slotDays[s] !== pb.slotDays[s - 1]) first = s;
      this.dayFirst[s] = first;
    }
    let last = S - 1;
    for (let s = S - 1; s >= 0; s--) {
      if (s < S - 1 && pb.slotDays[s] !== pb.slotDays[s + 1]) last = s;
      this.dayLast[s] = last;
    }
  }

  get S() {
    return this.pb.slotStarts.length;
  }

  /** Whether meeting m (of a and b) could sit in slot s, and at which table. */
  freeTable(m: number, s: number): number {
    const { a, b } = this.pb.meetings[m];
    const S = this.S;
    if (this.blocked[a * S + s] || this.blocked[b * S + s]) return FREE;
    if (this.busy[a * S + s] !== FREE || this.busy[b * S + s] !== FREE) return FREE;
    if (this.tablesFree[s] === 0) return FREE;
    const T = this.pb.tableCount;
    for (let t = 0; t < T; t++) if (this.table[s * T + t] === FREE) return t;
    return FREE;
  }

  place(m: number, s: number, t: number) {
    const { a, b } = this.pb.meetings[m];
    const S = this.S;
    this.busy[a * S + s] = m;
    this.busy[b * S + s] = m;
    this.table[s * this.pb.tableCount + t] = m;
    this.tablesFree[s]--;
    this.placements[m] = { slot: s, table: t };
  }

  remove(m: number) {
    const p = this.placements[m];
    if (!p) return;
    const { a, b } = this.pb.meetings[m];
    const S = this.S;
    this.busy[a * S + p.slot] = FREE;
    this.busy[b * S + p.slot] = FREE;
    this.table[p.slot * this.pb.tableCount + p.table] = FREE;
    this.tablesFree[p.slot]++;
    this.placements[m] = null;
  }

  /** Idle minutes of participant p on the day of slot s. */
  dayIdle(p: number, s: number): number {
    const S = this.S;
    const base = p * S;
    let first = -1;
    let last = -1;
    let busyMs = 0;
    for (let k = this.dayFirst[s]; k <= this.dayLast[s]; k++) {
      if (this.busy[base + k] !== FREE) {
        if (first < 0) first = k;
        last = k;
        busyMs += this.pb.slotEnds[k] - this.pb.slotStarts[k];
      }
    }
    if (first < 0) return 0;
    return (this.pb.slotEnds[last] - this.pb.slotStarts[first] - busyMs) / 60_000;
  }

  /** How much idle time putting meeting m in slot s would add for its two participants. */
  cost(m: number, s: number): number {
    const { a, b } = this.pb.meetings[m];
    const S = this.S;
    const before = this.dayIdle(a, s) + this.dayIdle(b, s);
    this.busy[a * S + s] = m;
    this.busy[b * S + s] = m;
    const after = this.dayIdle(a, s) + this.dayIdle(b, s);
    this.busy[a * S + s] = FREE;
    this.busy[b * S + s] = FREE;
    return after - before;
  }

  /** The cheapest slot for m (earliest among equals), or null. */
  bestSlot(m: number): Placement | null {
    let best: Placement | null = null;
    let bestCost = Infinity;
    for (let s = 0; s < this.S; s++) {
      const t = this.freeTable(m, s);
      if (t === FREE) continue;
      const c = this.cost(m, s);
      if (c < bestCost) {
        bestCost = c;
        best = { slot: s, table: t };
        if (c === 0) break;
      }
    }
    return best;
  }
}

/** Total idle minutes of every participant (within each day) for the given placements. */
export function totalIdleMinutes(pb: ScheduleProblem, placements: (Placement | null)[]): number {
  const perParticipant = new Map<number, number[]>();
  placements.forEach((p, m) => {
    if (!p) return;
    const { a, b } = pb.meetings[m];
    for (const who of [a, b]) {
      const list = perParticipant.get(who) ?? [];
      list.push(p.slot);
      perParticipant.set(who, list);
    }
  });
  let idle = 0;
  for (const slots of perParticipant.values()) {
    slots.sort((x, y) => x - y);
    for (let k = 1; k < slots.length; k++) {
      const prev = slots[k - 1];
      const cur = slots[k];
      if (pb.slotDays[prev] !== pb.slotDays[cur]) continue;
      idle += (pb.slotStarts[cur] - pb.slotEnds[prev]) / 60_000;
    }
  }
  return idle;
}

function result(pb: ScheduleProblem, placements: (Placement | null)[]): ScheduleResult {
  const placed = placements.filter(Boolean).length;
  return {
    placements,
    placed,
    unplaced: placements.length - placed,
    idleMinutes: totalIdleMinutes(pb, placements),
  };
}

/**
 * Places locked meetings first. A lock that clashes with another, with unavailability or with
 * the grid is not honoured: that meeting is scheduled like the others.
 */
function placeLocks(board: Board, pb: ScheduleProblem) {
  pb.meetings.forEach((m, i) => {
    if (!m.locked) return;
    const { slot, table } = m.locked;
    const S = board.S;
    if (slot < 0 || slot >= S || table < 0 || table >= pb.tableCount) return;
    if (board.busy[m.a * S + slot] !== FREE || board.busy[m.b * S + slot] !== FREE) return;
    if (board.blocked[m.a * S + slot] || board.blocked[m.b * S + slot]) return;
    if (board.table[slot * pb.tableCount + table] !== FREE) return;
    board.place(i, slot, table);
  });
}

/**
 * The naive baseline: meetings in the order given, each in the first slot and table where both
 * sides are free. The bench prints it beside `scheduleAll`.
 */
export function firstFitSchedule(pb: ScheduleProblem): ScheduleResult {
  const board = new Board(pb);
  placeLocks(board, pb);
  pb.meetings.forEach((m, i) => {
    if (board.placements[i]) return;
    for (let s = 0; s < board.S; s++) {
      const t = board.freeTable(i, s);
      if (t !== FREE) {
        board.place(i, s, t);
        return;
      }
    }
  });
  return result(pb, board.placements);
}

/**
 * Locked meetings stay; the others are placed busiest participants first, each in the slot
 * that adds the least idle time to its two sides; an unplaced meeting then tries to make room
 * by moving one of its sides' meetings elsewhere; last, a few passes move each meeting to a
 * cheaper slot while one exists. Never double-books a participant or a table, never uses an
 * unavailable slot.
 */
export function scheduleAll(
  pb: ScheduleProblem,
  options: { passes?: number } = {},
): ScheduleResult {
  const board = new Board(pb);
  placeLocks(board, pb);
  const degree = new Int32Array(pb.participantCount);
  for (const m of pb.meetings) {
    degree[m.a]++;
    degree[m.b]++;
  }
  const freeSlots = (p: number) => {
    let n = 0;
    for (let s = 0; s < board.S; s++) if (!board.blocked[p * board.S + s]) n++;
    return n;
  };
  const slack = Array.from({ length: pb.participantCount }, (_, p) => freeSlots(p) - degree[p]);
  const order = pb.meetings
    .map((m, i) => i)
    .filter((i) => !board.placements[i])
    .sort((x, y) => {
      const mx = pb.meetings[x];
      const my = pb.meetings[y];
      return (
        Math.min(slack[mx.a], slack[mx.b]) - Math.min(slack[my.a], slack[my.b]) ||
        Math.max(degree[my.a], degree[my.b]) - Math.max(degree[mx.a], degree[mx.b]) ||
        x - y
      );
    });
  const unplaced: number[] = [];
  for (const m of order) {
    const best = board.bestSlot(m);
    if (best) board.place(m, best.slot, best.table);
    else unplaced.push(m);
  }
  for (const m of unplaced) makeRoom(board, m);
  const passes = options.passes ?? 3;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let m = 0; m < pb.meetings.length; m++) {
      const at = board.placements[m];
      if (!at || pb.meetings[m].locked) continue;
      board.remove(m);
      const stay = board.cost(m, at.slot);
      const best = board.bestSlot(m);
      if (best && board.cost(m, best.slot) < stay) {
        board.place(m, best.slot, best.table);
        moved = true;
      } else board.place(m, at.slot, at.table);
    }
    if (!moved) break;
  }
  return result(pb, board.placements);
}

/**
 * For an unplaced meeting m: find a slot both sides may use where the only obstacle is one
 * unlocked meeting (of either side, or a full table) that fits elsewhere; move it and take
 * the slot.
 */
function makeRoom(board: Board, m: number) {
  const pb = board.pb;
  const { a, b } = pb.meetings[m];
  const S = board.S;
  for (let s = 0; s < S; s++) {
    if (board.blocked[a * S + s] || board.blocked[b * S + s]) continue;
    const ma = board.busy[a * S + s];
    const mb = board.busy[b * S + s];
    if (ma !== FREE && mb !== FREE) continue;
    let blocker = ma !== FREE ? ma : mb;
    if (blocker === FREE) {
      if (board.tablesFree[s] > 0) {
        board.place(m, s, board.freeTable(m, s));
        return;
      }
      // A full slot: move any one unlocked meeting out of it.
      for (let t = 0; t < pb.tableCount && blocker === FREE; t++) {
        const other = board.table[s * pb.tableCount + t];
        if (!pb.meetings[other].locked) blocker = other;
      }
      if (blocker === FREE) continue;
    }
    if (pb.meetings[blocker].locked) continue;
    const at = board.placements[blocker]!;
    board.remove(blocker);
    // The blocker must go to another slot; hide this one while looking.
    const t = board.freeTable(m, s);
    if (t === FREE) {
      board.place(blocker, at.slot, at.table);
      continue;
    }
    board.place(m, s, t);
    const elsewhere = board.bestSlot(blocker);
    if (elsewhere) {
      board.place(blocker, elsewhere.slot, elsewhere.table);
      return;
    }
    board.remove(m);
    board.place(blocker, at.slot, at.table);
  }
}
