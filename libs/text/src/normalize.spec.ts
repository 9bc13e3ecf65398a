import { foldTurkish, normalizeText, toAsciiDigits } from './normalize';
import {
  PERSIAN_SEED_SENTENCES,
  SEED_SPACED_WORDS,
  SEED_ZWNJ_WORDS,
  TURKISH_SEED_SENTENCES,
} from './fixtures/seed-sentences';

const ZWNJ = '\u200c';
const ARABIC_VARIANTS = /[يىئكةۀأإؤٱڪھ]/;
const NON_ASCII_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/;
/** Marks and invisibles that must not survive; alternation keeps the linter's class rule happy. */
const MARKS = /\u0640|\u200C|\u200D|[\u064B-\u065F\u0670\u0300-\u036F\u200E\u200F]/;

/** The same word written with ZWNJ, with a space and run together. */
function threeSpellings(withZwnj: string): string[] {
  return [withZwnj, withZwnj.split(ZWNJ).join(' '), withZwnj.split(ZWNJ).join('')];
}

function expectSame(...texts: string[]): void {
  const keys = texts.map(normalizeText);
  expect(new Set(keys).size).toBe(1);
}

describe('normalizeText: Arabic and Persian letters', () => {
  it.each([
    ['ياتاقان', 'یاتاقان'],
    ['مكانيكي', 'مکانیکی'],
    ['كابل', 'کابل'],
    ['فولاد سازي', 'فولاد سازی'],
    ['مصطفى', 'مصطفی'],
    ['رئيس', 'رییس'],
    ['رئیس', 'رییس'],
    ['مؤسسه', 'موسسه'],
    ['تأکید', 'تاکید'],
    ['إسلامی', 'اسلامی'],
    ['ٱلله', 'الله'],
    ['مدرسة', 'مدرسه'],
    ['خانۀ', 'خانه'],
    ['اجزاء', 'اجزا'],
  ])('%s normalises like %s', (variant, persian) => {
    expect(normalizeText(variant)).toBe(normalizeText(persian));
    expect(normalizeText(variant)).not.toMatch(ARABIC_VARIANTS);
  });

  it('keeps آ (alef madda) and does not turn it into ا', () => {
    expect(normalizeText('آهن اسفنجی')).toBe('آهن اسفنجی');
    expect(normalizeText('آ')).toBe('آ');
  });

  it('composes a decomposed alef madda (ا + U+0653) before stripping marks', () => {
    expect(normalizeText('ا\u0653هن')).toBe('آهن');
  });

  it('reads Arabic presentation forms copied out of PDFs', () => {
    // ﺑﻠﺒﺮﯾﻨﮓ: the same letters in their contextual presentation forms.
    expect(normalizeText('\uFE91\uFEE0\uFE92\uFEAE\uFBFE\uFEE8\uFB94')).toBe('بلبرینگ');
  });

  it.each([
    ['tatweel', 'بلبـــرینگ', 'بلبرینگ'],
    ['fatha/kasra/damma', 'بَلْبِرینگ', 'بلبرینگ'],
    ['tanwin', 'حتماً', 'حتما'],
    ['shadda', 'مقرّر', 'مقرر'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['hamza above on heh', 'خانهٔ', 'خانه'],
  ])('removes %s', (_name, marked, plain) => {
    expect(normalizeText(marked)).toBe(plain);
  });
});

describe('normalizeText: digits', () => {
  it('makes Persian, Arabic-Indic and ASCII digits equal', () => {
    expect(normalizeText('۳۵۰')).toBe('350');
    expect(normalizeText('٣٥٠')).toBe('350');
    expect(normalizeText('350')).toBe('350');
  });

  it('converts every digit, also mixed in one number', () => {
    expect(normalizeText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeText('۶2٠۴')).toBe('6204');
  });

  it('turns the Persian decimal and thousands separators into ASCII ones', () => {
    expect(normalizeText('۲٫۵ میلیمتر')).toBe('2.5 میلیمتر');
    expect(normalizeText('۱۲٬۵۰۰ تن')).toBe('12,500 تن');
  });

  it('separates a part number written against a Persian word', () => {
    expect(normalizeText('بلبرینگ۶۲۰۴')).toBe('بلبرینگ 6204');
    expect(normalizeText('6204بلبرینگ')).toBe('6204 بلبرینگ');
    expect(normalizeText('PCBهای')).toBe('pcb های');
  });

  it('toAsciiDigits touches nothing but digits', () => {
    expect(toAsciiDigits('بلبرینگ ۶۲۰۴-٢RS')).toBe('بلبرینگ 6204-2RS');
    expect(toAsciiDigits('')).toBe('');
  });
});

describe('normalizeText: ZWNJ, space and run-together spellings', () => {
  it.each([
    ['خوشه‌های'],
    ['شهرک‌های'],
    ['قالب‌سازی'],
    ['می‌شود'],
    ['نمی‌شود'],
    ['ماشین‌آلات'],
    ['بسته‌بندی'],
    ['ریخته‌گری'],
    ['لوله‌کشی'],
    ['تولید‌کننده'],
    ['تولید‌کنندگان'],
    ['سرمایه‌گذاری'],
    ['راه‌اندازی'],
    ['بهره‌برداری'],
    ['نیاز‌سنجی'],
    ['دانش‌بنیان'],
    ['کشتی‌سازی'],
    ['بزرگ‌تر'],
    ['بزرگ‌ترین'],
    ['ساده‌تر'],
    ['خوشه‌هایی'],
    ['گواهی‌نامه'],
    ['خانه‌ی'],
    ['منطقه‌ای'],
    ['حرفه‌ای'],
    ['شده‌است'],
    ['شده‌اند'],
    ['جمع‌آوری'],
    ['رقابت‌پذیری'],
    ['علاقه‌مند'],
    ['اندازه‌گیری'],
    ['زمین‌شناسی'],
    ['همکاری‌های'],
    ['میلگرد‌ها'],
    ['فیلتر‌ها'],
    ['آب‌بندی'],
  ])('%s, its spaced and its run-together forms are one key', (word) => {
    expectSame(...threeSpellings(word));
    expect(normalizeText(word)).not.toContain(ZWNJ);
  });

  it('gives the tokens the brief asks for', () => {
    expect(normalizeText('خوشههای')).toBe('خوشه های');
    expect(normalizeText('شهرکهای')).toBe('شهرک های');
    expect(normalizeText('قالبسازی')).toBe('قالب سازی');
    expect(normalizeText('میشود')).toBe('می شود');
  });

  it.each(SEED_ZWNJ_WORDS.map(([scraped, zwnj]) => [scraped, zwnj]))(
    'seed word %s equals its ZWNJ form %s',
    (scraped, zwnj) => {
      expect(normalizeText(scraped)).toBe(normalizeText(zwnj));
      expect(normalizeText(zwnj.split(ZWNJ).join(' '))).toBe(normalizeText(scraped));
    },
  );

  it.each(SEED_SPACED_WORDS.map(([spaced, zwnj]) => [spaced, zwnj]))(
    'seed phrase %s equals %s and its run-together form',
    (spaced, zwnj) => {
      expectSame(spaced, zwnj, zwnj.split(ZWNJ).join(''));
    },
  );

  it('treats zero-width space like ZWNJ and drops ZWJ and direction marks', () => {
    expect(normalizeText('خوشه\u200bهای')).toBe('خوشه های');
    expect(normalizeText('\u200fبلبرینگ\u200d\u200e')).toBe('بلبرینگ');
  });

  it('leaves words that only look affixed whole', () => {
    expect(normalizeText('میزان')).toBe('میزان');
    expect(normalizeText('میز')).toBe('میز');
    expect(normalizeText('میلگرد')).toBe('میلگرد');
    expect(normalizeText('فیلتر')).toBe('فیلتر');
    expect(normalizeText('سانتیمتر')).toBe('سانتیمتر');
    expect(normalizeText('برنامه')).toBe('برنامه');
    expect(normalizeText('نهایی')).toBe('نهایی');
    expect(normalizeText('برای')).toBe('برای');
    expect(normalizeText('مهم است')).toBe('مهم است');
  });
});

describe('normalizeText: Turkish and English', () => {
  it.each([
    ['İSTANBUL', 'istanbul'],
    ['ISPARTA', 'isparta'],
    ['Isparta', 'isparta'],
    ['ısparta', 'isparta'],
    ['Şahin', 'sahin'],
    ['Çorum', 'corum'],
    ['RULMAN ÜRETİMİ', 'rulman uretimi'],
    ['Gıda İşleme Makineleri', 'gida isleme makineleri'],
    ['Kahramanmaraş', 'kahramanmaras'],
    ['ÖĞRETİM ÜYESİ', 'ogretim uyesi'],
    ['kâğıt', 'kagit'],
    ['Ball Bearing INFO', 'ball bearing info'],
  ])('%s → %s', (input, key) => {
    expect(normalizeText(input)).toBe(key);
  });

  it('makes Turkish letters match their plain forms', () => {
    expectSame('Şahin', 'sahin', 'SAHIN', 'ŞAHİN');
    expectSame('Çorum', 'corum', 'CORUM');
    expectSame('RULMAN ÜRETİMİ', 'rulman uretimi', 'Rulman Üretimi');
  });

  it('strips the combining dot left by a plain toLowerCase of İ', () => {
    expect(normalizeText('İ'.toLowerCase())).toBe('i');
    expect(normalizeText('i\u0307stanbul')).toBe('istanbul');
  });

  it('turns typographic apostrophes into ASCII ones', () => {
    expect(normalizeText('Erzurum’da')).toBe("erzurum'da");
  });

  it('foldTurkish lower-cases with Turkish rules and folds to ASCII', () => {
    expect(foldTurkish('IĞDIR')).toBe('igdir');
    expect(foldTurkish('İzmir Çeşme')).toBe('izmir cesme');
    expect(foldTurkish('Café')).toBe('cafe');
  });
});

describe('normalizeText: whitespace and edge cases', () => {
  it('collapses whitespace of every kind and trims', () => {
    expect(normalizeText('  بلبرینگ \t\n  ۶۲۰۴\u00a0 SKF  ')).toBe('بلبرینگ 6204 skf');
    expect(normalizeText('\u202fRulman\u2009Üretimi ')).toBe('rulman uretimi');
  });

  it('returns an empty key for empty or blank input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \u200c \t')).toBe('');
    expect(normalizeText(undefined as unknown as string)).toBe('');
  });

  it('keeps punctuation for Meilisearch, with Arabic punctuation made ASCII', () => {
    expect(normalizeText('پمپ، شیرآلات؛ فیلتر؟')).toBe('پمپ, شیر آلات; فیلتر?');
  });
});

