import { isTimeZone } from '@niaz/core';
import { quietUntil } from './quiet-hours';

describe('quiet hours', () => {
  const tehran = { start: '22:00', end: '07:00', timeZone: 'Asia/Tehran' };

  it('is quiet late at night in the user’s own zone and says when it ends', () => {
    // 20:00 UTC is 23:30 in Tehran (UTC+03:30): quiet until 07:00 local = 03:30 UTC.
    const now = new Date('2026-11-23T20:00:00Z');
    expect(quietUntil(tehran, now)?.toISOString()).toBe('2026-11-24T03:30:00.000Z');
  });

  it('is quiet after midnight too, and not during the day', () => {
    expect(quietUntil(tehran, new Date('2026-11-23T01:10:30Z'))?.toISOString()).toBe(
      '2026-11-23T03:30:00.000Z',
    );
    expect(quietUntil(tehran, new Date('2026-11-23T10:00:00Z'))).toBeNull();
  });

  it('treats the end as exclusive and a same-day window without wrapping', () => {
    const lunch = { start: '12:00', end: '13:00', timeZone: 'Europe/Istanbul' };
    // Istanbul is UTC+3.
    expect(quietUntil(lunch, new Date('2026-06-01T09:30:00Z'))?.toISOString()).toBe(
      '2026-06-01T10:00:00.000Z',
    );
    expect(quietUntil(lunch, new Date('2026-06-01T10:00:00Z'))).toBeNull();
    expect(quietUntil(lunch, new Date('2026-06-01T08:59:00Z'))).toBeNull();
  });

  it('ignores missing or broken settings', () => {
    expect(quietUntil(null, new Date())).toBeNull();
    expect(quietUntil({ start: '22:00', end: '22:00', timeZone: 'UTC' }, new Date())).toBeNull();
    expect(quietUntil({ start: '25:00', end: '07:00', timeZone: 'UTC' }, new Date())).toBeNull();
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Asia/Tehran')).toBe(true);
    expect(isTimeZone('Europe/Istanbul')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
