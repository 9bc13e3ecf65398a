/** A period of the fair in which meetings are held, or a break inside one (UTC instants). */
export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/** One meeting slot: its start and end, and the local day (in the exhibition's time zone) it falls on. */
export interface Slot {
  start: number;
  end: number;
  day: string;
}

/** A grid problem, named by the settings field it comes from (`blocks[1].endsAt`). */
export interface GridError {
  field: string;
  code:
    | 'blocks-overlap'
    | 'slot-length-does-not-divide-block'
    | 'block-ends-before-start'
    | 'break-outside-blocks'
    | 'break-ends-before-start';
  message: string;
}

const MINUTE = 60_000;

/** The calendar day of `ms` in `timeZone`, as `YYYY-MM-DD`. */
export function localDay(ms: number, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

/** What is wrong with the blocks and breaks, each error naming its field; empty when the grid is sound. */
export function gridErrors(blocks: TimeRange[], slotMinutes: number, breaks: TimeRange[] = []) {
  const errors: GridError[] = [];
  const slotMs = slotMinutes * MINUTE;
  blocks.forEach((b, i) => {
    const length = b.endsAt.getTime() - b.startsAt.getTime();
    if (length <= 0) {
      errors.push({
        field: `blocks[${i}].endsAt`,
        code: 'block-ends-before-start',
        message: `blocks[${i}].endsAt must be after its startsAt`,
      });
    } else if (length % slotMs !== 0) {
      errors.push({
        field: `blocks[${i}].endsAt`,
        code: 'slot-length-does-not-divide-block',
        message: `blocks[${i}] lasts ${length / MINUTE} minutes, not a whole number of ${slotMinutes}-minute slots`,
      });
    }
  });
  const order = blocks.map((b, i) => ({ b, i })).sort((x, y) => +x.b.startsAt - +y.b.startsAt);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (cur.b.startsAt.getTime() < prev.b.endsAt.getTime()) {
      errors.push({
        field: `blocks[${cur.i}].startsAt`,
        code: 'blocks-overlap',
        message: `blocks[${cur.i}] overlaps blocks[${prev.i}]`,
      });
    }
  }
  breaks.forEach((br, i) => {
    if (br.endsAt.getTime() <= br.startsAt.getTime()) {
      errors.push({
        field: `breaks[${i}].endsAt`,
        code: 'break-ends-before-start',
        message: `breaks[${i}].endsAt must be after its startsAt`,
      });
    } else if (!blocks.some((b) => b.startsAt <= br.startsAt && br.endsAt <= b.endsAt)) {
      errors.push({
        field: `breaks[${i}].startsAt`,
        code: 'break-outside-blocks',
        message: `breaks[${i}] does not lie inside a block`,
      });
    }
  });
  return errors;
}

/**
 * The slots of a sound grid, in time order: each block cut into `slotMinutes` pieces, less
 * the slots a break touches.
 */
export function slotsOf(
  blocks: TimeRange[],
  slotMinutes: number,
  timeZone: string,
  breaks: TimeRange[] = [],
): Slot[] {
  const slotMs = slotMinutes * MINUTE;
  const slots: Slot[] = [];
  for (const b of [...blocks].sort((x, y) => +x.startsAt - +y.startsAt)) {
    for (let t = b.startsAt.getTime(); t + slotMs <= b.endsAt.getTime(); t += slotMs) {
      const end = t + slotMs;
      if (breaks.some((br) => br.startsAt.getTime() < end && t < br.endsAt.getTime())) continue;
      slots.push({ start: t, end, day: localDay(t, timeZone) });
    }
  }
  return slots;
}
