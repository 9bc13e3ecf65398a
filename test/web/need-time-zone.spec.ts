import { formatInZones } from '../../apps/web/src/i18n/format';

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
