import { hash } from 'node:crypto';
import { CapabilityDocument, contentTokensOfNormalized, NeedDocument } from '@niaz/search';
import {
  type FamilyMatch,
  findConceptMatchesInNormalized,
  findFamilyMatchesInNormalized,
  isIndexedConcept,
  linksBetween,
  normalizeText,
  type SynonymFamily,
  tokenize,
} from '@niaz/text';
import type { MatchReason, MatchReasonCode } from './match-reason';
import { reasonText } from './reason-text';

/**
 * The score of one need–capability pair, in [0, 1], with the reasons behind it. A pure
 * function of the two documents: whichever side computed it (a need published, a
 * capability saved), a pair gets the same score and the same reasons.
 *
 * Topical fit decides first: the HS codes (language-neutral), the product families both
 * texts name (synonyms across fa/tr/en), and the words they share. Structured signals (ISIC,
 * certifications, location, capacity, verified) then add up to a fifth of the score, and
 * only in proportion to the topical fit, so a nearby verified firm that makes something
 * else never looks like a match.
 */
export const WEIGHTS = {
  topical: { hs: 0.4, family: 0.3, words: 0.3 },
  structured: { isic: 0.25, certifications: 0.25, location: 0.2, capacity: 0.15, verified: 0.15 },
  /** Share of the final score that structured signals can reach. */
  structuredShare: 0.2,
  /** Topical fit at which structured signals count in full. */
  structuredFullAt: 0.3,
  /** Share of the score lost when the capability lacks every certification the need requires. */
  missingCertification: 0.1,
};

/** HS match levels: same 6-digit code, same 4-digit heading, same 2-digit chapter. */
const HS_LEVEL = { code: 1, heading: 0.85, chapter: 0.2 } as const;
/** HS score when the codes disagree but the capability's text names all the need's title does. */
const HS_TEXT_AGREES = 0.5;
/** A family both texts name but that the need's HS codes do not point to (e.g. "for a conveyor"). */
const SIDE_FAMILY = 0.35;

/**
 * Words every industrial text uses (make, parts, industrial…): they say nothing about which
 * product, so they never count as shared words.
 */
const GENERIC_WORDS = new Set(
  [
    // fa
    'تولید',
    'تولیدی',
    'ساخت',
    'سازنده',
    'سازندگان',
    'قطعه',
    'قطعات',
    'صنعتی',
    'صنایع',
    'داخلی',
    'واردات',
    'وارد',
    'سالانه',
    'عدد',
    'شرکت',
    'خط',
    'تامین',
    'کننده',
    'انواع',
    'کارخانه',
    'محصولات',
    'محصول',
    'کیفیت',
    'بالا',
    'نیازمند',
    'نیاز',
    'دنبال',
    'هستیم',
    'کنیم',
    'سال',
    'تن',
    'متر',
    'کیلوگرم',
    'ماه',
    'آلمان',
    'چین',
    'ترکیه',
    'ایتالیا',
    'خارجی',
    'مشابه',
    // tr
    'uretim',
    'uretimi',
    'uretiyoruz',
    'imalat',
    'imalati',
    'imal',
    'parca',
    'parcalari',
    'parcasi',
    'sanayi',
    'endustriyel',
    'yillik',
    'yilda',
    'adet',
    'ton',
    'tedarik',
    'firma',
    'firmamiz',
    'urun',
    'urunleri',
    'kaliteli',
    'ithal',
    'ithalat',
    'yerli',
    'ihtiyac',
    'ihtiyacimiz',
    'ariyoruz',
    'icin',
    'cesitli',
    'tesisimizde',
    'tesis',
    'yapiyoruz',
    // en
    'production',
    'produce',
    'producing',
    'manufacturing',
    'manufacture',
    'manufacturer',
    'manufacturers',
    'make',
    'made',
    'maker',
    'parts',
    'part',
    'industrial',
    'industry',
    'supply',
    'supplier',
    'annual',
    'annually',
    'year',
    'units',
    'unit',
    'pieces',
    'pcs',
    'company',
    'products',
    'product',
    'quality',
    'high',
    'import',
    'imported',
    'local',
    'need',
    'needed',
    'looking',
    'various',
    'custom',
    'tons',
    'plant',
  ].map((w) => normalizeText(w)),
);

