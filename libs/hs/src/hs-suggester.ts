import {
  findConceptMatchesInNormalized,
  findFamilyMatchesInNormalized,
  normalizeText,
  tokenize,
} from '@niaz/text';
import { hsEntries, type HsEntry } from './hs-nomenclature';

/** One suggested HS code, with the words of the text that led to it. */
export interface HsSuggestion {
  readonly code: string;
  readonly description: string;
  readonly score: number;
  /** The words of the text (as found) behind the suggestion. */
  readonly why: string[];
}

/** Words of the HS descriptions that tell nothing about the goods. */
const HS_STOP = new Set(
  (
    'a an and or of the for to in on with by from at as is are be its their other others ' +
    'than not n e c nec whether including included excluding heading headings subheading ' +
    'chapter thereof kind kinds used use type types similar articles article goods products ' +
    'product etc such which any all more less but no non also only being having has'
  ).split(' '),
);

/** A light English stemmer, the same on both sides: plurals and common endings. */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const LATIN = /^[a-z]+$/;

function englishStems(normalized: string): string[] {
  return tokenize(normalized)
    .filter((t) => LATIN.test(t) && t.length > 1 && !HS_STOP.has(t))
    .map(stemEnglish);
}

interface IndexedEntry {
  readonly entry: HsEntry;
  readonly stems: ReadonlySet<string>;
  readonly length: number;
}

interface DescriptionIndex {
  readonly entries: IndexedEntry[];
  readonly postings: Map<string, IndexedEntry[]>;
  readonly idf: Map<string, number>;
  readonly averageLength: number;
}

let index: DescriptionIndex | undefined;

/**
 * Headings and subheadings with the stems of their descriptions; a subheading also carries
 * its heading's stems (its own text often reads "Other" or "Parts").
 */
function descriptionIndex(): DescriptionIndex {
  if (index) return index;
  const all = hsEntries();
  const entries: IndexedEntry[] = [];
  for (const entry of all.values()) {
    if (entry.level === 2) continue;
    const own = englishStems(normalizeText(entry.description));
    const parent =
      entry.level === 6 ? englishStems(normalizeText(all.get(entry.parent!)!.description)) : [];
    const stems = new Set([...own, ...parent]);
    entries.push({ entry, stems, length: stems.size });
  }
  const postings = new Map<string, IndexedEntry[]>();
  for (const e of entries)
    for (const s of e.stems) postings.set(s, [...(postings.get(s) ?? []), e]);
  const idf = new Map<string, number>();
  for (const [s, list] of postings)
    idf.set(s, Math.log(1 + (entries.length - list.length + 0.5) / (list.length + 0.5)));
  const averageLength = entries.reduce((n, e) => n + e.length, 0) / entries.length;
  index = { entries, postings, idf, averageLength };
  return index;
}

interface Evidence {
  score: number;
  why: Set<string>;
}

/** Weight of a heading named by a product family, by a vocabulary concept. */
const FAMILY_WEIGHT = 6;
const CONCEPT_WEIGHT = 2.5;
/** The descriptions' BM25 score counts half: the text's own words are noisier than its concepts. */
const TEXT_WEIGHT = 0.5;
/** Headings of medical goods: pharmaceutical goods, dressings, instruments, implants, X-ray, furniture. */
const MEDICAL_HEADINGS = /^(?:300[2-6]|90(?:18|19|20|21|22)|9402)$/;
const MEDICAL_CONTEXT_BOOST = 1.6;
/** Generic words and attributes point weakly; body parts and medical words decide (bone screw). */
const CONCEPT_GROUP_WEIGHT: Partial<Record<string, number>> = {
  generic: 0.4,
  attribute: 0.4,
  body: 3,
  medical: 3,
};

/**
 * The most likely HS headings or subheadings for a need's or capability's text in Persian,
 * Turkish or English: product families and vocabulary concepts found in the text point to
 * headings (in any language), and the English words of the text and of those concepts are
 * scored against the nomenclature's descriptions (BM25). A subheading is offered instead of
 * its heading only when its own description fits the text clearly better.
 */
