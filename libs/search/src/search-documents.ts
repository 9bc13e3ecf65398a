import { normalizeText, toAsciiDigits } from '@niaz/text';
import { memo } from './memo';
import { meaningTokensOf, meaningTokensOfNormalized } from './search-terms';

/**
 * What the indexes hold: PUBLIC fields only (never a need's `details`, never a draft).
 * Original title and description are kept for display and highlighting; the `search*`
 * fields hold the same text through normalizeText, which is what Meilisearch searches, so
 * that index time and query time share one normalisation.
 */
/** The fields both kinds of document hold. */
interface IndexedDocument {
  id: string;
  organizationId: string;
  organizationName: string;
  verified: boolean;
  language: string;
  title: string;
  description: string;
  /** HS codes as the owner declared them. */
  declaredHsCodes: string[];
  /** Declared codes plus their 2-, 4- and 6-digit prefixes: `hs=8482` finds `848210`. */
  hsCodes: string[];
  /** 2-digit HS chapters, for facets. */
  hsChapters: string[];
  isic: string | null;
  country: string;
  province: string | null;
  /** Certifications (required by a need, held by a capability), canonical (`ISO 9001`). */
  certifications: string[];
  unit: string | null;
  createdAt: string;
  updatedAt: string;
  searchTitle: string;
  searchDescription: string;
  searchOrganization: string;
  /**
   * Tokens of what the title names: searched right after the title, so that a document
   * naming the product in its title in another language ranks as one naming it in the
   * query's words would, above those that only mention it further down.
   */
  searchTitleFamilies: string;
  /**
   * Tokens of what the text names (`xfambearing`, `xconbone`) and of where it is located
   * (`xplacetabriz`): one-way synonyms from every language reach them.
   */
  searchFamilies: string;
}

export interface NeedDocument extends IndexedDocument {
  status: string;
  quantityPerYear: number | null;
  importOrigin: string | null;
  bidDeadline: string;
  publishedAt: string | null;
  /** Exhibitions showing this need (see exhibition-links.ts). */
  exhibitionIds: string[];
  /** Description and the public technical specification. */
  searchDescription: string;
}

export interface CapabilityDocument extends IndexedDocument {
  processes: string[];
  materials: string[];
  capacityPerYear: number | null;
  trl: number | null;
  localContentPercent: number | null;
  searchProcesses: string;
  searchMaterials: string;
}

/** The codes and places of a document: shown by the search and read by the matcher alike. */
export const CODE_AND_PLACE_FIELDS = [
  'declaredHsCodes',
  'isic',
  'country',
  'province',
  'certifications',
] as const satisfies ReadonlyArray<keyof IndexedDocument>;

/** The organisation columns a document shows (its names in every language are searchable). */
export interface OrganizationRow {
  organizationId: string;
  organizationName: string;
  organizationTranslations?: Record<string, { name?: string } | undefined> | null;
  /** The organisation's city: a search for the city finds what it publishes. */
  organizationCity?: string | null;
  verified: boolean;
}

/** A need as the read model loads it (public columns only: the loader never selects `details`). */
export interface NeedRow extends OrganizationRow {
  id: string;
  status: string;
  language: string;
  title: string;
  description: string | null;
  specification: string | null;
  hsCodes: string[];
  isic: string | null;
  country: string;
  province: string | null;
  requiredCertifications: string[] | null;
  quantityPerYear: number | string | null;
  unit: string | null;
  importOrigin: string | null;
  bidDeadline: Date | string;
  publishedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface CapabilityRow extends OrganizationRow {
  id: string;
  language: string;
  title: string;
  description: string | null;
  hsCodes: string[];
  isic: string | null;
  processes: string[] | null;
  materials: string[] | null;
  certifications: string[] | null;
  capacityPerYear: number | string | null;
  unit: string | null;
  trl: number | null;
  localContentPercent: number | null;
  country: string;
  province: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** Declared codes (digits only) with their 2-, 4- and 6-digit prefixes, sorted, no repeats. */
export function hsCodesWithPrefixes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = toAsciiDigits(raw).replace(/\D/g, '');
    if (code.length < 2) continue;
    out.add(code);
    for (const n of [2, 4, 6]) if (code.length > n) out.add(code.slice(0, n));
  }
  return [...out].sort();
}

