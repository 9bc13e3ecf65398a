import { formatMoneyNamed } from '../../apps/web/src/i18n/format';

describe('amounts with their currency named in the reader’s language', () => {
  it('words IRR, EUR and TRY in fa, tr and en, from the decimal string', () => {
    expect(formatMoneyNamed({ amount: '5000000000', currency: 'IRR' }, 'fa')).toBe(
      '۵٬۰۰۰٬۰۰۰٬۰۰۰ ریال ایران',
    );
    expect(formatMoneyNamed({ amount: '5000000000.0000', currency: 'IRR' }, 'tr')).toBe(
      '5.000.000.000 İran riyali',
    );
    expect(formatMoneyNamed({ amount: '2450000.5000', currency: 'EUR' }, 'en')).toBe(
      '2,450,000.50 Euro',
    );
    expect(formatMoneyNamed({ amount: '3.95', currency: 'TRY' }, 'tr')).toBe('3,95 Türk lirası');
    expect(formatMoneyNamed(null, 'en')).toBe('');
  });
});
