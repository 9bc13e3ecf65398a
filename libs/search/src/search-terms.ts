import {
  conceptToken,
  familyToken,
  findConceptMatchesInNormalized,
  findFamilyMatchesInNormalized,
  findPlaces,
  isIndexedConcept,
  normalizeText,
  placeTokensOfNormalized,
  SYNONYM_FAMILIES,
  TermMatcher,
  tokenize,
} from '@niaz/text';

/**
 * Function words of Persian, Turkish and English in normalizeText space (Persian affixes
 * split off, Turkish folded). Meilisearch ignores them (index setting `stopWords`) and
 * the matcher's queries leave them out, so that a need's query spends its words (Meilisearch
 * reads the first 10) on what it is about.
 */
const RAW_STOP_WORDS = [
  // Persian
  'و',
  'در',
  'به',
  'از',
  'که',
  'را',
  'با',
  'برای',
  'این',
  'آن',
  'است',
  'هست',
  'هستند',
  'هستیم',
  'می',
  'نمی',
  'ها',
  'های',
  'هایی',
  'ای',
  'یک',
  'تا',
  'بر',
  'یا',
  'هم',
  'نیز',
  'شود',
  'شده',
  'کند',
  'کنیم',
  'کنند',
  'کرد',
  'کرده',
  'ما',
  'خود',
  'هر',
  'اما',
  'اگر',
  'بین',
  'پس',
  'چند',
  'دارد',
  'داریم',
  'دارای',
  'باید',
  'بود',
  'شد',
  'مورد',
  'جهت',
  'توسط',
  // Turkish
  've',
  'ile',
  'için',
  'bir',
  'bu',
  'şu',
  'da',
  'de',
  'den',
  'dan',
  'ya',
  'veya',
  'gibi',
  'olan',
  'olarak',
  'her',
  'çok',
  'daha',
  'en',
  'ki',
  'mi',
  'ama',
  'biz',
  'bizim',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'at',
  'as',
  'is',
  'are',
  'be',
  'we',
  'our',
  'us',
  'per',
];

export const STOP_WORDS: readonly string[] = [
  ...new Set(RAW_STOP_WORDS.map((w) => normalizeText(w)).filter(Boolean)),
].sort();

const STOP = new Set(STOP_WORDS);
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text (normalised) that carry meaning, in order, without repeats; `extra`
 * names more words to leave out.
 */
export function contentTokens(text: string, extra?: ReadonlySet<string>): string[] {
  return contentTokensOfNormalized(normalizeText(text), extra);
}

/** contentTokens of a text already in normalizeText form. */
export function contentTokensOfNormalized(
  normalized: string,
  extra?: ReadonlySet<string>,
): string[] {
  const tokens = normalized.match(TOKEN) ?? [];
  return [
    ...new Set(
      tokens.filter((t) => !STOP.has(t) && !extra?.has(t) && (t.length > 1 || /\d/.test(t))),
    ),
  ];
}

const familyMatcher = new TermMatcher(SYNONYM_FAMILIES);

/**
 * The tokens of what a text names and where it is: product families (`xfambearing`),
 * vocabulary concepts other than units (`xconbone`), places (`xplacetabriz` and its
 * province), the places also from the location fields. Documents carry them in
 * `searchFamilies`, where the one-way synonyms of every language lead.
 */
export function meaningTokensOf(
  text: string,
  locations: ReadonlyArray<string | null | undefined> = [],
): string {
  return meaningTokensOfNormalized(normalizeText(text), locations);
}

/**
 * meaningTokensOf of a text already in normalizeText form (a document's `searchTitle`): the
 * text is normalised once, not again for its places (normalisation was most of the
 * reindex's CPU, issue 22); the location fields are normalised as before.
 */
export function meaningTokensOfNormalized(
  normalized: string,
  locations: ReadonlyArray<string | null | undefined> = [],
): string {
  const tokens = [
    ...findFamilyMatchesInNormalized(normalized).map((m) => familyToken(m.family)),
    ...findConceptMatchesInNormalized(normalized)
      .filter((m) => isIndexedConcept(m.entry))
      .map((m) => conceptToken(m.entry)),
    ...placeTokensOfNormalized(normalized, ...locations).split(' '),
  ].filter(Boolean);
  return [...new Set(tokens)].join(' ');
}

