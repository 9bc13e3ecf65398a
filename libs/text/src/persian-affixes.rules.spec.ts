import { normalizeText } from './normalize';
import { segmentPersianWords, shouldGluePersian, splitPersianWord } from './persian-affixes.rules';

const ZWNJ = '\u200c';

/** Content words with every kind of ending (joining, non-joining, silent ه, ی). */
const STEMS = [
  'بلبرینگ',
  'یاتاقان',
  'پمپ',
  'شیر',
  'قالب',
  'قطعه',
  'خوشه',
  'شهرک',
  'شرکت',
  'کارخانه',
  'لوله',
  'فولاد',
  'مس',
  'ماشین',
  'کشتی',
  'دستگاه',
  'کارگاه',
  'تولید',
  'صنعتی',
  'کوچک',
  'بزرگ',
  'مناسب',
  'ارزان',
  'قوی',
  'بالا',
  'ساده',
  'محکم',
  'گیربکس',
  'دانش',
  'نیاز',
];
const BOUND_SUFFIXES = [
  'ها',
  'های',
  'هایی',
  'تر',
  'ترین',
  'سازی',
  'ساز',
  'سازان',
  'گری',
  'کاری',
  'بندی',
  'کننده',
  'کنندگان',
  'ریزی',
  'اندازی',
  'گذاری',
  'برداری',
  'سنجی',
  'بنیان',
  'کشی',
  'آلات',
  'آوری',
  'پذیری',
  'مند',
  'گیری',
  'شناسی',
];
const VERBS = ['شود', 'شوند', 'کند', 'کنند', 'توان', 'رسد', 'گیرد', 'دهد', 'سازد', 'فروشد'];

describe('splitPersianWord', () => {
  it.each([
    ['خوشههای', ['خوشه', 'های']],
    ['شهرکهای', ['شهرک', 'های']],
    ['خوشههایی', ['خوشه', 'هایی']],
    ['قالبسازی', ['قالب', 'سازی']],
    ['میشود', ['می', 'شود']],
    ['نمیشود', ['نمی', 'شود']],
    ['بزرگترین', ['بزرگ', 'ترین']],
    ['برنامهریزیها', ['برنامه', 'ریزی', 'ها']],
    ['ماشینآلات', ['ماشین', 'آلات']],
    ['منطقهای', ['منطقه', 'ای']],
    ['خانهی', ['خانه', 'ی']],
    ['شدهاست', ['شده', 'است']],
    ['زیرساختها', ['زیر', 'ساخت', 'ها']],
    ['بهزودی', ['به', 'زودی']],
  ])('%s → %j', (word, parts) => {
    expect(splitPersianWord(word)).toEqual(parts);
  });

  it.each([
    'بها',
    'رها',
    'نهایی',
    'میز',
    'میزان',
    'میلگرد',
    'میله',
    'میلیون',
    'میانگین',
    'میوه',
    'فیلتر',
    'لیتر',
    'دفتر',
    'سانتیمتر',
    'کیلومتر',
    'پلیاستر',
    'دیگری',
    'تبریزی',
    'برنامه',
    'برای',
    'بهمن',
    'بهداشت',
    'بهینه',
    'زیره',
    'زیرا',
    'مهماست',
    'سازمان',
    'کارخانه',
  ])('leaves %s whole', (word) => {
    expect(splitPersianWord(word)).toEqual([word]);
  });

  it('never returns an empty piece and always rebuilds the word', () => {
    for (const stem of STEMS) {
      for (const suffix of BOUND_SUFFIXES) {
        const parts = splitPersianWord(stem + suffix);
        expect(parts.every((p) => p.length > 0)).toBe(true);
        expect(parts.join('')).toBe(stem + suffix);
      }
    }
  });
});