export function hsChaptersOf(codes: readonly string[]): string[] {
  return [...new Set(hsCodesWithPrefixes(codes).filter((c) => c.length === 2))].sort();
}

/**
 * One spelling per certification, so that filters and "has ISO 9001" compare alike:
 * digits ASCII, Latin upper-case, `ISO9001`/`iso-9001` → `ISO 9001`, a year suffix dropped
 * (`ISO 9001:2015` holds `ISO 9001`).
 */
export function canonicalCertification(value: string): string {
  return normalizeText(value)
    .replace(/[a-z]+/g, (w) => w.toUpperCase())
    .replace(/^([A-Z]+)[\s-]*(\d)/, '$1 $2')
    .replace(/\s*:\s*(19|20)\d{2}$/, '')
    .trim();
}

export function canonicalCertifications(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map(canonicalCertificationOf).filter(Boolean))];
}

// Texts documents repeat: a reindex builds every document, and normalising an organisation's
// names and the same few certifications again was ~10 % of its CPU (issue 22).
const canonicalCertificationOf = memo(canonicalCertification);
const normalizedName = memo(normalizeText);

const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));
const numberOrNull = (v: number | string | null): number | null =>
  v === null || v === undefined ? null : Number(v);

function organizationSearchText(row: OrganizationRow): string {
  const names = [row.organizationName];
  for (const t of Object.values(row.organizationTranslations ?? {}))
    if (t?.name) names.push(t.name);
  return normalizedName(names.join(' '));
}

/** HS codes (as declared, with prefixes, chapters), ISIC and location of either row. */
function codesAndPlace(
  row: Pick<NeedRow, 'hsCodes' | 'isic' | 'country' | 'province'>,
): Pick<
  IndexedDocument,
  'declaredHsCodes' | 'hsCodes' | 'hsChapters' | 'isic' | 'country' | 'province'
> {
  return {
    declaredHsCodes: [...row.hsCodes],
    hsCodes: hsCodesWithPrefixes(row.hsCodes),
    hsChapters: hsChaptersOf(row.hsCodes),
    isic: row.isic,
    country: row.country,
    province: row.province,
  };
}

export function needDocument(row: NeedRow, exhibitionIds: readonly string[] = []): NeedDocument {
  const description = row.description ?? '';
  const searchTitle = normalizeText(row.title);
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    verified: !!row.verified,
    status: row.status,
    language: row.language,
    title: row.title,
    description,
    ...codesAndPlace(row),
    certifications: canonicalCertifications(row.requiredCertifications),
    quantityPerYear: numberOrNull(row.quantityPerYear),
    unit: row.unit,
    importOrigin: row.importOrigin,
    bidDeadline: iso(row.bidDeadline),
    publishedAt: isoOrNull(row.publishedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    exhibitionIds: [...exhibitionIds].sort(),
    searchTitle,
    searchDescription: normalizeText([description, row.specification ?? ''].join('\n')),
    searchOrganization: organizationSearchText(row),
    searchTitleFamilies: meaningTokensOfNormalized(searchTitle),
    searchFamilies: meaningTokensOf(`${row.title}\n${description}`, [
      row.province,
      row.organizationCity,
    ]),
  };
}

export function capabilityDocument(row: CapabilityRow): CapabilityDocument {
  const processes = row.processes ?? [];
  const materials = row.materials ?? [];
  const searchTitle = normalizeText(row.title);
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    verified: !!row.verified,
    language: row.language,
    title: row.title,
    description: row.description ?? '',
    processes,
    materials,
    ...codesAndPlace(row),
    certifications: canonicalCertifications(row.certifications),
    capacityPerYear: numberOrNull(row.capacityPerYear),
    unit: row.unit,
    trl: row.trl,
    localContentPercent: row.localContentPercent,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    searchTitle,
    searchDescription: normalizeText(row.description ?? ''),
    searchProcesses: normalizeText(processes.join('\n')),
    searchMaterials: normalizeText(materials.join('\n')),
    searchOrganization: organizationSearchText(row),
    searchTitleFamilies: meaningTokensOfNormalized(searchTitle),
    searchFamilies: meaningTokensOf(
      [row.title, row.description ?? '', ...processes, ...materials].join('\n'),
      [row.province, row.organizationCity],
    ),
  };
}
