export { normalizeText, toAsciiDigits, foldTurkish } from './normalize';
export { splitPersianWord, segmentPersianWords } from './persian-affixes.rules';
export { parseLocalizedNumber } from './localized-number.parser';
export { detectLanguage } from './language.detector';
export type { TextLanguage } from './language.detector';
export { SYNONYM_FAMILIES } from './synonyms.data';
export {
  buildFamilySynonyms,
  familyToken,
  familyTokensOf,
  familiesForHs,
  familiesForText,
  findFamilyMatches,
  findFamilyMatchesInNormalized,
  linksBetween,
  synonymLinks,
} from './synonyms';
export type { FamilyMatch, SynonymFamily, SynonymLink } from './synonyms.types';
/** The brief's short name for a synonym family. */
export type { SynonymFamily as Family } from './synonyms.types';
export { VOCABULARY } from './vocabulary.data';
export {
  buildConceptSynonyms,
  conceptToken,
  findConceptMatches,
  findConceptMatchesInNormalized,
  isIndexedConcept,
} from './vocabulary';
export type { ConceptMatch } from './vocabulary';
export type { ConceptGroup, VocabularyConcept } from './vocabulary.types';
export { TermMatcher, tokenize } from './term-matcher';
export type { TermEntry, TermMatch } from './term-matcher';
export { PLACES } from './places.data';
export type { Place } from './places.data';
export {
  buildPlaceSynonyms,
  findPlaces,
  placeToken,
  placeTokensOf,
  placeTokensOfNormalized,
  provinceOf,
} from './places';
export type { PlaceMatch } from './places';
export { LANGUAGES, isLanguage } from './languages';
export type { Language } from './languages';
export { UNITS, currencyName, unitName } from './units';
export { isolateCodes } from './bidi';
