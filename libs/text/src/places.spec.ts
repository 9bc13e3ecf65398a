import { normalizeText } from './normalize';
import { PLACES } from './places.data';
import { buildPlaceSynonyms, findPlaces, placeTokensOf } from './places';

describe('places', () => {
  it('names every province and city in Persian, Turkish and English, keys unique', () => {
    for (const p of PLACES)
      expect([p.key, p.terms.fa.length, p.terms.tr.length, p.terms.en.length].every(Boolean)).toBe(
        true,
      );
    expect(new Set(PLACES.map((p) => p.key)).size).toBe(PLACES.length);
    expect(PLACES.filter((p) => p.country === 'IR' && p.kind === 'province')).toHaveLength(31);
    const keys = new Set(PLACES.map((p) => p.key));
    for (const p of PLACES) expect(keys.has(p.province)).toBe(true);
  });

  it.each([
    ['تبریز', 'Tebriz', 'Tabriz'],
    ['قم', 'Kum', 'Qom'],
    ['ارزروم', 'Erzurum', 'Erzurum'],
  ])('%s, %s and %s are one place', (fa, tr, en) => {
    const keys = [fa, tr, en].map((t) => findPlaces(t).map((m) => m.entry.key));
    expect(keys[0]).toHaveLength(1);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it('gives a city its province, and place names reach their tokens as synonyms', () => {
    expect(placeTokensOf('Tabriz').split(' ')).toEqual(['xplacetabriz', 'xplaceeastazerbaijan']);
    expect(placeTokensOf(null, 'Konya')).toBe('xplacekonya');
    expect(buildPlaceSynonyms()[normalizeText('Tebriz')]).toEqual(['xplacetabriz']);
    expect(findPlaces('دفتر مرکزی شرکت')).toEqual([]);
  });
});
