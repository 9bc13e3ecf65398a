import { isTimeZone } from '@niaz/core';
import type { QuietHours } from '../notification-preference.entity';

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes since local midnight (and the seconds past that minute) of `now` in `timeZone`. */
function localClock(now: Date, timeZone: string): { minutes: number; seconds: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { minutes: get('hour') * 60 + get('minute'), seconds: get('second') };
}

/**
 * When the quiet period that contains `now` ends, or null when `now` is not quiet. The
 * period runs from `start` (inclusive) to `end` (exclusive) in the user's zone and may wrap
 * past midnight (22:00–07:00).
 */
export function quietUntil(quiet: QuietHours | null | undefined, now: Date): Date | null {
  if (!quiet || !TIME_OF_DAY.test(quiet.start) || !TIME_OF_DAY.test(quiet.end)) return null;
  if (!isTimeZone(quiet.timeZone)) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const { minutes, seconds } = localClock(now, quiet.timeZone);
  const inside =
    start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const wait = (end - minutes + 1440) % 1440;
  const until = new Date(now.getTime() + wait * 60_000 - seconds * 1000 - now.getMilliseconds());
  return until;
}