describe('shouldGluePersian', () => {
  it('glues bound affixes and verb prefixes', () => {
    expect(shouldGluePersian('خوشه', 'های')).toBe(true);
    expect(shouldGluePersian('قالب', 'سازی')).toBe(true);
    expect(shouldGluePersian('می', 'شود')).toBe(true);
    expect(shouldGluePersian('منطقه', 'ای')).toBe(true);
  });

  it('does not glue free words or affixes the stem cannot take', () => {
    expect(shouldGluePersian('مهم', 'است')).toBe(false);
    expect(shouldGluePersian('ارسال', 'نامه')).toBe(false);
    expect(shouldGluePersian('برای', 'ای')).toBe(false);
    expect(shouldGluePersian('ب', 'ها')).toBe(false);
    expect(shouldGluePersian('بلبرینگ', 'صنعتی')).toBe(false);
  });
});

describe('segmentPersianWords', () => {
  it('leaves Latin text, digits and punctuation alone', () => {
    expect(segmentPersianWords('rulman 6204, skf.')).toBe('rulman 6204, skf.');
  });

  it('segments words next to punctuation', () => {
    expect(segmentPersianWords('(خوشههای صنعتی)، میشود.')).toBe('(خوشه های صنعتی)، می شود.');
  });
});

describe('the three spellings agree for every stem and affix', () => {
  const cases = STEMS.flatMap((stem) => BOUND_SUFFIXES.map((suffix) => [stem, suffix]));

  it.each(cases)('%s + %s', (stem, suffix) => {
    const forms = [`${stem}${ZWNJ}${suffix}`, `${stem} ${suffix}`, `${stem}${suffix}`];
    const keys = forms.map((f) => normalizeText(`${f} صنعتی`));
    expect(new Set(keys).size).toBe(1);
    expect(normalizeText(keys[0])).toBe(keys[0]);
  });

  it.each(VERBS)('می / نمی + %s', (verb) => {
    for (const prefix of ['می', 'نمی']) {
      const keys = [`${prefix}${ZWNJ}${verb}`, `${prefix} ${verb}`, `${prefix}${verb}`].map(
        normalizeText,
      );
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toBe(`${prefix} ${verb}`);
    }
  });

  it('keeps the stem a token of its own, so a query for the stem finds the compound', () => {
    for (const stem of ['خوشه', 'شهرک', 'قالب', 'بلبرینگ', 'شرکت']) {
      for (const suffix of ['ها', 'های', 'سازی']) {
        expect(normalizeText(`${stem}${suffix}`).split(' ')).toContain(stem);
      }
    }
  });
});

describe('property: random Persian word soup', () => {
  // Stems, affixes and look-alikes glued with ZWNJ, a space or nothing, in every order.
  // A fixed-seed generator keeps the run reproducible.
  const PIECES = [
    'خانه',
    'خان',
    'ها',
    'های',
    'هایی',
    'ای',
    'ی',
    'ه',
    'می',
    'نمی',
    'تر',
    'ترین',
    'سازی',
    'ساز',
    'کاری',
    'گری',
    'است',
    'اند',
    'نامه',
    'کرد',
    'منطقه',
    'پل',
    'پله',
    'قالب',
    'بر',
    'به',
    'زیر',
    'ساخت',
    'مند',
    'بندی',
    'آب',
    'دیگر',
    'تبریز',
    'فیل',
    'لی',
    'م',
    'کم',
    'میز',
    'میل',
    'گرد',
    'شیر',
    'آلات',
    '۳',
    'a',
  ];
  const JOINERS = [' ', '', ZWNJ];
  let seed = 42;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length];
  };
  const soups = Array.from({ length: 20000 }, () => {
    const words = Array.from({ length: 1 + (seed % 6) }, () => pick(PIECES) + pick(JOINERS));
    return words.join('');
  });

  it('normalizeText is idempotent on every soup', () => {
    const failures = soups.filter((s) => normalizeText(normalizeText(s)) !== normalizeText(s));
    expect(failures).toEqual([]);
  });

  it('a ZWNJ and a space are always the same separator', () => {
    const failures = soups.filter(
      (s) => normalizeText(s) !== normalizeText(s.split(ZWNJ).join(' ')),
    );
    expect(failures).toEqual([]);
  });
});
