import { columnLetter, columnOf, deadlineOf, payloadOf } from './need-columns';

describe('needs template columns', () => {
  it('knows headers in English, Persian and Turkish, whatever the case and spacing', () => {
    expect(columnOf('hsCodes')).toBe('hsCodes');
    expect(columnOf('HSCODES')).toBe('hsCodes');
    expect(columnOf('کد HS')).toBe('hsCodes');
    expect(columnOf('GTİP')).toBe('hsCodes');
    expect(columnOf('Teklif son tarihi')).toBe('bidDeadline');
    expect(columnOf('مهلت پیشنهاد')).toBe('bidDeadline');
    expect(columnOf('BID_DEADLINE')).toBe('bidDeadline');
    expect(columnOf('colour')).toBeUndefined();
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });

  it('reads a date alone as 23:59 in the zone, a wall-clock time in it, ISO as it is', () => {
    expect(deadlineOf('2027-01-31', 'Asia/Tehran')).toBe('2027-01-31T20:29:00Z');
    expect(deadlineOf('۲۰۲۷/۰۱/۳۱', 'Asia/Tehran')).toBe('2027-01-31T20:29:00Z');
    expect(deadlineOf('2027-07-01 12:00', 'Europe/Istanbul')).toBe('2027-07-01T09:00:00Z');
    expect(deadlineOf('2027-01-31T10:00:00Z', 'Asia/Tehran')).toBe('2027-01-31T10:00:00Z');
    expect(deadlineOf('next week', 'UTC')).toBe('next week');
  });

  it('builds the POST /needs payload: digits, grouped numbers, HS codes, money, yes/no', () => {
    const p = payloadOf({
      title: ' بلبرینگ ',
      hsCodes: '۸۴۸۲.۱۰ | 8483,8484',
      quantityPerYear: '۱۲٬۵۰۰',
      annualImportValue: '1.250.000,50',
      currency: 'eur',
      country: 'ir',
      bidDeadline: '2027-01-31',
      ndaRequired: 'Hayır',
    });
    expect(p).toMatchObject({
      title: 'بلبرینگ',
      hsCodes: ['848210', '8483', '8484'],
      quantityPerYear: 12500,
      annualImportValue: { amount: '1250000.50', currency: 'EUR' },
      country: 'IR',
      bidDeadline: '2027-01-31T20:29:00Z',
      ndaRequired: false,
    });
    // What cannot be read stays as written, for validation to name.
    expect(payloadOf({ quantityPerYear: 'lots', annualImportValue: '12,5,0' })).toMatchObject({
      quantityPerYear: 'lots',
      annualImportValue: { amount: '12,5,0' },
    });
  });
});
