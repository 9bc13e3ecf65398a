import { MATCH_REASON_CODES, MatchReason } from './match-reason';
import { REASON_TEMPLATES, reasonText } from './reason-text';

describe('reasonText', () => {
  it('has every reason code in all three languages', () => {
    for (const templates of Object.values(REASON_TEMPLATES))
      expect(Object.keys(templates).sort()).toEqual([...MATCH_REASON_CODES, 'keyword_same'].sort());
  });

  it('fills the holes from the params', () => {
    const r: MatchReason = {
      code: 'keyword',
      params: { a: 'rulman', b: 'بلبرینگ' },
      text: 'keyword rulman ~ بلبرینگ',
    };
    expect(reasonText(r, 'en')).toBe('keyword rulman ~ بلبرینگ');
    expect(reasonText(r, 'tr')).toBe('anahtar kelime rulman ~ بلبرینگ');
    expect(reasonText({ ...r, params: { a: 'pompa', b: 'pompa' } }, 'fa')).toBe('کلیدواژه pompa');
    expect(reasonText({ code: 'hs_heading', params: { code: '8482' }, text: '' }, 'fa')).toBe(
      'سرفصل تعرفه (HS) یکسان 8482',
    );
  });

  it('keeps the stored text of a code it does not know', () => {
    const unknown = {
      code: 'brand_new',
      params: {},
      text: 'a newer reason',
    } as unknown as MatchReason;
    expect(reasonText(unknown, 'tr')).toBe('a newer reason');
  });
});

describe('country reasons', () => {
  it('name the country in the reader’s language, never the raw code', () => {
    const reason = { code: 'country' as const, params: { code: 'IR' }, text: 'same country IR' };
    expect(reasonText(reason, 'fa')).toBe('همان کشور ایران');
    expect(reasonText(reason, 'tr')).toBe('aynı ülke İran');
    expect(reasonText(reason, 'en')).toBe('same country Iran');
  });
});
