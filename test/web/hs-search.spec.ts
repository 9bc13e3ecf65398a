import { SYNONYM_FAMILIES } from '@niaz/text';
import {
  HS_CHAPTERS,
  HS_HEADINGS,
  codeDigits,
  hsName,
  searchHs,
} from '../../apps/web/src/hs/hs-search';

const codes = (q: string) => searchHs(q).map((e) => e.code);

describe('HS picker data and search', () => {
  it('ships the 97 chapters and named headings in fa, tr and en', () => {
    expect(HS_CHAPTERS.map((c) => c.code)).toEqual(
      Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    for (const e of [...HS_CHAPTERS, ...HS_HEADINGS]) {
      expect(e.names.en && e.names.tr && e.names.fa).toBeTruthy();
    }
    expect(new Set(HS_HEADINGS.map((h) => h.code)).size).toBe(HS_HEADINGS.length);
    for (const h of HS_HEADINGS) expect(h.code).toMatch(/^\d{4}$/);
  });

  it('has every heading of the synonym families', () => {
    const shipped = new Set(HS_HEADINGS.map((h) => h.code));
    const missing = SYNONYM_FAMILIES.flatMap((f) => f.hsHeadings).filter((h) => !shipped.has(h));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('finds 8482 from a Persian, Turkish or English word, with Arabic letters or ZWNJ too', () => {
    expect(codes('بلبرینگ')[0]).toBe('8482');
    expect(codes('rulman')).toContain('8482');
    expect(codes('bearing')).toContain('8482');
    expect(codes('ياتاقان')).toContain('8482'); // Arabic yeh
    expect(codes('پمپ')).toContain('8413');
  });

  it('finds codes by prefix, in Persian digits too, most specific first', () => {
    expect(codes('8482')[0]).toBe('8482');
    expect(codes('۸۴۸۲')[0]).toBe('8482');
    expect(codes('848210')[0]).toBe('8482'); // the heading of a 6-digit code
    expect(codes('848210')).toContain('84');
    expect(codes('84')[0]).toBe('84');
    expect(
      codes('84')
        .slice(1)
        .every((c) => c.startsWith('84')),
    ).toBe(true);
    expect(codeDigits('8482.10')).toBe('848210');
    expect(codeDigits('bearing')).toBeNull();
  });

  it('names a code in the reader’s language, falling back to its heading or chapter', () => {
    expect(hsName('8482', 'fa')).toContain('بلبرینگ');
    expect(hsName('848210', 'tr')).toContain('rulman');
    expect(hsName('8499', 'en')).toContain('Machinery');
  });
});
