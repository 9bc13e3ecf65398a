/**
 * Persian word-boundary rules: make `خوشه‌های`, `خوشه های` and `خوشههای` the same tokens.
 *
 * Writers join an affix to its word with a ZWNJ (U+200C), with a space, or (scraped text,
 * whose ZWNJs were lost) with nothing. Meilisearch splits on ZWNJ, so the search key turns
 * ZWNJ into a space and then runs two steps over every Persian word, at index time and at
 * query time alike:
 *
 *  1. glue:  a *bound* affix standing alone after a space (`خوشه های`, `می شود`) is joined
 *            to its neighbour, so that all three spellings become the run-together string;
 *  2. split: every run-together word is cut again, longest affix first and recursively,
 *            as long as the stem that remains is long enough (`خوشههای` → `خوشه های`).
 *
 * Because glue feeds split, the three spellings always give the same tokens, even where
 * the cut is ambiguous (`خانهای` is `خانه‌ای` or `خان‌های`); the tables below only decide
 * which stem survives. *Free* affixes (`نامه`, `است`, `کرد`…) are also ordinary words,
 * so they are only split off, never glued. The rules are heuristics, not a lexicon: the
 * aim is consistency on both sides of a search first, good stems second.
 */

interface SuffixRule {
  /** The affix as it appears after normalisation. */
  readonly text: string;
  /** Shortest stem the affix may be cut from (keeps `بها`, `نهایی` whole). */
  readonly minStem: number;
  /** Only after a stem ending in ه (ezafe `‌ی`, `‌ای`, `‌است`, `‌اند`). */
  readonly afterHeh?: boolean;
  /** Also a word on its own: split it off, never glue it on. */
  readonly free?: boolean;
}

const SUFFIX_RULES: readonly SuffixRule[] = [
  // Plural and comparative/superlative: the classic ZWNJ suffixes.
  ...['هایی', 'های', 'ها', 'ترین', 'تر'].map((text) => ({ text, minStem: 2 })),
  // After a word ending in silent ه: indefinite/ezafe and the copula.
  ...['ای', 'ی', 'اند'].map((text) => ({ text, minStem: 3, afterHeh: true })),
  { text: 'است', minStem: 3, afterHeh: true, free: true },
  // Second halves of compounds written either way (`قالب‌سازی`, `دانش‌بنیان`, `ماشین‌آلات`).
  ...[
    'سازی',
    'سازان',
    'ساز',
    'گری',
    'کاری',
    'بندی',
    'کننده',
    'کنندگان',
    'ریزی',
    'اندازی',
    'گذاری',
    'گذاران',
    'گذار',
    'برداری',
    'سنجی',
    'بنیان',
    'کشی',
    'آلات',
    'آوری',
    'آفرینی',
    'آفرینان',
    'آفرین',
    'افزایی',
    'پذیری',
    'پذیر',
    'مندی',
    'مند',
    'گیری',
    'گرایی',
    'شناسی',
    'زاده',
    'پور',
  ].map((text) => ({ text, minStem: 2 })),
  { text: 'نامه', minStem: 3, free: true }, // not بر‌نامه
  ...['یافته', 'بینی', 'کرد'].map((text) => ({ text, minStem: 2, free: true })),
].sort((a, b) => b.text.length - a.text.length);

const BOUND_SUFFIXES = new Map(SUFFIX_RULES.filter((r) => !r.free).map((r) => [r.text, r]));

/**
 * Words ending in ه that commonly take `‌ای` (`منطقه‌ای`, `حرفه‌ای`). For them `Xهای` is
 * read as `Xه ای` rather than the plural `X های`; every other `Xهای` is a plural.
 */
const HEH_AY_STEMS = new Set([
  'منطقه',
  'حرفه',
  'هسته',
  'رایانه',
  'لوله',
  'شیشه',
  'پروانه',
  'قطعه',
  'مرحله',
  'شبکه',
  'رشته',
  'لایه',
  'زاویه',
  'دایره',
  'صفحه',
  'مقایسه',
  'جداگانه',
  'ویژه',
  'گسترده',
  'پیچیده',
  'ساده',
  'عمده',
  'زنجیره',
  'کارخانه',
  'نمونه',
  'پروژه',
  'برنامه',
  'هزینه',
  'توسعه',
  'رابطه',
  'نقطه',
  'جامعه',
  'حوزه',
  'مجموعه',
  'نتیجه',
  'اضافه',
  'پنبه',
  'پایه',
  'سازه',
  'ماده',
  'دنده',
  'حلقه',
  'خانه',
  'رسانه',
  'مشاوره',
  'پله',
  'علاقه',
  'نقره',
  'ملاحظه',
]);

