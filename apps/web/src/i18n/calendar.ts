import {
  CalendarDate,
  GregorianCalendar,
  PersianCalendar,
  toCalendar,
} from '@internationalized/date';

/** A day in the user's calendar: Solar Hijri (Jalali) for Persian, Gregorian otherwise. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const persian = new PersianCalendar();
const gregorian = new GregorianCalendar();

export function gregorianToJalali(d: DayParts): DayParts {
  const j = toCalendar(new CalendarDate(d.year, d.month, d.day), persian);
  return { year: j.year, month: j.month, day: j.day };
}

export function jalaliToGregorian(d: DayParts): DayParts {
  const g = toCalendar(new CalendarDate(persian, d.year, d.month, d.day), gregorian);
  return { year: g.year, month: g.month, day: g.day };
}

export function daysInJalaliMonth(year: number, month: number): number {
  return persian.getDaysInMonth(new CalendarDate(persian, year, month, 1));
}

export function daysInGregorianMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Local date and time of an instant, as the deadline inputs show them. */
export function localParts(date: Date): DayParts & { time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** The instant of a local Gregorian day and `HH:MM`, or null when incomplete. */
export function fromLocalParts(d: DayParts, time: string): Date | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const date = new Date(d.year, d.month - 1, d.day, Number(m[1]), Number(m[2]), 0, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Date and time of an instant as the clock in `timeZone` shows it (the browser's when absent). */
export function zonedParts(date: Date, timeZone?: string): DayParts & { time: string } {
  if (!timeZone) return localParts(date);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  ) as Record<string, string>;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    time: `${p.hour}:${p.minute}`,
  };
}

/**
 * The instant when the clock in `timeZone` shows that Gregorian day and `HH:MM`, or null when
 * incomplete. Two passes settle a day on which the zone's offset changes.
 */
export function fromZonedParts(d: DayParts, time: string, timeZone?: string): Date | null {
  if (!timeZone) return fromLocalParts(d, time);
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const wall = Date.UTC(d.year, d.month - 1, d.day, Number(m[1]), Number(m[2]));
  if (Number.isNaN(wall)) return null;
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(guess), timeZone);
    const [h, min] = p.time.split(':').map(Number);
    const shown = Date.UTC(p.year, p.month - 1, p.day, h, min);
    guess += wall - shown;
  }
  return new Date(guess);
}
