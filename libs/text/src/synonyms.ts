import { normalizeText, toAsciiDigits } from './normalize';
import { SYNONYM_FAMILIES } from './synonyms.data';
import type { FamilyMatch, SynonymFamily, SynonymLink } from './synonyms.types';
import { candidateStems, isInflectionOf, tokenize } from './term-matcher';

/**
 * Cross-language synonyms: the Meilisearch synonym table, and the family look-ups the
 * matcher uses to explain a match ("keyword rulman ~ بلبرینگ"). Everything is compared
 * in normalizeText space, the same space the index and the queries live in.
 */

interface PreparedTerm {
  readonly family: SynonymFamily;
  readonly order: number;
  readonly term: string;
  readonly normalized: string;
  readonly tokens: readonly string[];
}

let prepared:
  | { byFirstToken: Map<string, PreparedTerm[]>; termsByFamily: Map<SynonymFamily, string[]> }
  | undefined;

function prepare(): NonNullable<typeof prepared> {
  if (prepared) return prepared;
  const byFirstToken = new Map<string, PreparedTerm[]>();
  const termsByFamily = new Map<SynonymFamily, string[]>();
  SYNONYM_FAMILIES.forEach((family, order) => {
    const seen = new Set<string>();
    for (const term of [...family.terms.fa, ...family.terms.tr, ...family.terms.en]) {
      const normalized = normalizeText(term);
      const tokens = tokenize(normalized);
      if (tokens.length === 0 || seen.has(normalized)) continue;
      seen.add(normalized);
      const entry: PreparedTerm = { family, order, term, normalized, tokens };
      byFirstToken.set(tokens[0], [...(byFirstToken.get(tokens[0]) ?? []), entry]);
    }
    termsByFamily.set(family, [...seen]);
  });
  prepared = { byFirstToken, termsByFamily };
  return prepared;
}

/**
 * The families a text mentions, each with its most specific term found (the longest;
 * ties go to the first in the data), in data order. Terms match whole tokens or whole
 * phrases of the normalised text, Latin tokens also when inflected.
 */
export function findFamilyMatches(text: string): FamilyMatch[] {
  return findFamilyMatchesInNormalized(normalizeText(text));
}

/** findFamilyMatches for a text already in normalizeText form (normalising again costs). */
export function findFamilyMatchesInNormalized(normalized: string): FamilyMatch[] {
  const { byFirstToken } = prepare();
  const tokens = tokenize(normalized);
  const best = new Map<SynonymFamily, PreparedTerm>();
  tokens.forEach((token, i) => {
    for (const stem of candidateStems(token)) {
      for (const term of byFirstToken.get(stem) ?? []) {
        const fits = term.tokens.every(
          (t, j) => j === 0 || (i + j < tokens.length && isInflectionOf(t, tokens[i + j])),
        );
        const current = best.get(term.family);
        if (fits && (!current || term.normalized.length > current.normalized.length))
          best.set(term.family, term);
      }
    }
  });
  return [...best.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ family, term, normalized: normalizedTerm }) => ({ family, term, normalizedTerm }));
}

export function familiesForText(text: string): SynonymFamily[] {
  return findFamilyMatches(text).map((m) => m.family);
}

/**
 * Families whose goods fall under an HS code: `8482`, `8482.10`, `848210`, `۸۴۸۲` all
 * give the bearing family. Only the 4-digit heading counts; a 2-digit chapter (`84`)
 * gives every family with a heading in it. Fewer than 2 digits gives nothing.
 */
export function familiesForHs(hsCode: string): SynonymFamily[] {
  const digits = toAsciiDigits(String(hsCode ?? '')).replace(/[^0-9]/g, '');
  if (digits.length < 2) return [];
  const prefix = digits.slice(0, 4);
  return SYNONYM_FAMILIES.filter((f) => f.hsHeadings.some((h) => h.startsWith(prefix)));
}

/**
 * Families mentioned by both texts, with the term found on each side, for match reasons
 * such as "keyword rulman ~ بلبرینگ". Terms are returned as written in the data.
 */
export function synonymLinks(a: string, b: string): SynonymLink[] {
  return linksBetween(findFamilyMatches(a), findFamilyMatches(b));
}

/** synonymLinks from the family matches of the two texts, found beforehand. */
export function linksBetween(
  matchesA: readonly FamilyMatch[],
  matchesB: readonly FamilyMatch[],
): SynonymLink[] {
  const onB = new Map(matchesB.map((m) => [m.family, m.term]));
  return matchesA.flatMap((m) => {
    const termB = onB.get(m.family);
    return termB === undefined ? [] : [{ family: m.family.key, termA: m.term, termB }];
  });
}

/**
 * The one word that stands for a product family in the search indexes (`xfambearing`):
 * letters only, so every tokenizer keeps it whole, and prefixed so no real word collides.
 */
export function familyToken(family: SynonymFamily): string {
  return `xfam${family.key.replace(/[^a-z0-9]/g, '')}`;
}

/** The family tokens of a text, space-separated (for a searchable document attribute). */
export function familyTokensOf(text: string): string {
  return findFamilyMatches(text)
    .map((m) => familyToken(m.family))
    .join(' ');
}

/**
 * The Meilisearch `synonyms` setting, one-way: every normalised term of a family → that
 * family's token. Documents carry the tokens of the families their text names (see
 * familyTokensOf), so a query word finds its family in every language at the cost of one
 * alternative per word. (Expanding every term into all 20-odd others, multi-word phrases
 * included, made each search about ten times slower; measured in bench/.)
 */
export function buildFamilySynonyms(): Record<string, string[]> {
  const { termsByFamily } = prepare();
  const table: Record<string, string[]> = {};
  for (const [family, terms] of termsByFamily) {
    const token = familyToken(family);
    for (const term of terms) table[term] = [...new Set([...(table[term] ?? []), token])].sort();
  }
  return Object.fromEntries(Object.entries(table).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
