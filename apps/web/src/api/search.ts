import { query, request } from './http';
import type { MoneyValue } from './types';

/**
 * GET /search/needs|capabilities (API.md; built on another branch, not yet in the generated
 * document: adjust here when it lands).
 */
export interface SearchFilters {
  q?: string;
  hs?: string;
  isic?: string;
  country?: string;
  province?: string;
  certification?: string;
  exhibitionId?: string;
  status?: string;
  cursor?: string;
}

export interface SearchHit {
  id: string;
  title: string;
  description?: string;
  hsCodes?: string[];
  country?: string;
  province?: string | null;
  status?: string;
  bidDeadline?: string;
  organizationId?: string;
  organizationName?: string;
  certifications?: string[];
  requiredCertifications?: string[];
  targetPrice?: MoneyValue | null;
  trl?: number | null;
}

/** facet name → value → count, e.g. `{ country: { IR: 12, TR: 3 } }`. */
export type Facets = Record<string, Record<string, number>>;

export interface SearchResult {
  items: SearchHit[];
  facets: Facets;
  total: number;
  nextCursor?: string | null;
}

export type SearchKind = 'needs' | 'capabilities';

export function search(kind: SearchKind, filters: SearchFilters): Promise<SearchResult> {
  return request<SearchResult>('GET', `/search/${kind}${query({ ...filters })}`).then((r) => ({
    items: r.items ?? [],
    facets: r.facets ?? {},
    total: r.total ?? r.items?.length ?? 0,
    nextCursor: r.nextCursor ?? null,
  }));
}