/** Whole words that end like an affix but are not compounds (`فیلتر`, `دیگری`, `تبریزی`). */
const NO_SPLIT = new Set([
  'دیگری',
  'تبریزی',
  'فیلتر',
  'لیتر',
  'میلیلیتر',
  'دفتر',
  'دختر',
  'بستر',
  'اختر',
  'چتر',
  'پوستر',
  'کامپیوتر',
  'روتر',
  'اینورتر',
  'کانورتر',
  'پرینتر',
  'کاتر',
  'تیاتر',
  'ترانسمیتر',
  'آداپتر',
  'هلیکوپتر',
  'کاراکتر',
  'اسکوتر',
  'سنتر',
]);

/** Loanwords ending in `‌تر` look-alikes: units (`سانتیمتر`) and esters (`پلیاستر`). */
function isTarLookAlike(word: string): boolean {
  return (word.endsWith('متر') && word.length >= 6) || word.endsWith('استر');
}

/** Verb prefixes: `می‌شود`, `نمی‌شود`. Glued and split like the bound suffixes. */
const VERB_PREFIXES = ['نمی', 'می'] as const;

/** Nouns that merely start with `می` (`میزان`, `میلگرد`): their `می` is no prefix. */
const MI_NOUN_PREFIXES = [
  'میزان',
  'میزبان',
  'میلگرد',
  'میله',
  'میلی',
  'میان',
  'میدان',
  'میوه',
  'میراث',
  'میهمان',
  'میهن',
  'میکرو',
  'میکس',
  'میگو',
  'میعان',
  'میمون',
  'میکا',
  'میسر',
  'میرزا',
  'میلاد',
  'میگرن',
  'میثاق',
];

/** `به‌زودی`-style adverbs: `به` is split off only before these, never glued. */
const BE_ADVERB_RESTS = new Set([
  'زودی',
  'عنوان',
  'ویژه',
  'طور',
  'دلیل',
  'منظور',
  'صورت',
  'خصوص',
  'وسیله',
  'همراه',
  'موقع',
  'تدریج',
  'سرعت',
  'شدت',
  'نظر',
  'رغم',
]);

function suffixAccepts(rule: SuffixRule, stem: string): boolean {
  return stem.length >= rule.minStem && (!rule.afterHeh || stem.endsWith('ه'));
}

function startsWithVerbPrefix(word: string): string | undefined {
  const prefix = VERB_PREFIXES.find((p) => word.startsWith(p) && word.length - p.length >= 2);
  if (!prefix) return undefined;
  if (prefix === 'می' && MI_NOUN_PREFIXES.some((noun) => word.startsWith(noun))) return undefined;
  return prefix;
}

/** Cut one run-together Persian word into its stem and affix tokens. */
export function splitPersianWord(word: string): string[] {
  if (NO_SPLIT.has(word)) return [word];
  for (const rule of SUFFIX_RULES) {
    if (!word.endsWith(rule.text)) continue;
    const stem = word.slice(0, word.length - rule.text.length);
    if (!suffixAccepts(rule, stem)) continue;
    if (rule.text === 'های' && HEH_AY_STEMS.has(`${stem}ه`)) continue;
    if (rule.text === 'تر' && isTarLookAlike(word)) continue;
    return [...splitPersianWord(stem), rule.text];
  }
  const prefix = startsWithVerbPrefix(word);
  if (prefix) return [prefix, ...splitPersianWord(word.slice(prefix.length))];
  if (word.startsWith('به') && BE_ADVERB_RESTS.has(word.slice(2))) return ['به', word.slice(2)];
  if (word.startsWith('زیر') && word.length >= 6)
    return ['زیر', ...splitPersianWord(word.slice(3))];
  return [word];
}

/** Whether `next`, written after `prev` with a space, is an affix that belongs to `prev`. */
export function shouldGluePersian(prev: string, next: string): boolean {
  if ((VERB_PREFIXES as readonly string[]).includes(prev)) return next.length >= 2;
  const rule = BOUND_SUFFIXES.get(next);
  return rule !== undefined && suffixAccepts(rule, prev);
}

// One Arabic-script letter; after normalisation only letters of the script remain.
const ARABIC_WORD = /((?:(?=\p{Script=Arabic})\p{L})+)/u;

/**
 * Apply glue then split to every Persian word of an already character-normalised,
 * whitespace-collapsed text. Non-Persian text passes through untouched.
 */
export function segmentPersianWords(text: string): string {
  // split() with a capture group alternates: gap, word, gap, word, …, gap.
  const parts = text.split(ARABIC_WORD);
  for (let i = 1; i < parts.length; i += 2) {
    while (
      i + 2 < parts.length &&
      parts[i + 1] === ' ' &&
      shouldGluePersian(parts[i], parts[i + 2])
    ) {
      parts.splice(i, 3, parts[i] + parts[i + 2]);
    }
    parts[i] = splitPersianWord(parts[i]).join(' ');
  }
  return parts.join('');
}