describe('normalizeText on the seed sentences', () => {
  const all = [...PERSIAN_SEED_SENTENCES, ...TURKISH_SEED_SENTENCES];

  it.each(all.map((s) => [s.slice(0, 40), s]))('is idempotent: %s…', (_label, sentence) => {
    const once = normalizeText(sentence);
    expect(normalizeText(once)).toBe(once);
  });

  it.each(all.map((s) => [s.slice(0, 40), s]))(
    'leaves no Arabic variant, non-ASCII digit, mark or upper case: %s…',
    (_label, sentence) => {
      const key = normalizeText(sentence);
      expect(key).not.toMatch(ARABIC_VARIANTS);
      expect(key).not.toMatch(NON_ASCII_DIGITS);
      expect(key).not.toMatch(MARKS);
      expect(key).toBe(key.toLowerCase());
      expect(key).not.toMatch(/[ışçğüö]/);
      expect(key).not.toMatch(/\s{2}|^\s|\s$/);
    },
  );

  it('normalises a seed sentence alike whether its words carry ZWNJs or not', () => {
    for (const sentence of PERSIAN_SEED_SENTENCES) {
      let restored = sentence;
      for (const [scraped, zwnj] of SEED_ZWNJ_WORDS) restored = restored.split(scraped).join(zwnj);
      expect(normalizeText(restored)).toBe(normalizeText(sentence));
    }
  });

  it('normalises the seed digits: «۳۵۰ میلیون تنی», «۲۲ پلهای»', () => {
    expect(normalizeText(PERSIAN_SEED_SENTENCES[5])).toContain('350 میلیون تنی');
    expect(normalizeText(PERSIAN_SEED_SENTENCES[4])).toContain('22 پله ای');
  });

  it('makes the seeds’ تأکید and تاکید one word', () => {
    expect(normalizeText(PERSIAN_SEED_SENTENCES[2])).toContain('تاکید');
    expect(normalizeText(PERSIAN_SEED_SENTENCES[2])).not.toContain('تأکید');
  });

  it('normalises the Turkish seed names', () => {
    const key = normalizeText(TURKISH_SEED_SENTENCES.join(' '));
    for (const word of [
      'sahin',
      'corum',
      'kahramanmaras',
      'kumelenme',
      'isbirligi',
      'gida isleme makineleri',
      'gemi insaa',
    ]) {
      expect(key).toContain(word);
    }
  });
});
