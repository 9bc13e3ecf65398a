import type { TextLanguage } from './language.detector';

/**
 * One industrial product family and the words people use for it in each language. Terms
 * are written as people write them (any letter variant, ZWNJ or space); every use goes
 * through normalizeText first, so variants that normalise alike count once.
 */
export interface SynonymFamily {
  /** Stable identifier, snake_case English (`bearing`); used in match reasons. */
  readonly key: string;
  /** 4-digit HS headings (Harmonized System, WCO) the family's goods fall under. */
  readonly hsHeadings: readonly string[];
  readonly terms: Readonly<Record<TextLanguage, readonly string[]>>;
}

/** A family found in a text, with the term that was found (as written in the data). */
export interface FamilyMatch {
  readonly family: SynonymFamily;
  readonly term: string;
  /** The term in normalizeText form (its words are what the text contained). */
  readonly normalizedTerm: string;
}

/** A family both texts mention, with the term found on each side. */
export interface SynonymLink {
  readonly family: string;
  readonly termA: string;
  readonly termB: string;
}