const LATIN = /^[a-z]+$/;

/** Same word, or (Latin) the same stem with a Turkish or English ending: rulman ~ rulmanlar. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // The cheap tests first: most pairs of words share no prefix, and the script test was
  // most of this function's time (it runs for every word pair of every scored pair).
  return (
    short.length >= 5 &&
    long.length - short.length <= 5 &&
    long.startsWith(short) &&
    LATIN.test(short) &&
    LATIN.test(long)
  );
}

/**
 * Share of `words` found in `among`: the same word, or a word of a vocabulary concept the
 * other text names in any language (`kemik` ~ `استخوان` ~ `bone`), so that shared words
 * cross languages as families do.
 */
function coverage(
  words: string[],
  among: string[],
  conceptsOfWord: ReadonlyMap<string, readonly string[]> = new Map(),
  otherConcepts: ReadonlySet<string> = new Set(),
): { share: number; found: string[] } {
  if (words.length === 0) return { share: 0, found: [] };
  const found = words.filter(
    (w) =>
      among.some((o) => sameWord(w, o)) ||
      (conceptsOfWord.get(w) ?? []).some((k) => otherConcepts.has(k)),
  );
  return { share: found.length / words.length, found };
}

/**
 * The indexed vocabulary concepts a text names (units, generic words and attributes say
 * nothing about the product), and which of its words name each.
 */
function conceptsIn(
  normalized: string,
  familyWords: ReadonlySet<string> = new Set(),
  familyTerms: ReadonlySet<string> = new Set(),
): {
  keys: Set<string>;
  byWord: Map<string, string[]>;
  /** Weight of each concept as evidence of the product: materials, processes, body parts less. */
  weights: Map<string, number>;
  headings: Map<string, readonly string[]>;
  /** Concepts named only by a whole family term: they narrow that family, nothing more. */
  viaFamily: Set<string>;
} {
  const tokens = tokenize(normalized);
  const viaFamily = new Set<string>();
  const direct = new Set<string>();
  const keys = new Set<string>();
  const weights = new Map<string, number>();
  const headings = new Map<string, readonly string[]>();
  const byWord = new Map<string, string[]>();
  for (const m of findConceptMatchesInNormalized(normalized)) {
    if (!isIndexedConcept(m.entry)) continue;
    const length = tokenize(m.normalizedTerm).length;
    const words = tokens.slice(m.position, m.position + length);
    // Words inside a longer family term are the family's (`نوار` of `نوار نقاله` is a
    // conveyor, not a belt); a concept named by a whole family term (`سوند`: catheter, of the
    // medical consumables) still says which product of the family.
    const inFamily = words.every((w) => familyWords.has(w));
    if (inFamily && !familyTerms.has(m.normalizedTerm)) continue;
    (inFamily ? viaFamily : direct).add(m.entry.key);
    keys.add(m.entry.key);
    weights.set(m.entry.key, SUPPORTING_GROUPS.has(m.entry.group) ? 0.5 : 1);
    headings.set(m.entry.key, m.entry.hsHeadings);
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), m.entry.key]);
  }
  for (const key of direct) viaFamily.delete(key);
  return { keys, byWord, weights, headings, viaFamily };
}

function titleConceptsOf(title: string, familyWords: readonly string[], familyTerms: Set<string>) {
  const { weights, headings, viaFamily } = conceptsIn(title, new Set(familyWords), familyTerms);
  return { titleConcepts: weights, titleConceptHeadings: headings, titleViaFamily: viaFamily };
}

/** Concept groups that describe a product (its material, process, body part) without naming it. */
const SUPPORTING_GROUPS = new Set(['material', 'process', 'body']);

