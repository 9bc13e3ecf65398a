import {
  canonicalHsCode,
  findHsEntry,
  hsCodeExists,
  hsEntries,
  hsParents,
} from './hs-nomenclature';
import { suggestHsCodes } from './hs-suggester';

describe('HS 2022 nomenclature', () => {
  it('holds the chapters, headings and subheadings', () => {
    const levels = [...hsEntries().values()].map((e) => e.level);
    expect(levels.filter((l) => l === 2)).toHaveLength(97);
    expect(levels.filter((l) => l === 4).length).toBeGreaterThan(1200);
    expect(levels.filter((l) => l === 6).length).toBeGreaterThan(5600);
  });

  it('knows which codes exist, as people write them', () => {
    for (const code of ['84', '8482', '848210', '8482.10', '۸۴۸۲۱۰', '84821000', '8482100010'])
      expect(hsCodeExists(code)).toBe(true);
    for (const code of ['8', '77', '8499', '848219', '848', 'abcd', '', '8482x', '849999000'])
      expect(hsCodeExists(code)).toBe(false);
    expect(canonicalHsCode('8482 10')).toBe('848210');
    expect(canonicalHsCode('84a')).toBeNull();
  });

  it('gives a code its description and parents', () => {
    const entry = findHsEntry('848210')!;
    expect(entry.description).toBe('Ball bearings');
    expect(hsParents(entry).map((p) => p.code)).toEqual(['8482', '84']);
    expect(findHsEntry('84821000')?.code).toBe('848210');
  });
});

describe('HS suggestions', () => {
  const headings = (text: string) => suggestHsCodes(text).map((s) => s.code.slice(0, 4));

  it.each([
    ['بلبرینگ ۶۲۰۴ برای نوار نقاله', '8482'],
    ['Rulman üretimi, 6200 serisi', '8482'],
    ['Medical catheter tubing', '9018'],
    ['tıbbi kateter', '9018'],
    ['پیچ استخوان تیتانیومی', '9021'],
    ['Hamur yoğurma makinesi', '8438'],
    ['Refined sunflower oil in 5 litre bottles', '1512'],
    ['قطعات یدکی گیربکس کامیون', '8708'],
  ])('%s → %s among the first three', (text, heading) => {
    expect(headings(text).slice(0, 3)).toContain(heading);
  });

  it('says which words led to a suggestion and ranks the first at 1', () => {
    const [first] = suggestHsCodes('بلبرینگ صنعتی');
    expect(first.score).toBe(1);
    expect(first.why).toContain('بلبرینگ صنعتی');
    expect(suggestHsCodes('  ')).toEqual([]);
    expect(suggestHsCodes('rulman').length).toBeLessThanOrEqual(5);
  });
});
