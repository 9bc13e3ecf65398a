import { editableNumber, parseLocalNumber } from '../../apps/web/src/i18n/numbers';

describe('numbers as people type them (web)', () => {
  const ok = (s: string, lang: 'fa' | 'tr' | 'en') => parseLocalNumber(s, lang);

  it('reads each language its own way', () => {
    expect(ok('3,95', 'tr')).toMatchObject({ ok: true, value: '3.95' });
    expect(ok('3.950,5', 'tr')).toMatchObject({ ok: true, value: '3950.5' });
    expect(ok('۳٫۹۵', 'fa')).toMatchObject({ ok: true, value: '3.95' });
    expect(ok('٣٫٩٥', 'fa')).toMatchObject({ ok: true, value: '3.95' });
    expect(ok('۱٬۲۳۴٬۵۶۷', 'fa')).toMatchObject({ ok: true, value: '1234567' });
    expect(ok('3.95', 'fa')).toMatchObject({ ok: true, value: '3.95' });
    expect(ok('3,950.5', 'en')).toMatchObject({ ok: true, value: '3950.5' });
    expect(ok('3 950,5', 'tr')).toMatchObject({ ok: true, value: '3950.5' });
    expect(ok('0012', 'en')).toMatchObject({ ok: true, value: '12' });
    expect(ok('  ', 'en')).toMatchObject({ ok: true, empty: true });
  });

  it('refuses what could mean two things, never guessing', () => {
    expect(ok('3.950,5', 'en')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('3,95', 'en')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('3.95', 'tr')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('3,95', 'fa')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('1,23,456', 'en')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('1.234,5,6', 'tr')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(ok('-3', 'en')).toEqual({ ok: false, problem: 'negative' });
    expect(ok('3 EUR', 'en')).toEqual({ ok: false, problem: 'invalid' });
    expect(ok('1.23456', 'en')).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parseLocalNumber('1.5', 'en', 0)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('writes an API decimal back the way it is typed', () => {
    expect(editableNumber('11.8000', 'tr')).toBe('11,80');
    expect(editableNumber('11.8000', 'en')).toBe('11.80');
    expect(editableNumber('3.95', 'fa')).toBe('۳٫۹۵');
    expect(editableNumber('1200', 'tr')).toBe('1200');
    for (const lang of ['fa', 'tr', 'en'] as const)
      expect(parseLocalNumber(editableNumber('3950.5', lang), lang)).toMatchObject({
        value: '3950.50',
      });
  });
});