/**
 * Weighted share of the concepts a need's title names that the capability's text names too,
 * in any language; null when the title names none.
 */
function titleConceptShare(
  need: TextFeatures,
  capability: TextFeatures,
  onlyHeadings?: ReadonlySet<string>,
): number | null {
  let all = 0;
  let found = 0;
  for (const [key, weight] of need.titleConcepts) {
    if (onlyHeadings && !need.titleConceptHeadings.get(key)?.some((h) => onlyHeadings.has(h)))
      continue;
    // A concept the title names by a family term counts only within the need's headings.
    if (!onlyHeadings && need.titleViaFamily.has(key)) continue;
    all += weight;
    if (capability.concepts.has(key)) found += weight;
  }
  return all > 0 ? found / all : null;
}

/** Content words, without generic ones, single letters and short bare numbers (`4`, `30`). */
function meaningful(normalized: string): string[] {
  return contentTokensOfNormalized(normalized, GENERIC_WORDS).filter(
    (t) => t.length > 1 && !/^\d{1,2}$/.test(t),
  );
}

/**
 * What the scorer reads of one document's (already normalised) text, worked out once per
 * document and kept while the document lives: a matching job scores one subject against
 * dozens of candidates, and normalising or scanning the same text again for every pair was
 * most of the worker's time (measured with `npm run bench -- --cpu-prof`).
 */
interface TextFeatures {
  families: FamilyMatch[];
  /** The words of the family terms found (they count as families, not again as words). */
  familyWords: string[];
  titleWords: string[];
  textWords: string[];
  /** Vocabulary concepts of the whole text, and the words naming them. */
  concepts: Set<string>;
  conceptsOfWord: Map<string, string[]>;
  /** The title's concepts with their weights, and their HS headings. */
  titleConcepts: Map<string, number>;
  titleConceptHeadings: Map<string, readonly string[]>;
  titleViaFamily: Set<string>;
  provinceKey: string | null;
  unitKey: string | null;
}

const features = new WeakMap<object, TextFeatures>();

/**
 * Features by document id, kept across batches: the same capabilities come back as candidates
 * of need after need (each search answers fresh objects, so the WeakMap above misses), and
 * working their text out again was a fifth of the worker's CPU per published need. An entry
 * serves only a document whose scored text, province and unit hash to what it was made from
 * (a digest rather than the text itself: ~2.5 KB an entry instead of ~3.5); the least
 * recently used go first.
 */
interface KeptFeatures {
  digest: string;
  features: TextFeatures;
}
const KEPT_PER_KIND = 10_000;
const kept = { need: new Map<string, KeptFeatures>(), capability: new Map<string, KeptFeatures>() };

function featuresOf(
  doc: NeedDocument | CapabilityDocument,
  text: string,
  kind: keyof typeof kept,
): TextFeatures {
  let f = features.get(doc);
  if (f) return f;
  const byId = kept[kind];
  const k = byId.get(doc.id);
  const digest = hash(
    'sha1',
    `${doc.searchTitle}\0${text}\0${doc.province ?? '\u0001'}\0${doc.unit ?? '\u0001'}`,
    'base64',
  );
  if (k) byId.delete(doc.id);
  if (k?.digest === digest) f = k.features;
  else {
    f = textFeatures(doc, text);
    if (!k && byId.size >= KEPT_PER_KIND) byId.delete(byId.keys().next().value!);
  }
  byId.set(doc.id, { digest, features: f });
  features.set(doc, f);
  return f;
}

