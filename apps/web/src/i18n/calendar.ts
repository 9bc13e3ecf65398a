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
