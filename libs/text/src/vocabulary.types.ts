import type { TextLanguage } from './language.detector';

/** What kind of word a vocabulary concept is; used to weigh it (a unit says little). */
export type ConceptGroup =
  | 'material'
  | 'process'
  | 'attribute'
  | 'body'
  | 'medical'
  | 'machine'
  | 'part'
  | 'food'
  | 'textile'
  | 'chemical'
  | 'electrical'
  | 'vehicle'
  | 'construction'
  | 'agriculture'
  | 'product'
  | 'unit'
  | 'generic';

/**
 * One concept of the general industrial vocabulary (the words around product nouns:
 * materials, processes, attributes, body parts, machine types, food words, units), in
 * fa/tr/en, with the 4-digit HS headings it points to where it does.
 */
export interface VocabularyConcept {
  /** Stable identifier, snake_case English (`stainless_steel`). */
  readonly key: string;
  readonly group: ConceptGroup;
  readonly hsHeadings: readonly string[];
  readonly terms: Readonly<Record<TextLanguage, readonly string[]>>;
}
