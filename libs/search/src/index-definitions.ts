import { buildConceptSynonyms, buildFamilySynonyms, buildPlaceSynonyms } from '@niaz/text';
import type { FilterableAttributes, Settings } from 'meilisearch';
import type { IndexKey } from './meili.service';
import { STOP_WORDS } from './search-terms';

/** Exact filters only (no ranges, no facet search): smaller, faster indexes. */
const equalityOnly = (attributePatterns: string[]): FilterableAttributes => [
  {
    attributePatterns,
    features: { facetSearch: false, filter: { equality: true, comparison: false } },
  },
];

const FAMILY_PREFIX = 'xfam';
const CONCEPT_PREFIX = 'xcon';

function mergeSynonyms(...tables: Array<Record<string, string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of tables)
    for (const [term, tokens] of Object.entries(table))
      out[term] = [...new Set([...(out[term] ?? []), ...tokens])].sort();
  // A term that names both a broad family and a vocabulary concept (`kateter`: medical
  // consumables and catheter) leads to the concept alone: every document naming a catheter
  // in any language carries its token, and the family's would bring syringes and gloves too.
  for (const [term, tokens] of Object.entries(out)) {
    if (!tokens.some((t) => t.startsWith(CONCEPT_PREFIX))) continue;
    out[term] = tokens.filter((t) => !t.startsWith(FAMILY_PREFIX));
  }
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

const COMMON: Settings = {
  // pes for every attribute: Meilisearch then applies its Persian normaliser even to short
  // Persian texts it would take for Arabic; Turkish and English results are unchanged
  // (FIELD-NOTES.md). Our own normalizeText has run on both sides anyway.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['pes'] }],
  // No typos on numbers (part numbers, `6204` ≠ `6205`) nor on codes.
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    disableOnAttributes: ['hsCodes', 'isic'],
  },
  // One-way: a family's, concept's or place's words in any language → its token, which
  // documents carry in searchFamilies (last in the ranking, so the words themselves rank first).
  synonyms: mergeSynonyms(buildFamilySynonyms(), buildConceptSynonyms(), buildPlaceSynonyms()),
  stopWords: [...STOP_WORDS],
  // Word proximity within an attribute, not word by word: short titles lose nothing, and
  // indexing one document (what every publish waits for) costs markedly less.
  proximityPrecision: 'byAttribute',
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 1000 },
  searchCutoffMs: 500,
  facetSearch: false,
};

/** Searchable attributes both indexes share, most telling first, around each one's own. */
const SEARCHED_FIRST = ['searchTitle', 'searchTitleFamilies', 'hsCodes', 'isic'];
const SEARCHED_LAST = ['searchDescription', 'searchOrganization', 'searchFamilies'];
/** Filters both indexes offer. */
const SHARED_FILTERS = [
  'hsCodes',
  'hsChapters',
  'isic',
  'country',
  'province',
  'certifications',
  'verified',
  'organizationId',
];

/**
 * The indexes and their explicit settings, applied before any document (FIELD-NOTES.md).
 * Searchable attributes are the normalised `search*` copies, most telling first; the
 * original title and description are displayed and highlighted only.
 */
export const INDEX_DEFINITIONS: Record<IndexKey, { primaryKey: string; settings: Settings }> = {
  needs: {
    primaryKey: 'id',
    settings: {
      ...COMMON,
      searchableAttributes: [...SEARCHED_FIRST, ...SEARCHED_LAST],
      filterableAttributes: equalityOnly(['status', 'exhibitionIds', ...SHARED_FILTERS]),
      sortableAttributes: ['publishedAt', 'bidDeadline', 'createdAt', 'updatedAt'],
    },
  },
  capabilities: {
    primaryKey: 'id',
    settings: {
      ...COMMON,
      searchableAttributes: [
        ...SEARCHED_FIRST,
        'searchProcesses',
        'searchMaterials',
        ...SEARCHED_LAST,
      ],
      filterableAttributes: equalityOnly(SHARED_FILTERS),
      sortableAttributes: ['createdAt', 'updatedAt'],
    },
  },
};
