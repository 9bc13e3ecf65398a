import { normalizeText } from './normalize';
import { PLACES, type Place } from './places.data';
import { TermMatcher, type TermMatch } from './term-matcher';

let matcher: TermMatcher<Place> | undefined;
const placeMatcher = () => (matcher ??= new TermMatcher(PLACES));
const byKey = new Map(PLACES.map((p) => [p.key, p]));

export type PlaceMatch = TermMatch<Place>;

/** The places a text names (any script), each with the term found. */
export function findPlaces(text: string): PlaceMatch[] {
  return findPlacesInNormalized(normalizeText(text ?? ''));
}

/** findPlaces of a text already in normalizeText form. */
export function findPlacesInNormalized(normalized: string): PlaceMatch[] {
  return placeMatcher().find(normalized);
}

/** The province a place lies in (itself for a province). */
export function provinceOf(place: Place): Place {
  return byKey.get(place.province) ?? place;
}

/** The one word standing for a place in the indexes (`xplacetabriz`). */
export function placeToken(place: Place): string {
  return `xplace${place.key.replace(/[^a-z0-9]/g, '')}`;
}

/**
 * The place tokens of a document's location texts (province, city) and of its own text: a
 * city gives its province too, so a search for آذربایجان شرقی finds what is in Tabriz.
 */
export function placeTokensOf(...texts: Array<string | null | undefined>): string {
  return placeTokensIn(texts.map((text) => (text ? findPlaces(text) : [])));
}

/** placeTokensOf of a first text already in normalizeText form, then of raw `texts`. */
export function placeTokensOfNormalized(
  normalized: string,
  ...texts: Array<string | null | undefined>
): string {
  return placeTokensIn([
    normalized ? findPlacesInNormalized(normalized) : [],
    ...texts.map((text) => (text ? findPlaces(text) : [])),
  ]);
}

/** Each place's token and its province's, in the order found, once each. */
function placeTokensIn(matches: PlaceMatch[][]): string {
  const tokens = new Set<string>();
  for (const m of matches.flat()) {
    tokens.add(placeToken(m.entry));
    tokens.add(placeToken(provinceOf(m.entry)));
  }
  return [...tokens].join(' ');
}

/** The Meilisearch synonyms of place names: every normalised form → the place's token. */
export function buildPlaceSynonyms(): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const [place, terms] of placeMatcher().termsByEntry) {
    const token = placeToken(place);
    for (const term of terms) table[term] = [...new Set([...(table[term] ?? []), token])].sort();
  }
  return table;
}
