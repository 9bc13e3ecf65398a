import type { FieldError } from '@niaz/core';

/** Whether `timeZone` is an IANA zone this runtime knows (`Asia/Tehran`, `Europe/Istanbul`). */
export function isTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The time zone of a need posted in `country` that names none: Tehran, Istanbul, else UTC. */
export function needTimeZoneOf(country: string): string {
  switch (country.toUpperCase()) {
    case 'IR':
      return 'Asia/Tehran';
    case 'TR':
      return 'Europe/Istanbul';
    default:
      return 'UTC';
  }
}

/** The 400 for a `timeZone` that is no IANA zone, naming the field; none when it is fine. */
export function timeZoneErrors(timeZone: string | undefined, field = 'timeZone'): FieldError[] {
  if (timeZone === undefined || isTimeZone(timeZone)) return [];
  return [{ field, code: 'time-zone', message: `${field} is not an IANA time zone` }];
}
