import { ApiError, normalizeField, splitProblem } from '../../apps/web/src/api/problem';
import { parseHighlight } from '../../apps/web/src/components/highlight';
import { sectionKey } from '../../apps/web/src/pages/section-key';
import { gregorianToJalali, jalaliToGregorian } from '../../apps/web/src/i18n/calendar';
import { formatDate, formatMoney, toAsciiDigits } from '../../apps/web/src/i18n/format';
import { pickLanguage } from '../../apps/web/src/i18n/languages';

describe('web app logic', () => {
  it('picks the saved language, else the first the browser prefers that we speak', () => {
    expect(pickLanguage(null, ['fa-IR', 'en-US'])).toBe('fa');
    expect(pickLanguage(null, ['de-DE', 'tr-TR'])).toBe('tr');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
    expect(pickLanguage('tr', ['fa-IR'])).toBe('tr');
    expect(pickLanguage('xx', ['fa'])).toBe('fa');
  });

  it('puts problem+json field errors beside their inputs and the rest on the form', () => {
    const error = new ApiError(400, {
      title: 'Invalid request',
      detail: 'The request has invalid fields.',
      errors: [
        { field: 'price.amount', message: 'amount must be a decimal' },
        { field: 'hsCodes[1]', message: 'bad HS code' },
        { field: 'organizationId', message: 'not yours' },
      ],
    });
    const { fields, form } = splitProblem(error, ['price.amount', 'hsCodes', 'title']);
    expect(fields).toEqual({ 'price.amount': 'amount must be a decimal', hsCodes: 'bad HS code' });
    expect(form).toBe('not yours');
    expect(normalizeField('items.3.name')).toBe('items.name');
    expect(splitProblem(new ApiError(409, { detail: 'Cannot publish' }), []).form).toBe(
      'Cannot publish',
    );
    // A nested error goes to the input of its parent when only the parent is shown.
    expect(splitProblem(error, ['price']).fields.price).toBe('amount must be a decimal');
  });

  it('converts Solar Hijri dates both ways', () => {
    expect(gregorianToJalali({ year: 2025, month: 3, day: 21 })).toEqual({
      year: 1404,
      month: 1,
      day: 1,
    });
    expect(jalaliToGregorian({ year: 1403, month: 12, day: 30 })).toEqual({
      year: 2025,
      month: 3,
      day: 20,
    });
  });

  it('writes Persian dates in the Jalali calendar with Persian digits, others Gregorian', () => {
    const iso = '2027-01-31T20:30:00Z';
    expect(formatDate(iso, 'fa')).toMatch(/۱۴۰۵/);
    expect(formatDate(iso, 'fa')).not.toMatch(/[0-9]/);
    expect(formatDate(iso, 'en')).toMatch(/2027/);
    expect(formatDate(iso, 'tr')).toMatch(/2027/);
    expect(formatMoney({ amount: '12.50', currency: 'EUR' }, 'fa')).toMatch(/۱۲/);
    expect(toAsciiDigits('۱۲٫۵')).toBe('12.5');
  });

  it('renders search highlights as text parts: only <mark> is markup, escapes come back', () => {
    expect(parseHighlight('Ball <mark>bearing</mark> 6204 &amp; &lt;b&gt;x&lt;/b&gt;')).toEqual([
      { text: 'Ball ', mark: false },
      { text: 'bearing', mark: true },
      { text: ' 6204 & <b>x</b>', mark: false },
    ]);
    expect(parseHighlight('<mark>بلبرینگ</mark><mark> ۶۲۰۴</mark> &quot;&#39;')).toEqual([
      { text: 'بلبرینگ ۶۲۰۴', mark: true },
      { text: ' "\'', mark: false },
    ]);
    // An escaped <mark> in the text stays text.
    expect(parseHighlight('&lt;mark&gt;')).toEqual([{ text: '<mark>', mark: false }]);
    expect(parseHighlight('')).toEqual([]);
  });

  it('makes catalog section keys the API accepts, unique, from any title', () => {
    const taken = new Set(['machinery']);
    expect(sectionKey('Machinery & parts', 1, taken)).toBe('machinery-parts');
    expect(sectionKey('Machinery', 2, taken)).toBe('machinery-2');
    expect(sectionKey('Makine ve Parçaları, İş', 1, new Set())).toBe('makine-ve-parcalari-is');
    expect(sectionKey('ماشین‌آلات', 3, new Set())).toBe('section-3');
    for (const key of ['a'.repeat(80), '  --x--  ', 'Ölçü aletleri'].map((t) =>
      sectionKey(t, 1, new Set()),
    ))
      expect(key).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
  });
});
