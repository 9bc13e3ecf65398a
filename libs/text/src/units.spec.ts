import { currencyName, unitName } from './units';

describe('units and currencies in the reader’s language', () => {
  it('reads a unit typed in any language back in the reader’s word', () => {
    expect(['piece', 'PCS', 'adet', 'عدد'].map((u) => unitName(u, 'fa'))).toEqual([
      'عدد',
      'عدد',
      'عدد',
      'عدد',
    ]);
    expect(unitName('piece', 'tr')).toBe('adet');
    expect(unitName('عدد', 'en')).toBe('pieces');
    expect(unitName('Kg', 'fa')).toBe('کیلوگرم');
    expect(unitName('m²', 'tr')).toBe('metrekare');
    expect(unitName('متر مربع', 'en')).toBe('square metres');
    expect(unitName('TON', 'en')).toBe('tonnes');
  });

  it('keeps a unit it does not know as written, and nothing as nothing', () => {
    expect(unitName('bobin 50 m', 'fa')).toBe('bobin 50 m');
    expect(unitName(null, 'en')).toBe('');
  });

  it('names currencies in fa, tr and en', () => {
    expect(currencyName('IRR', 'fa')).toBe('ریال ایران');
    expect(currencyName('IRR', 'tr')).toBe('İran riyali');
    expect(currencyName('irr', 'en')).toBe('Iranian Rial');
    expect(currencyName('EUR', 'fa')).toBe('یورو');
    expect(currencyName('TRY', 'tr')).toBe('Türk lirası');
    expect(currencyName('XX1', 'en')).toBe('XX1');
  });
});