function textFeatures(doc: NeedDocument | CapabilityDocument, text: string): TextFeatures {
  const families = findFamilyMatchesInNormalized(text);
  const familyWords = [...new Set(families.flatMap((m) => m.normalizedTerm.split(' ')))];
  const familyTerms = new Set(families.map((m) => m.normalizedTerm));
  const concepts = conceptsIn(text, new Set(familyWords), familyTerms);
  const title = titleConceptsOf(doc.searchTitle, familyWords, familyTerms);
  // Kept by the thousand (above): the many empty collections share one each.
  return {
    families,
    familyWords,
    titleWords: meaningful(doc.searchTitle),
    textWords: meaningful(text),
    concepts: lean(concepts.keys),
    conceptsOfWord: lean(concepts.byWord),
    titleConcepts: lean(title.titleConcepts),
    titleConceptHeadings: lean(title.titleConceptHeadings),
    titleViaFamily: lean(title.titleViaFamily),
    provinceKey: doc.province ? normalizeText(doc.province) : null,
    unitKey: doc.unit ? normalizeText(doc.unit) : null,
  };
}

const EMPTY_SET = new Set<unknown>();
const EMPTY_MAP = new Map<unknown, unknown>();
/** The collection, or the shared empty one (features are only read once made). */
function lean<C extends Set<unknown> | Map<unknown, unknown>>(c: C): C {
  if (c.size > 0) return c;
  return (c instanceof Map ? EMPTY_MAP : EMPTY_SET) as unknown as C;
}

const needFeatures = (n: NeedDocument) =>
  featuresOf(n, `${n.searchTitle}\n${n.searchDescription}`, 'need');
const capabilityFeatures = (c: CapabilityDocument) =>
  featuresOf(
    c,
    [c.searchTitle, c.searchProcesses, c.searchMaterials, c.searchDescription].join('\n'),
    'capability',
  );

/** The closest HS link between two sets of declared codes. */
export function hsLink(
  a: readonly string[],
  b: readonly string[],
): { level: keyof typeof HS_LEVEL; code: string } | null {
  let best: { level: keyof typeof HS_LEVEL; code: string } | null = null;
  const rank = { code: 3, heading: 2, chapter: 1 };
  for (const x of a)
    for (const y of b) {
      let n = 0;
      while (n < x.length && n < y.length && x[n] === y[n]) n++;
      const level = n >= 6 ? 'code' : n >= 4 ? 'heading' : n >= 2 ? 'chapter' : null;
      if (!level) continue;
      const code = x.slice(0, level === 'code' ? 6 : level === 'heading' ? 4 : 2);
      if (!best || rank[level] > rank[best.level]) best = { level, code };
    }
  return best;
}

/**
 * Families the need is about: those its declared HS headings point to. Only when none
 * does, those its title names. "Bearings for a conveyor" is about bearings: the conveyor
 * is what they are for.
 */
function primaryFamilies(need: NeedDocument, named: readonly FamilyMatch[]): Set<SynonymFamily> {
  const headings = new Set(need.declaredHsCodes.map((c) => c.slice(0, 4)));
  const byCode = named
    .map((m) => m.family)
    .filter((f) => f.hsHeadings.some((h) => headings.has(h)));
  if (byCode.length) return new Set(byCode);
  return new Set(findFamilyMatchesInNormalized(need.searchTitle).map((m) => m.family));
}

const needHeadings = new WeakMap<NeedDocument, Set<string>>();
function needHeadingsOf(need: NeedDocument): Set<string> {
  let h = needHeadings.get(need);
  if (!h) {
    h = new Set(need.declaredHsCodes.map((c) => c.slice(0, 4)));
    needHeadings.set(need, h);
  }
  return h;
}

const primary = new WeakMap<NeedDocument, Set<SynonymFamily>>();
function primaryFamiliesOf(need: NeedDocument): Set<SynonymFamily> {
  let p = primary.get(need);
  if (!p) {
    p = primaryFamilies(need, needFeatures(need).families);
    primary.set(need, p);
  }
  return p;
}

/** A reason with its English wording from the one table (reason-text.ts). */
/**
 * Its text is worded when first read (kept pairs are stored, JSON.stringify reads it): most
 * scored pairs are candidates that are cut, and wording every reason of every candidate was
 * ~5 % of the worker's CPU per published need.
 */
const reason = (code: MatchReasonCode, params: MatchReason['params']): MatchReason => {
  let text: string | undefined;
  return {
    code,
    params,
    get text(): string {
      return (text ??= reasonText({ code, params, text: '' }, 'en'));
    },
  };
};

