import type { SearchControllerNeedsStatus } from './enums';
import { api, unwrap } from './http';
import type { CapabilitySearchPage, NeedSearchPage } from './types';

/** GET /search/needs|capabilities: OR within a filter, AND across filters. */
export interface SearchFilters {
  q?: string;
  hs?: string[];
  isic?: string[];
  country?: string[];
  province?: string[];
  certification?: string[];
  exhibitionId?: string[];
  status?: NeedStatusFilter[];
  cursor?: string;
  limit?: number;
}

export type NeedStatusFilter = SearchControllerNeedsStatus;
export type SearchKind = 'needs' | 'capabilities';

/** Empty lists and strings are left out of the query string. */
function clean<T extends object>(filters: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    out[k] = v;
  }
  return out as T;
}

export const searchNeeds = (filters: SearchFilters): Promise<NeedSearchPage> =>
  unwrap(api.GET('/api/v1/search/needs', { params: { query: clean(filters) } }));

export const searchCapabilities = (filters: SearchFilters): Promise<CapabilitySearchPage> => {
  const { exhibitionId: _e, status: _s, ...rest } = filters;
  return unwrap(api.GET('/api/v1/search/capabilities', { params: { query: clean(rest) } }));
};