/**
 * Words that say a query is a request (to buy, to source) rather than what is sought:
 * `tedarikçisi arıyoruz`, `sourcing`, `تامین`. Makers rarely write them, so a query keeping
 * them ranks the few documents that do (`yerli üretim`) above the product named in other
 * languages; a query of several words leaves them out, and so do the matcher's word searches.
 */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(
  [
    // fa
    'تامین',
    'تأمین',
    'خرید',
    'نیاز',
    'نیازمند',
    'نیازمندیم',
    'دنبال',
    'استعلام',
    'سفارش',
    // tr
    'tedarik',
    'tedarikçi',
    'tedarikçisi',
    'tedarikçileri',
    'arıyoruz',
    'aranıyor',
    'alım',
    'alımı',
    'yerli',
    'ihtiyaç',
    'ihtiyacımız',
    'talep',
    // en
    'sourcing',
    'wanted',
    'needed',
    'need',
    'looking',
    'required',
    'purchase',
    'buying',
    'procurement',
    'supplier',
    'suppliers',
    'local',
  ].map((w) => normalizeText(w)),
);

/** How much a query word tells: what Meilisearch drops first when all words find nothing. */
const enum Weight {
  Product = 0,
  Concept = 1,
  Unknown = 2,
  Place = 3,
  Generic = 4,
}

/**
 * A normalised query with its words reordered so that Meilisearch's `last` matching
 * strategy, which drops words from the end until something matches, drops the least
 * telling first: generic words and attributes (`yedek parça`, `industrial`), then places,
 * then words no list knows, keeping product nouns and concepts (whose synonyms cross
 * languages) to the end. A term of several words stays whole (its synonym is a phrase), and
 * an inflected Latin word is asked in the form the synonyms know (`vidası` → `vida`).
 * Documents matching more of the words still rank first (ranking rule `words`).
 */
export function orderQueryWords(normalized: string): string {
  const tokens = tokenize(normalized);
  if (tokens.length < 2) return normalized;
  const weight: Weight[] = tokens.map(() => Weight.Unknown);
  const span: number[] = tokens.map((_, i) => i);
  const mark = (position: number, length: number, w: Weight) => {
    for (let j = 0; j < length && position + j < tokens.length; j++) {
      if (weight[position + j] !== Weight.Unknown && weight[position + j] <= w) continue;
      weight[position + j] = w;
      span[position + j] = position;
    }
  };
  const lengthOf = (normalizedTerm: string) => tokenize(normalizedTerm).length;
  // An inflected word (`vidası`) is asked as its term (`vida`): synonyms only know the term.
  const asTerm = (m: { position: number; normalizedTerm: string }) =>
    tokenize(m.normalizedTerm).forEach((t, j) => {
      if (m.position + j < tokens.length) tokens[m.position + j] = t;
    });
  const concepts = findConceptMatchesInNormalized(normalized);
  const places = findPlaces(normalized);
  const families = familyMatcher.find(normalized);
  for (const m of [...concepts, ...places, ...families]) asTerm(m);
  for (const m of concepts) {
    const g = m.entry.group;
    const generic = g === 'generic' || g === 'attribute' || g === 'unit';
    mark(m.position, lengthOf(m.normalizedTerm), generic ? Weight.Generic : Weight.Concept);
  }
  for (const m of places) mark(m.position, lengthOf(m.normalizedTerm), Weight.Place);
  for (const m of families) mark(m.position, lengthOf(m.normalizedTerm), Weight.Product);
  const request = (i: number) => weight[i] === Weight.Unknown && REQUEST_WORDS.has(tokens[i]);
  const asked = tokens.some((_, i) => !request(i));
  const order = tokens
    .map((t, i) => ({ t, i, w: weight[i], s: span[i] }))
    .filter((o) => !asked || !request(o.i))
    .sort((a, b) => a.w - b.w || a.s - b.s || a.i - b.i);
  return order.map((o) => o.t).join(' ');
}
