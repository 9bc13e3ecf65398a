import { parseCsv } from '@niaz/testing';
import { CSV_HEADERS, catalogCsv, contentDisposition, csvField } from './catalog-csv';
import type { Catalog, CatalogNeed } from './catalog.types';

const need = (over: Partial<CatalogNeed>): CatalogNeed => ({
  id: '00000000-0000-4000-a000-000000000001',
  submissionId: '00000000-0000-4000-a000-000000000002',
  featured: false,
  order: 0,
  title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
  description: 'سالانه ۵۰۰۰ عدد',
  language: 'fa',
  translations: {},
  status: 'open',
  hsCodes: ['848210', '8482'],
  isic: '2814',
  quantityPerYear: 5000,
  unit: 'piece',
  importOrigin: 'DE',
  annualImportValue: { amount: '2000000.0000', currency: 'EUR' },
  targetPrice: null,
  requiredCertifications: ['ISO 9001', 'CE'],
  minLocalContentPercent: 40,
  bidDeadline: new Date('2027-01-31T20:30:00Z'),
  country: 'IR',
  province: 'Qom',
  timeZone: 'Asia/Tehran',
  organization: { id: 'o', name: 'صنایع "قم", واحد ۲' },
  ...over,
});

describe('catalog CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5', { text: false })).toBe('-5');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM, ends lines with CRLF, and reads back field for field', () => {
    const catalog = {
      sections: [
        {
          key: 'machinery',
          title: 'ماشین‌آلات',
          translations: null,
          needs: [need({ featured: true, description: 'دو خط\nو "نقل قول", با ویرگول' })],
        },
        { key: null, title: null, translations: null, needs: [need({ title: '@risk' })] },
      ],
    } as unknown as Catalog;
    const csv = catalogCsv(catalog);
    expect(csv.startsWith('\uFEFFsection,sectionTitle,featured,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const get = (r: string[], col: string) => r[rows[0].indexOf(col)];
    expect(get(rows[1], 'section')).toBe('machinery');
    expect(get(rows[1], 'featured')).toBe('true');
    expect(get(rows[1], 'title')).toBe('بلبرینگ ۶۲۰۴ برای نوار نقاله');
    expect(get(rows[1], 'description')).toBe('دو خط\nو "نقل قول", با ویرگول');
    expect(get(rows[1], 'hsCodes')).toBe('848210 8482');
    expect(get(rows[1], 'organization')).toBe('صنایع "قم", واحد ۲');
    expect(get(rows[1], 'bidDeadline')).toBe('2027-01-31T20:30:00.000Z');
    expect(get(rows[2], 'section')).toBe('');
    expect(get(rows[2], 'title')).toBe("'@risk");
  });

  it('words headers and countries in ?lang, amounts staying plain decimals', () => {
    const catalog = {
      sections: [{ key: null, title: null, translations: null, needs: [need({})] }],
    } as unknown as Catalog;
    for (const [lang, header, country] of [
      ['fa', 'عنوان', 'ایران'],
      ['tr', 'Başlık', 'İran'],
      ['en', 'Title', 'Iran'],
    ] as const) {
      const rows = parseCsv(catalogCsv(catalog, lang).slice(1));
      expect(rows[0]).toContain(header);
      expect(rows[0].join(',')).not.toMatch(/[a-z][A-Z]/); // no camelCase
      const get = (col: string) => rows[1][rows[0].indexOf(col)];
      expect(get(CSV_HEADERS[lang].country)).toBe(country);
      expect(get(CSV_HEADERS[lang]['annualImportValue.amount'])).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('names the file in ASCII and in UTF-8', () => {
    expect(contentDisposition('exhibition-1.csv', 'میز نیاز (قم).csv')).toBe(
      `attachment; filename="exhibition-1.csv"; filename*=UTF-8''${encodeURIComponent('میز نیاز ')}%28${encodeURIComponent('قم')}%29.csv`,
    );
  });
});
