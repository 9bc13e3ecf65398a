import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from './normalize';
import { SYNONYM_FAMILIES } from './synonyms.data';
import { buildConceptSynonyms, conceptToken, findConceptMatches } from './vocabulary';
import { VOCABULARY } from './vocabulary.data';

/** HS 2022 headings, read from the shared nomenclature (text knows no other lib). */
function hsHeadings(): Set<string> {
  const csv = readFileSync(
    join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'hs-2022', 'harmonized-system.csv'),
    'utf8',
  );
  return new Set(
    csv
      .split('\n')
      .map((l) => l.split(',')[1])
      .filter((c) => /^\d{4}$/.test(c ?? '')),
  );
}

describe('general vocabulary', () => {
  it('has at least 600 terms beyond the product families, in concepts with all three languages', () => {
    const terms = VOCABULARY.flatMap((c) => [...c.terms.fa, ...c.terms.tr, ...c.terms.en]);
    expect(new Set(terms.map(normalizeText)).size).toBeGreaterThanOrEqual(600);
    for (const c of VOCABULARY) {
      expect([c.key, c.terms.fa.length > 0, c.terms.tr.length > 0, c.terms.en.length > 0]).toEqual([
        c.key,
        true,
        true,
        true,
      ]);
    }
  });

  it('has unique keys, snake_case, that no product family uses', () => {
    const keys = VOCABULARY.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
    const tokens = VOCABULARY.map(conceptToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(SYNONYM_FAMILIES.length).toBeGreaterThan(0);
  });

  it('points only to headings that exist in HS 2022', () => {
    const known = hsHeadings();
    const unknown = VOCABULARY.flatMap((c) =>
      c.hsHeadings.filter((h) => !known.has(h)).map((h) => `${c.key}:${h}`),
    );
    expect(unknown).toEqual([]);
  });

  it('finds the words around product nouns in every language', () => {
    const keys = (text: string) => findConceptMatches(text).map((m) => m.entry.key);
    expect(keys('tıbbi kateter')).toEqual(['medical', 'catheter']);
    expect(keys('پیچ استخوان تیتانیومی')).toEqual(expect.arrayContaining(['bone', 'titanium']));
    expect(keys('kemik vidası')).toEqual(expect.arrayContaining(['bone', 'screw']));
    expect(keys('ماشین خمیر')).toEqual(expect.arrayContaining(['machine', 'dough']));
    expect(keys('Hamur yoğurma makinesi')).toEqual(expect.arrayContaining(['machine', 'dough']));
    expect(keys('کاتتر')).toEqual(['catheter']);
  });

  it('gives Meilisearch one-way synonyms to concept tokens, without units', () => {
    const table = buildConceptSynonyms();
    expect(table[normalizeText('kemik')]).toEqual([
      conceptToken(VOCABULARY.find((c) => c.key === 'bone')!),
    ]);
    expect(table[normalizeText('kilogram')]).toBeUndefined();
  });
});