export interface ScoredPair {
  /** In [0, 1], four decimals (the column's precision). */
  score: number;
  /** How well the two are about the same product, in [0, 1]. */
  topical: number;
  reasons: MatchReason[];
}

/** One structured signal: its share of `WEIGHTS.structured` and the reasons it gives. */
interface Signal {
  score: number;
  reasons: MatchReason[];
  /** Certifications only: the share of required certificates the capability lacks. */
  missingShare?: number;
}

/** The same ISIC class, or at least the same division (half). */
function isicSignal(need: NeedDocument, capability: CapabilityDocument): Signal {
  const weight = WEIGHTS.structured.isic;
  if (!need.isic || !capability.isic) return { score: 0, reasons: [] };
  if (need.isic === capability.isic)
    return { score: weight, reasons: [reason('isic', { code: need.isic })] };
  if (need.isic.slice(0, 2) === capability.isic.slice(0, 2))
    return {
      score: weight * 0.5,
      reasons: [reason('isic_division', { code: need.isic.slice(0, 2) })],
    };
  return { score: 0, reasons: [] };
}

/** The required certificates held (all of them when none is required), and those missing. */
function certificationSignal(need: NeedDocument, capability: CapabilityDocument): Signal {
  const weight = WEIGHTS.structured.certifications;
  if (need.certifications.length === 0) return { score: weight, reasons: [], missingShare: 0 };
  const held = need.certifications.filter((c) => capability.certifications.includes(c));
  const missing = need.certifications.filter((c) => !capability.certifications.includes(c));
  return {
    score: (weight * held.length) / need.certifications.length,
    reasons: [
      ...held.map((c) => reason('certification', { name: c })),
      ...missing.map((c) => reason('certification_missing', { name: c })),
    ],
    missingShare: missing.length / need.certifications.length,
  };
}

/** The same province, or at least the same country (half). */
function locationSignal(
  need: NeedDocument,
  capability: CapabilityDocument,
  needProvince: string | null | undefined,
  capabilityProvince: string | null | undefined,
): Signal {
  const weight = WEIGHTS.structured.location;
  const sameCountry = need.country === capability.country;
  if (sameCountry && needProvince && needProvince === capabilityProvince)
    return { score: weight, reasons: [reason('province', { name: need.province ?? '' })] };
  if (sameCountry)
    return { score: weight * 0.5, reasons: [reason('country', { code: need.country })] };
  return { score: 0, reasons: [] };
}

/** Capacity for the yearly quantity (in the same unit); unknown counts half. */
function capacitySignal(
  need: NeedDocument,
  capability: CapabilityDocument,
  needUnit: string | null | undefined,
  capabilityUnit: string | null | undefined,
): Signal {
  const weight = WEIGHTS.structured.capacity;
  const quantity = need.quantityPerYear;
  const capacity = capability.capacityPerYear;
  const unitsAgree = !needUnit || !capabilityUnit || needUnit === capabilityUnit;
  if (!(quantity && capacity && unitsAgree)) return { score: weight * 0.5, reasons: [] }; // unknown: neither for nor against
  if (capacity >= quantity)
    return { score: weight, reasons: [reason('capacity', { capacity, quantity })] };
  return { score: (weight * 0.5 * capacity) / quantity, reasons: [] };
}

/** An organisation verified by the platform. */
function verifiedSignal(capability: CapabilityDocument): Signal {
  return capability.verified
    ? { score: WEIGHTS.structured.verified, reasons: [reason('verified', {})] }
    : { score: 0, reasons: [] };
}

