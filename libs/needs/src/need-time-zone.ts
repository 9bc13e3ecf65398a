import { type FieldError, isTimeZone } from '@niaz/core';

/** The 400 for a `timeZone` that is no IANA zone, naming the field; none when it is fine. */
export function timeZoneErrors(timeZone: string | undefined, field = 'timeZone'): FieldError[] {
  if (timeZone === undefined || isTimeZone(timeZone)) return [];
  return [{ field, code: 'time-zone', message: `${field} is not an IANA time zone` }];
}
