import { parseLocalizedNumber } from './localized-number.parser';

describe('parseLocalizedNumber', () => {
  it.each([
    ['350', '350'],
    ['۳۵۰', '350'],
    ['٣٥٠', '350'],
    ['۶2٠۴', '6204'],
    ['۲٫۵', '2.5'],
    ['٢٫٥', '2.5'],
    ['۱۲٬۵۰۰', '12500'],
    ['۱۲٬۵۰۰٫۷۵', '12500.75'],
    ['۱٬۲۵۰٬۰۰۰', '1250000'],
    ['۱۲،۵۰۰', '12500'],
    ['۳،۵', '3.5'],
    ['۲/۵', '2.5'],
    ['12,500', '12500'],
    ['1,250,000', '1250000'],
    ['1,234.5', '1234.5'],
    ['1.234,5', '1234.5'],
    ['1.250.000', '1250000'],
    ['3,5', '3.5'],
    ['3.5', '3.5'],
    ['12 500', '12500'],
    ['12\u00a0500', '12500'],
    ['1\u202f250\u202f000٫5', '1250000.5'],
    ['  ۴۲  ', '42'],
    ['-۵', '-5'],
    ['−12.5', '-12.5'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['\u200f۳۵۰\u200e', '350'],
  ])('%s → %s', (input, expected) => {
    expect(parseLocalizedNumber(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['۳۵۰ تن'],
    ['12a'],
    ['1/2'],
    ['1.2.3,4,5'],
    ['12,34,567'],
    ['1,2345,678'],
    ['۱٫۲٫۳'],
    ['.'],
    ['--5'],
    ['1,234.5.6'],
  ])('refuses %j', (input) => {
    expect(parseLocalizedNumber(input)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parseLocalizedNumber(undefined as unknown as string)).toBeNull();
    expect(parseLocalizedNumber(42 as unknown as string)).toBeNull();
  });

  it('returns only ASCII digits, at most one point and a leading minus', () => {
    for (const input of ['۱۲٬۵۰۰٫۷۵', '٣٥٠', '۲/۵', '1.234,5', '-۵']) {
      expect(parseLocalizedNumber(input)).toMatch(/^-?[0-9]+(\.[0-9]+)?$/);
    }
  });
});
