import { normalizeText } from './normalize';
import type { TextLanguage } from './language.detector';

/**
 * Finding whole terms (one word or a phrase, in any of fa/tr/en) of a word list in a text,
 * in normalizeText space; shared by the product families and the general vocabulary.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/**
 * Latin words inflect: English plurals (`bearings`, `gearboxes`) and Turkish suffix
 * chains (`rulmanları`, `pompasının`, `kalıpçılık`), seen here already folded to ASCII.
 * A text token still names a term when it is the term plus such an ending. Only terms of
 * at least 4 letters inflect, so `yay` (spring) never matches `yayın` (broadcast).
 */
const LATIN_INFLECTION =
  /^(?:s|es|l[ae]r|l[ae]r[iu]n?|[iu]|[iu]n|n[iu]n|s[iu]n?|y[iu]|y[ae]|n[ae]|n[iu]|[ae]|[dt][ae]n?|nd[ae]n?|[iu]?m[iu]z|[iu]?n[iu]z|l[iu]k?|ki|c[iu](?:l[iu]k)?)+$/;
const MAX_INFLECTION_LENGTH = 9;
const MIN_INFLECTABLE_LENGTH = 4;
const LATIN_WORD = /^[a-z]+$/;

export function isInflectionOf(termToken: string, textToken: string): boolean {
  if (termToken === textToken) return true;
  // Three-letter terms take only the English plural (`pcbs`, `leds`).
  if (termToken.length === 3 && LATIN_WORD.test(textToken) && textToken === `${termToken}s`)
    return true;
  if (termToken.length < MIN_INFLECTABLE_LENGTH || !LATIN_WORD.test(textToken)) return false;
  const rest = textToken.slice(termToken.length);
  return (
    textToken.startsWith(termToken) &&
    rest.length <= MAX_INFLECTION_LENGTH &&
    LATIN_INFLECTION.test(rest)
  );
}

/** The token itself, and for Latin words every stem it could be an inflection of. */
export function candidateStems(token: string): string[] {
  const stems = [token];
  if (!LATIN_WORD.test(token)) return stems;
  const shortest = Math.max(MIN_INFLECTABLE_LENGTH, token.length - MAX_INFLECTION_LENGTH);
  for (let cut = token.length - 1; cut >= shortest; cut--) {
    if (LATIN_INFLECTION.test(token.slice(cut))) stems.push(token.slice(0, cut));
  }
  if (token.length === 4 && token.endsWith('s')) stems.push(token.slice(0, 3));
  return stems;
}

/** Terms per language from `|`-separated lists, as the data files write them. */
export function termsByLanguage(
  fa: string,
  tr: string,
  en: string,
): Record<TextLanguage, string[]> {
  const list = (s: string) =>
    s
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
  return { fa: list(fa), tr: list(tr), en: list(en) };
}

/** Anything with terms per language: a product family, a vocabulary concept, a place. */
export interface TermEntry {
  readonly key: string;
  readonly terms: Readonly<Record<TextLanguage, readonly string[]>>;
}

interface PreparedTerm<E> {
  readonly entry: E;
  readonly order: number;
  readonly term: string;
  readonly normalized: string;
  readonly tokens: readonly string[];
}

/** An entry found in a text with its most specific term (as written in the data). */
export interface TermMatch<E> {
  readonly entry: E;
  readonly term: string;
  readonly normalizedTerm: string;
  /** Index of the term's first token among the text's tokens. */
  readonly position: number;
}

/** Finds the entries of one list in texts; build once per list (the preparation costs). */
export class TermMatcher<E extends TermEntry> {
  private readonly byFirstToken = new Map<string, PreparedTerm<E>[]>();
  readonly termsByEntry = new Map<E, string[]>();

  constructor(entries: readonly E[]) {
    entries.forEach((entry, order) => {
      const seen = new Set<string>();
      for (const term of [...entry.terms.fa, ...entry.terms.tr, ...entry.terms.en]) {
        const normalized = normalizeText(term);
        const tokens = tokenize(normalized);
        if (tokens.length === 0 || seen.has(normalized)) continue;
        seen.add(normalized);
        const prepared: PreparedTerm<E> = { entry, order, term, normalized, tokens };
        this.byFirstToken.set(tokens[0], [...(this.byFirstToken.get(tokens[0]) ?? []), prepared]);
      }
      this.termsByEntry.set(entry, [...seen]);
    });
  }

  /**
   * The entries a normalised text names, each with its longest term found (ties to the
   * first in the data), in data order. Terms match whole tokens or phrases; Latin tokens
   * also when inflected.
   */
  find(normalized: string): TermMatch<E>[] {
    const tokens = tokenize(normalized);
    const best = new Map<E, { term: PreparedTerm<E>; position: number }>();
    tokens.forEach((token, i) => {
      for (const stem of candidateStems(token)) {
        for (const term of this.byFirstToken.get(stem) ?? []) {
          const fits = term.tokens.every(
            (t, j) => j === 0 || (i + j < tokens.length && isInflectionOf(t, tokens[i + j])),
          );
          const current = best.get(term.entry);
          if (fits && (!current || term.normalized.length > current.term.normalized.length))
            best.set(term.entry, { term, position: i });
        }
      }
    });
    return [...best.values()]
      .sort((a, b) => a.term.order - b.term.order)
      .map(({ term, position }) => ({
        entry: term.entry,
        term: term.term,
        normalizedTerm: term.normalized,
        position,
      }));
  }
}
