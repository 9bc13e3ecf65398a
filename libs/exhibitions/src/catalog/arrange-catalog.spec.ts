import { arrangeCatalog, PlacedNeed } from './arrange-catalog';
import type { CatalogNeed } from './catalog.types';

let n = 0;
function placed(section: string | null, over: Partial<CatalogNeed> = {}, decided = 0): PlacedNeed {
  n += 1;
  const id = `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
  return {
    section,
    decidedAt: new Date(Date.UTC(2027, 0, 1) + decided * 1000),
    need: { id, title: `need ${n}`, featured: false, order: 0, ...over } as CatalogNeed,
  };
}

describe('arrangeCatalog', () => {
  const sections = [
    { key: 'machinery', title: 'ماشین‌آلات' },
    { key: 'metals', title: 'فلزات', translations: { tr: { title: 'Metaller' } } },
  ];

  it('keeps the sections in the exhibition order, featured first, then order, then approval time', () => {
    const a = placed('machinery', { order: 2 });
    const b = placed('machinery', { order: 1 }, 5);
    const c = placed('machinery', { featured: true, order: 9 });
    const d = placed('machinery', { order: 1 }, 1);
    const e = placed('metals');
    const out = arrangeCatalog(sections, [a, b, c, d, e]);
    expect(out.map((s) => s.key)).toEqual(['machinery', 'metals']);
    expect(out[0].needs.map((x) => x.id)).toEqual([c, d, b, a].map((p) => p.need.id));
    expect(out[1]).toMatchObject({ title: 'فلزات', translations: { tr: { title: 'Metaller' } } });
    expect(out[1].needs.map((x) => x.id)).toEqual([e.need.id]);
  });

  it('puts needs of no or an unknown section last, and keeps empty sections', () => {
    const loose = placed(null);
    const gone = placed('removed-section', { featured: true });
    const out = arrangeCatalog(sections, [loose, gone]);
    expect(out.map((s) => [s.key, s.needs.length])).toEqual([
      ['machinery', 0],
      ['metals', 0],
      [null, 2],
    ]);
    expect(out[2].needs[0].id).toBe(gone.need.id);
  });

  it('adds no unsectioned group when every need is placed', () => {
    expect(arrangeCatalog(sections, [placed('metals')]).map((s) => s.key)).toEqual([
      'machinery',
      'metals',
    ]);
  });
});
