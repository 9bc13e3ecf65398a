import { normalizeText } from './normalize';
import { SYNONYM_FAMILIES } from './synonyms.data';
import {
  buildFamilySynonyms,
  familyToken,
  familyTokensOf,
  familiesForHs,
  familiesForText,
  findFamilyMatches,
  synonymLinks,
} from './synonyms';
import { PERSIAN_SEED_SENTENCES, TURKISH_SEED_SENTENCES } from './fixtures/seed-sentences';

const keysOf = (families: ReadonlyArray<{ key: string }>) => families.map((f) => f.key);

describe('SYNONYM_FAMILIES data', () => {
  it('has at least 45 families with unique snake_case keys', () => {
    expect(SYNONYM_FAMILIES.length).toBeGreaterThanOrEqual(45);
    const keys = keysOf(SYNONYM_FAMILIES);
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((k) => expect(k).toMatch(/^[a-z][a-z0-9_]*$/));
  });

  it.each(SYNONYM_FAMILIES.map((f) => [f.key, f]))(
    '%s has several terms in fa, tr and en',
    (_k, family) => {
      for (const lang of ['fa', 'tr', 'en'] as const) {
        const distinct = new Set(family.terms[lang].map(normalizeText));
        expect(distinct.size).toBeGreaterThanOrEqual(4);
        family.terms[lang].forEach((t) => expect(normalizeText(t)).not.toBe(''));
      }
    },
  );

  it.each(SYNONYM_FAMILIES.map((f) => [f.key, f]))('%s has 4-digit HS headings', (_k, family) => {
    expect(family.hsHeadings.length).toBeGreaterThan(0);
    family.hsHeadings.forEach((h) => expect(h).toMatch(/^[0-9]{4}$/));
    expect(new Set(family.hsHeadings).size).toBe(family.hsHeadings.length);
  });

  it('writes Persian terms in Arabic script and Turkish/English ones in Latin', () => {
    for (const family of SYNONYM_FAMILIES) {
      family.terms.fa.forEach((t) => expect(t).toMatch(/\p{Script=Arabic}/u));
      [...family.terms.tr, ...family.terms.en].forEach((t) =>
        expect(t).not.toMatch(/\p{Script=Arabic}/u),
      );
    }
  });

  it('covers the families the product needs', () => {
    const keys = keysOf(SYNONYM_FAMILIES);
    for (const key of [
      'bearing',
      'pump',
      'valve',
      'gearbox',
      'pcb',
      'medical_consumables',
      'medical_equipment',
      'footwear',
      'shipbuilding',
      'food_machinery',
      'steel_billet',
      'steel_sections',
      'sponge_iron',
      'copper_cathode_concentrate',
      'copper_wire',
      'yarn',
      'fabric',
      'metal_kitchenware',
      'electric_motor',
      'transformer',
      'cable',
      'hydraulic_cylinder',
      'pneumatic',
      'filter',
      'gasket_seal',
      'spring',
      'fastener',
      'casting',
      'forging',
      'mould_die',
      'cnc_machining',
      'plastic_injection',
      'rubber_parts',
      'glass',
      'ceramics',
      'refractory',
      'paint_coating',
      'adhesive',
      'lubricant',
      'battery',
      'solar_panel',
      'sensor',
      'plc_automation',
      'compressor',
      'heat_exchanger',
      'boiler',
      'agricultural_machinery',
      'brake',
      'clutch',
      'auto_parts',
      'tyre',
      'packaging',
      'pharmaceutical_raw_materials',
      'aluminium_profile',
      'welding_electrode',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('keeps ambiguous everyday words out as bare terms', () => {
    const bare = new Set(
      SYNONYM_FAMILIES.flatMap((f) => [...f.terms.fa, ...f.terms.tr, ...f.terms.en]).map(
        normalizeText,
      ),
    );
    for (const word of [
      'شیر',
      'قالب',
      'چینی',
      'sac',
      'chain',
      'ship',
      'die',
      'api',
      'sigorta',
      'zincir',
    ]) {
      expect(bare.has(word)).toBe(false);
    }
  });
});

describe('buildFamilySynonyms and familyTokensOf', () => {
  const table = buildFamilySynonyms();
  const bearing = SYNONYM_FAMILIES.find((f) => f.key === 'bearing')!;

  it('maps every normalised term of every family to its family token, one way', () => {
    for (const family of SYNONYM_FAMILIES)
      for (const term of [...family.terms.fa, ...family.terms.tr, ...family.terms.en])
        expect(table[normalizeText(term)]).toContain(familyToken(family));
    for (const values of Object.values(table))
      for (const v of values) expect(v).toMatch(/^xfam[a-z0-9]+$/);
  });

  it('has normalised keys, letter variants merged (ياتاقان and یاتاقان)', () => {
    for (const key of Object.keys(table)) expect(normalizeText(key)).toBe(key);
    expect(table['یاتاقان']).toEqual([familyToken(bearing)]);
    expect(Object.keys(table).some((k) => /[يك]/.test(k))).toBe(false);
  });

  it('gives a text the tokens of the families it names, in any language', () => {
    expect(familyTokensOf('Bilyalı rulmanlar üretimi')).toBe('xfambearing');
    expect(familyTokensOf('بلبرينگ ۶۲۰۴ براي نوار نقاله')).toContain('xfambearing');
    expect(familyTokensOf('Ball bearings and centrifugal pumps').split(' ')).toEqual(
      expect.arrayContaining(['xfambearing', 'xfampump']),
    );
    expect(familyTokensOf('گزارش سالانه')).toBe('');
  });

  it('is deterministic and sorted', () => {
    expect(buildFamilySynonyms()).toEqual(table);
    const keys = Object.keys(table);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('familiesForText', () => {
  it.each([
    ['بلبرینگ ۶۲۰۴ SKF', 'bearing'],
    ['ياتاقان ثابت', 'bearing'],
    ['Rulman üretimi', 'bearing'],
    ['RULMANLARI', 'bearing'],
    ['ball bearings, 6204-2RS', 'bearing'],
    ['پمپهای سانتریفیوژ', 'pump'],
    ['pompalarımız', 'pump'],
    ['شیر‌آلات صنعتی', 'valve'],
    ['شیرآلات صنعتی', 'valve'],
    ['kelebek vanaları', 'valve'],
    ['قالبسازی و تزریق پلاستیک', 'mould_die'],
    ['قالب سازی', 'mould_die'],
    ['Kalıp imalatı', 'mould_die'],
    ['الکترود جوشکاری E6013', 'welding_electrode'],
    ['kaynak elektrodu', 'welding_electrode'],
    ['printed circuit boards', 'pcb'],
    ['برد مدار چاپی دو لایه', 'pcb'],
    ['Gıda İşleme Makineleri', 'food_machinery'],
    ['Ayakkabı İmalatı', 'footwear'],
    ['Metal Mutfak Eşyaları', 'metal_kitchenware'],
    ['Gemi İnşaa', 'shipbuilding'],
    ['Medikal Ekipman', 'medical_equipment'],
    ['gearboxes', 'gearbox'],
  ])('%s → %s', (text, key) => {
    expect(keysOf(familiesForText(text))).toContain(key);
  });

  it('finds the copper, steel and textile families in a seed sentence', () => {
    expect(keysOf(familiesForText(PERSIAN_SEED_SENTENCES[5]))).toContain(
      'copper_cathode_concentrate',
    );
    const steel = keysOf(familiesForText(PERSIAN_SEED_SENTENCES[6]));
    expect(steel).toEqual(expect.arrayContaining(['steel_sections', 'sponge_iron']));
    expect(keysOf(familiesForText(PERSIAN_SEED_SENTENCES[7]))).toContain('fabric');
  });

  it('finds the Turkish cluster sectors of seed 004', () => {
    const found = new Set(TURKISH_SEED_SENTENCES.flatMap((s) => keysOf(familiesForText(s))));
    for (const key of [
      'food_machinery',
      'footwear',
      'metal_kitchenware',
      'medical_equipment',
      'shipbuilding',
    ]) {
      expect(found.has(key)).toBe(true);
    }
  });

  it('matches whole tokens only', () => {
    expect(familiesForText('pumpkin soup')).toEqual([]);
    expect(familiesForText('yayın evi')).toEqual([]);
    expect(familiesForText('در قالب تفاهمنامه')).toEqual([]);
    expect(familiesForText('زنجیره تولید')).toEqual([]);
    expect(familiesForText('')).toEqual([]);
  });

  it('reports the most specific term found', () => {
    const [match] = findFamilyMatches('we need tapered roller bearings');
    expect(match.family.key).toBe('bearing');
    expect(match.term).toBe('tapered roller bearing');
  });

  it('lists each family once, in data order', () => {
    const keys = keysOf(familiesForText('rulman bearing بلبرینگ pompa pump'));
    expect(keys).toEqual(['bearing', 'pump']);
  });
});

describe('familiesForHs', () => {
  it.each([
    ['8482', 'bearing'],
    ['8482.10', 'bearing'],
    ['848210', 'bearing'],
    ['8482.10.10', 'bearing'],
    ['۸۴۸۲۱۰', 'bearing'],
    ['8413', 'pump'],
    ['8481.80', 'valve'],
    ['8534.00', 'pcb'],
    ['7207', 'steel_billet'],
    ['7203.10', 'sponge_iron'],
    ['7403.11', 'copper_cathode_concentrate'],
    ['2603', 'copper_cathode_concentrate'],
    ['8311', 'welding_electrode'],
    ['6406', 'footwear'],
  ])('%s → %s', (hs, key) => {
    expect(keysOf(familiesForHs(hs))).toContain(key);
  });

  it('uses the 4-digit heading only', () => {
    expect(keysOf(familiesForHs('8483.40'))).toEqual(
      expect.arrayContaining(['bearing', 'gearbox']),
    );
    expect(keysOf(familiesForHs('8482'))).not.toContain('gearbox');
  });

  it('gives every family of a chapter for a 2-digit code, nothing for less', () => {
    const chapter = keysOf(familiesForHs('84'));
    expect(chapter).toEqual(expect.arrayContaining(['bearing', 'pump', 'valve', 'compressor']));
    expect(chapter).not.toContain('cable');
    expect(familiesForHs('8')).toEqual([]);
    expect(familiesForHs('')).toEqual([]);
    expect(familiesForHs('9999')).toEqual([]);
  });
});

describe('synonymLinks', () => {
  it('links بلبرینگ ۶۲۰۴ with Rulman üretimi through the bearing family', () => {
    expect(synonymLinks('بلبرینگ ۶۲۰۴', 'Rulman üretimi')).toEqual([
      { family: 'bearing', termA: 'بلبرینگ', termB: 'rulman' },
    ]);
  });

  it('is the mirror image when the texts swap sides', () => {
    const ab = synonymLinks('نیاز به یاتاقان و پمپ آب', 'Su pompası ve rulman üretimi');
    const ba = synonymLinks('Su pompası ve rulman üretimi', 'نیاز به یاتاقان و پمپ آب');
    expect(ab.map((l) => l.family)).toEqual(['bearing', 'pump']);
    expect(ba).toEqual(
      ab.map(({ family, termA, termB }) => ({ family, termA: termB, termB: termA })),
    );
    expect(ab.find((l) => l.family === 'pump')).toEqual({
      family: 'pump',
      termA: 'پمپ آب',
      termB: 'su pompası',
    });
  });

  it('links Arabic-letter and ZWNJ-less spellings', () => {
    expect(synonymLinks('ياتاقان', 'bearings')).toEqual([
      { family: 'bearing', termA: 'یاتاقان', termB: 'bearing' },
    ]);
    expect(synonymLinks('قالبسازی', 'kalıp imalatı')[0]).toMatchObject({
      family: 'mould_die',
      termB: 'kalıp imalatı',
    });
  });

  it('returns nothing when the texts share no family', () => {
    expect(synonymLinks('بلبرینگ', 'kaynak elektrodu')).toEqual([]);
    expect(synonymLinks('', 'rulman')).toEqual([]);
  });
});
