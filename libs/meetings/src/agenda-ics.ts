/** One meeting of an agenda, as a calendar event. */
export interface AgendaEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  location: string;
  description: string;
  url: string | null;
  updatedAt: number;
}

const CRLF = '\r\n';

/** RFC 5545 §3.3.11 TEXT escaping. */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Minutes east of UTC of `timeZone` at `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function localStamp(ms: number, timeZone: string): string {
  return utcStamp(ms + offsetMinutes(ms, timeZone) * 60_000).slice(0, -1);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * A VTIMEZONE that is right for every instant of the calendar: the offset of the first event,
 * and an onset at each change between events (found to the minute), so zones with summer
 * time come out right too.
 */
function vtimezone(timeZone: string, instants: number[]): string[] {
  const sorted = [...instants].sort((a, b) => a - b);
  const first = sorted[0] ?? Date.now();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  let prevOffset = offsetMinutes(first, timeZone);
  lines.push(
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offsetText(prevOffset)}`,
    `TZOFFSETTO:${offsetText(prevOffset)}`,
    'END:STANDARD',
  );
  for (let i = 1; i < sorted.length; i++) {
    const offset = offsetMinutes(sorted[i], timeZone);
    if (offset === prevOffset) continue;
    let lo = sorted[i - 1];
    let hi = sorted[i];
    while (hi - lo > 60_000) {
      const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
      if (mid <= lo) break;
      if (offsetMinutes(mid, timeZone) === prevOffset) lo = mid;
      else hi = mid;
    }
    lines.push(
      offset > prevOffset ? 'BEGIN:DAYLIGHT' : 'BEGIN:STANDARD',
      `DTSTART:${utcStamp(hi + prevOffset * 60_000).slice(0, -1)}`,
      `TZOFFSETFROM:${offsetText(prevOffset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      offset > prevOffset ? 'END:DAYLIGHT' : 'END:STANDARD',
    );
    prevOffset = offset;
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** An RFC 5545 calendar of the events, in the exhibition's time zone, with reminders an hour and 15 minutes before. */
export function agendaIcs(calendarName: string, timeZone: string, events: AgendaEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Niaz//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(calendarName)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone(
      timeZone,
      events.flatMap((e) => [e.start, e.end]),
    ),
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.updatedAt)}`,
      `DTSTART;TZID=${timeZone}:${localStamp(e.start, timeZone)}`,
      `DTEND;TZID=${timeZone}:${localStamp(e.end, timeZone)}`,
      `SUMMARY:${text(e.summary)}`,
      `LOCATION:${text(e.location)}`,
      ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      ...[60, 15].flatMap((minutes) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${text(e.summary)}`,
        `TRIGGER:-PT${minutes}M`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
