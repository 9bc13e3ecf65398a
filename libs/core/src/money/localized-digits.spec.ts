import { asciiDigits } from './localized-digits';

describe('asciiDigits', () => {
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(asciiDigits('۱۲۳۴۵۶۷۸۹۰')).toBe('1234567890');
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('۱۲٫۵')).toBe('12.5');
    expect(asciiDigits('abc 42')).toBe('abc 42');
  });
});
