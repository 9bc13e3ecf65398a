import i18next from 'i18next';
import {
  AUDIT_TYPES,
  TERM_FIELDS,
  auditTypeKey,
  changeList,
  termChanges,
  termLabelKey,
  termValueText,
} from '../../apps/web/src/components/term-changes';
import en from '../../apps/web/src/i18n/locales/en.json';
import fa from '../../apps/web/src/i18n/locales/fa.json';
import tr from '../../apps/web/src/i18n/locales/tr.json';

describe('amendments as the web app shows them', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { fa: { translation: fa }, tr: { translation: tr }, en: { translation: en } },
      lng: 'en',
      fallbackLng: false,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  });

  it('previews only the terms that change, in a fixed order, "" read as not stated', () => {
    const before = {
      title: 'Bearing 6204',
      quantityPerYear: 5000,
      specification: null,
      bidsVisibleBeforeDeadline: false,
      isic: '2814',
      targetPrice: { amount: '12.5', currency: 'EUR' },
    };
    const after = {
      targetPrice: { amount: '11', currency: 'EUR' },
      quantityPerYear: 6000,
      specification: '',
      // Not a term: never part of an amendment.
      isic: '2815',
    };
    expect(termChanges(before, after)).toEqual([
      { field: 'quantityPerYear', before: 5000, after: 6000 },
      {
        field: 'targetPrice',
        before: { amount: '12.5', currency: 'EUR' },
        after: { amount: '11', currency: 'EUR' },
      },
    ]);
    expect(termChanges(before, {})).toEqual([]);
  });

  it("lists an amendment's changes in the form's order, unknown fields last", () => {
    const list = changeList({
      somethingNew: { before: 1, after: 2 },
      bidDeadline: { before: 'a', after: 'b' },
      title: { before: 'x', after: 'y' },
    });
    expect(list.map((c) => c.field)).toEqual(['title', 'bidDeadline', 'somethingNew']);
  });

  it('words values in the reader language: money, digits, yes/no, lists, criteria', async () => {
    const t = i18next.t.bind(i18next);
    await i18next.changeLanguage('fa');
    expect(termValueText('quantityPerYear', 6000, 'fa', t)).toBe('۶٬۰۰۰');
    expect(termValueText('ndaRequired', true, 'fa', t)).toBe('بله');
    expect(termValueText('specification', null, 'fa', t)).toBe('—');
    expect(termValueText('requiredCertifications', ['ISO 9001', 'CE'], 'fa', t)).toBe(
      'ISO 9001، CE',
    );
    expect(termValueText('minLocalContentPercent', 40, 'fa', t)).toMatch(/۴۰/);
    await i18next.changeLanguage('tr');
    expect(termValueText('targetPrice', { amount: '3.95', currency: 'EUR' }, 'tr', t)).toMatch(
      /3,95/,
    );
    expect(termValueText('country', 'IR', 'tr', t, () => 'İran')).toBe('İran');
    expect(
      termValueText('awardCriteria', { price: 60, localContent: 30, leadTimeDays: 10 }, 'tr', t),
    ).toBe('fiyat 60 · yerli katkı 30 · teslim süresi 10');
    await i18next.changeLanguage('en');
    expect(termValueText('bidDeadline', '2026-12-12T14:12:00Z', 'en', t)).toMatch(/2026/);
    // A tender document: its name, or only that it is confidential.
    expect(termValueText('files', { confidential: false, name: 'rev-b.pdf' }, 'en', t)).toBe(
      'rev-b.pdf',
    );
    expect(termValueText('files', { confidential: true }, 'en', t)).toBe('confidential file');
    expect(termValueText('files', null, 'en', t)).toBe('—');
  });

  it('has a label for every term and a name for every audit event in fa, tr and en', () => {
    for (const lng of ['fa', 'tr', 'en']) {
      for (const f of TERM_FIELDS) expect(i18next.exists(termLabelKey(f), { lng })).toBe(true);
      for (const type of AUDIT_TYPES)
        expect({ type, lng, ok: i18next.exists(auditTypeKey(type), { lng }) }).toEqual({
          type,
          lng,
          ok: true,
        });
    }
  });
});