export function scorePair(need: NeedDocument, capability: CapabilityDocument): ScoredPair {
  const reasons: MatchReason[] = [];

  // HS codes.
  const hs = hsLink(need.declaredHsCodes, capability.declaredHsCodes);
  if (hs) reasons.push(reason(`hs_${hs.level}`, { code: hs.code }));
  let hsScore = hs ? HS_LEVEL[hs.level] : 0;

  // Product families named on both sides (across languages).
  const nf = needFeatures(need);
  const cf = capabilityFeatures(capability);
  const primary = primaryFamiliesOf(need);
  const links = linksBetween(cf.families, nf.families);
  let familyScore = 0;
  for (const link of links) {
    const isPrimary = [...primary].some((f) => f.key === link.family);
    familyScore = Math.max(familyScore, isPrimary ? 1 : SIDE_FAMILY);
    reasons.push(reason('keyword', { a: link.termA, b: link.termB, family: link.family }));
  }

  // The concepts the need's title names (catheter, bone, honey), found in the capability in
  // any language: a family shared without them is a neighbour (a syringe for a catheter, both
  // medical consumables), and a product no family covers is recognised by them alone.
  // Only concepts under the need's own HS headings narrow a family down (a gearbox "for a
  // mixer" is not less a gearbox where the maker does not mention mixers).
  const share = titleConceptShare(nf, cf);
  const narrowing = titleConceptShare(nf, cf, needHeadingsOf(need));
  if (narrowing !== null) familyScore *= 0.5 + 0.5 * narrowing;
  if (share !== null) familyScore = Math.max(familyScore, share);

  // Words both texts use besides product-family terms, which the families above already
  // count (once, and with less weight when the family is only what the need is for):
  // part numbers, materials, specifics.
  const familyWords = [...new Set([...nf.familyWords, ...cf.familyWords])];
  const words = (list: string[]) => list.filter((w) => !familyWords.some((f) => sameWord(w, f)));
  const needTitleWords = words(nf.titleWords);
  const needWords = words(nf.textWords);
  const capTitleWords = words(cf.titleWords);
  const capWords = words(cf.textWords);
  const fromNeedTitle = coverage(needTitleWords, capWords, nf.conceptsOfWord, cf.concepts);
  const fromCapTitle = coverage(capTitleWords, needWords, cf.conceptsOfWord, nf.concepts);
  const overall = coverage(needWords, capWords, nf.conceptsOfWord, cf.concepts);
  const wordsScore = Math.min(
    1,
    0.5 * fromNeedTitle.share + 0.25 * fromCapTitle.share + 0.25 * Math.min(1, overall.share * 2),
  );
  const shared = [...new Set([...fromNeedTitle.found, ...overall.found])];
  if (shared.length) reasons.push(reason('words', { words: shared.slice(0, 4).join(', ') }));

  // A capability whose text names everything the need's title does, but whose declared HS
  // code sits elsewhere, most likely declared the wrong code: the text counts for half a code.
  if (share === 1 && narrowing !== 0 && hsScore < HS_TEXT_AGREES) hsScore = HS_TEXT_AGREES;

  const t = WEIGHTS.topical;
  const topical = t.hs * hsScore + t.family * familyScore + t.words * wordsScore;

  // Structured signals, each with its reasons, summed in this order.
  const signals = [
    isicSignal(need, capability),
    certificationSignal(need, capability),
    locationSignal(need, capability, nf.provinceKey, cf.provinceKey),
    capacitySignal(need, capability, nf.unitKey, cf.unitKey),
    verifiedSignal(capability),
  ];
  let structured = 0;
  for (const signal of signals) {
    structured += signal.score;
    reasons.push(...signal.reasons);
  }
  const missingShare = signals[1].missingShare ?? 0;

  const weight = Math.min(1, topical / WEIGHTS.structuredFullAt);
  // A certificate the need requires is a condition, not a bonus: lacking it costs a share of
  // the whole score, so a comparable maker that holds it ranks above.
  const raw =
    ((1 - WEIGHTS.structuredShare) * topical + WEIGHTS.structuredShare * structured * weight) *
    (1 - WEIGHTS.missingCertification * missingShare);
  return {
    score: Math.round(Math.min(1, Math.max(0, raw)) * 10_000) / 10_000,
    topical,
    reasons,
  };
}