export function suggestHsCodes(text: string, limit = 5): HsSuggestion[] {
  const normalized = normalizeText(text ?? '');
  if (!normalized.trim()) return [];
  const idx = descriptionIndex();
  const headingEvidence = new Map<string, Evidence>();
  const add = (code: string, score: number, why: string) => {
    const e = headingEvidence.get(code) ?? { score: 0, why: new Set<string>() };
    e.score += score;
    e.why.add(why);
    headingEvidence.set(code, e);
  };

  // English query words: the text's own Latin words and the English terms of what it names.
  const queryStems = new Map<string, string>();
  for (const t of tokenize(normalized))
    if (LATIN.test(t) && !HS_STOP.has(t) && t.length > 1) queryStems.set(stemEnglish(t), t);

  const families = findFamilyMatchesInNormalized(normalized);
  for (const m of families) {
    const headings = m.family.hsHeadings;
    headings.forEach((h, i) => add(h, FAMILY_WEIGHT / (1 + i * 0.5), m.term));
    for (const en of m.family.terms.en.slice(0, 2))
      for (const s of englishStems(normalizeText(en)))
        if (!queryStems.has(s)) queryStems.set(s, m.term);
  }
  const concepts = findConceptMatchesInNormalized(normalized).filter(
    (m) => m.entry.group !== 'unit',
  );
  const specific = concepts.filter(
    (m) => m.entry.group !== 'generic' && m.entry.group !== 'attribute',
  );
  for (const m of concepts) {
    const weight = CONCEPT_GROUP_WEIGHT[m.entry.group] ?? 1;
    const headings = m.entry.hsHeadings;
    headings.forEach((h) => add(h, (CONCEPT_WEIGHT * weight) / Math.sqrt(headings.length), m.term));
    for (const en of m.entry.terms.en.slice(0, 3))
      for (const s of englishStems(normalizeText(en)))
        if (!queryStems.has(s)) queryStems.set(s, m.term);
  }
  // Concepts found together (bone + screw, medical + catheter) agree on a heading: reward it.
  if (specific.length > 1) {
    const counts = new Map<string, number>();
    for (const m of specific)
      for (const h of new Set(m.entry.hsHeadings)) counts.set(h, (counts.get(h) ?? 0) + 1);
    for (const [h, n] of counts) if (n > 1) add(h, n * 1.5, '');
  }

  // BM25 over the descriptions.
  const textScores = new Map<IndexedEntry, Evidence>();
  const k1 = 1.2;
  const b = 0.75;
  for (const [stem, word] of queryStems) {
    const list = idx.postings.get(stem);
    if (!list) continue;
    const idf = idx.idf.get(stem) ?? 0;
    for (const e of list) {
      const tf = 1;
      const s = (idf * (tf * (k1 + 1))) / (tf + k1 * (1 - b + (b * e.length) / idx.averageLength));
      const ev = textScores.get(e) ?? { score: 0, why: new Set<string>() };
      ev.score += s;
      ev.why.add(word);
      textScores.set(e, ev);
    }
  }

  // A heading's text score is its own or its best subheading's.
  const best = new Map<
    string,
    { text: number; sub?: IndexedEntry; subScore: number; why: Set<string> }
  >();
  for (const [e, ev] of textScores) {
    const heading = e.entry.level === 4 ? e.entry.code : e.entry.parent!;
    const cur = best.get(heading) ?? { text: 0, subScore: 0, why: new Set<string>() };
    if (e.entry.level === 6 && ev.score > cur.subScore) {
      cur.sub = e;
      cur.subScore = ev.score;
    }
    if (ev.score > cur.text) {
      cur.text = ev.score;
      cur.why = ev.why;
    }
    best.set(heading, cur);
  }

  // A body part or a medical word makes the goods medical: a bone screw is an implant.
  const medicalContext = concepts.some(
    (m) => m.entry.group === 'body' || m.entry.group === 'medical',
  );
  const all = hsEntries();
  const headings = new Set([...headingEvidence.keys(), ...best.keys()]);
  const scored: HsSuggestion[] = [];
  for (const code of headings) {
    const heading = all.get(code);
    if (!heading || heading.level !== 4) continue;
    const ev = headingEvidence.get(code);
    const text = best.get(code);
    const context = medicalContext && MEDICAL_HEADINGS.test(code) ? MEDICAL_CONTEXT_BOOST : 1;
    const score = ((ev?.score ?? 0) + TEXT_WEIGHT * (text?.text ?? 0)) * context;
    const why = [...new Set([...(ev?.why ?? []), ...(text?.why ?? [])])].filter(Boolean);
    // The subheading when its own words carry the text score (not only its heading's).
    const sub = text?.sub;
    const useSub =
      sub &&
      text &&
      text.subScore >= text.text &&
      [...sub.stems].some(
        (s) => queryStems.has(s) && !englishStems(normalizeText(heading.description)).includes(s),
      );
    const entry = useSub ? sub.entry : heading;
    scored.push({ code: entry.code, description: entry.description, score, why });
  }
  scored.sort((x, y) => y.score - x.score || (x.code < y.code ? -1 : 1));
  const top = scored.slice(0, limit);
  const max = top[0]?.score ?? 1;
  return top.map((s) => ({ ...s, score: Math.round((s.score / max) * 1000) / 1000 }));
}
