import { fromZonedParts, zonedParts } from '../../apps/web/src/i18n/calendar';
import { needText } from '../../apps/web/src/components/need-text';
import {
  formatDeadlineShort,
  formatInZones,
  timeZoneChoices,
} from '../../apps/web/src/i18n/format';

describe("deadlines in the need's zone and the reader's", () => {
  const iso = '2026-12-31T13:30:00.000Z'; // 17:00 in Tehran, 16:30 in Istanbul

  it("shows the need's zone first, then the reader's when the clock differs, each named", () => {
    const [own, reader] = formatInZones(iso, 'Asia/Tehran', 'Europe/Istanbul', 'en');
    expect(own).toMatchObject({ timeZone: 'Asia/Tehran' });
    expect(own.text).toContain('17:00');
    expect(own.zoneName).toMatch(/Iran/);
    expect(reader).toMatchObject({ timeZone: 'Europe/Istanbul' });
    expect(reader.text).toContain('16:30');
  });

  it('shows one time when both zones agree, in Persian digits on Persian pages', () => {
    const zones = formatInZones(iso, 'Asia/Tehran', 'Asia/Tehran', 'fa');
    expect(zones).toHaveLength(1);
    expect(zones[0].text).toContain('۱۷:۰۰');
    expect(zones[0].text).not.toMatch(/[0-9]/);
  });

  it("falls back to the reader's zone for a need without one, and to nothing without a date", () => {
    expect(formatInZones(iso, null, 'UTC', 'tr')).toEqual([
      expect.objectContaining({ timeZone: 'UTC' }),
    ]);
    expect(formatInZones(null, 'Asia/Tehran', 'UTC', 'en')).toEqual([]);
  });
});

describe("the need form's clock is the need's zone", () => {
  it("reads and writes the deadline on the chosen zone's wall clock", () => {
    const at = new Date('2026-12-31T13:30:00.000Z');
    expect(zonedParts(at, 'Asia/Tehran')).toEqual({
      year: 2026,
      month: 12,
      day: 31,
      time: '17:00',
    });
    expect(zonedParts(at, 'Europe/Istanbul')).toMatchObject({ time: '16:30' });
    expect(fromZonedParts({ year: 2026, month: 12, day: 31 }, '17:00', 'Asia/Tehran')).toEqual(at);
    expect(fromZonedParts({ year: 2027, month: 1, day: 1 }, '00:15', 'Europe/Istanbul')).toEqual(
      new Date('2026-12-31T21:15:00.000Z'),
    );
    expect(fromZonedParts({ year: 2026, month: 12, day: 31 }, '17', 'Asia/Tehran')).toBeNull();
  });

  it('settles a day when the clock changes (Berlin, last Sunday of March)', () => {
    const d = fromZonedParts({ year: 2027, month: 3, day: 28 }, '17:00', 'Europe/Berlin');
    expect(d?.toISOString()).toBe('2027-03-28T15:00:00.000Z');
  });

  it('offers Tehran and Istanbul first, then every other zone once', () => {
    const { first, rest } = timeZoneChoices('America/Toronto');
    expect(first.slice(0, 2)).toEqual(['Asia/Tehran', 'Europe/Istanbul']);
    expect(first).toContain('America/Toronto');
    expect(rest).toContain('Asia/Tokyo');
    expect(rest.filter((z) => first.includes(z))).toEqual([]);
  });

  it("labels a list row's deadline with the need's zone in the reader's language", () => {
    const iso = '2026-12-31T13:30:00.000Z';
    expect(formatDeadlineShort(iso, 'Asia/Tehran', 'en')).toMatch(/17:00.*\(Iran Time\)/);
    expect(formatDeadlineShort(iso, 'Europe/Istanbul', 'tr')).toMatch(/16:30.*\(TSİ\)/);
    expect(formatDeadlineShort(iso, 'Asia/Tehran', 'fa')).toMatch(/۱۷:۰۰.*وقت ایران/);
    expect(formatDeadlineShort(null, 'Asia/Tehran', 'en')).toBe('');
  });
});

describe("a need's title in the reader's language", () => {
  const need = {
    title: 'بلبرینگ ۶۲۰۴ برای موتور الکتریکی',
    description: 'سالانه ۵۰۰۰ عدد',
    language: 'fa',
    translations: { tr: { title: 'Elektrik motoru için 6204 rulman' }, en: {} },
  };

  it("gives the owner's translation, marked with the original language", () => {
    expect(needText(need, 'tr')).toEqual({
      title: 'Elektrik motoru için 6204 rulman',
      description: 'سالانه ۵۰۰۰ عدد',
      translatedFrom: 'fa',
    });
  });

  it('falls back to the original, unmarked, when there is none (or it is the original)', () => {
    expect(needText(need, 'en')).toMatchObject({ title: need.title, translatedFrom: null });
    expect(needText(need, 'fa')).toMatchObject({ title: need.title, translatedFrom: null });
    expect(needText({ title: 'x' }, 'tr')).toEqual({
      title: 'x',
      description: '',
      translatedFrom: null,
    });
  });
});

describe('part numbers in a Persian title on any page', () => {
  it('isolates them left to right, in Persian text only', () => {
    expect(needText({ title: 'بلبرینگ ۶۲۰۴-2RS', language: 'fa' }, 'tr').title).toBe(
      'بلبرینگ \u2066۶۲۰۴-2RS\u2069',
    );
    expect(needText({ title: 'Rulman 6204-2RS', language: 'tr' }, 'fa').title).toBe(
      'Rulman 6204-2RS',
    );
  });
});
