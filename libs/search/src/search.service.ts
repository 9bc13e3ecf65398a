import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import { normalizeText, placeTokensOf } from '@niaz/text';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { isMeiliUnreachable, meiliErrorCode } from './meili-errors';
import { memo } from './memo';
import type {
  CapabilitySearchHit,
  CapabilitySearchPage,
  NeedSearchHit,
  NeedSearchPage,
} from './dto/search.response';
import {
  SearchCapabilitiesQueryDto,
  SearchFiltersDto,
  SearchNeedsQueryDto,
} from './dto/search-query.dto';
import { IndexKey, MeiliService } from './meili.service';
import { decodeSearchCursor, nextSearchCursor } from './search-cursor';
import {
  CapabilityDocument,
  canonicalCertification,
  CODE_AND_PLACE_FIELDS,
  NeedDocument,
} from './search-documents';
import { allOf, anyOf } from './search-filter';
import { highlightHtml, MARK_POST, MARK_PRE } from './search-highlights';
import { orderQueryWords } from './search-terms';

/** Facet names of the API → document attributes. */
const NEED_FACETS = {
  hsChapter: 'hsChapters',
  province: 'province',
  country: 'country',
  certification: 'certifications',
  exhibitionId: 'exhibitionIds',
} as const;
const CAPABILITY_FACETS = {
  hsChapter: 'hsChapters',
  province: 'province',
  country: 'country',
  certification: 'certifications',
} as const;

const NEED_FIELDS: Array<keyof NeedDocument> = [
  'id',
  'organizationId',
  'organizationName',
  'verified',
  'status',
  'language',
  'title',
  'description',
  ...CODE_AND_PLACE_FIELDS,
  'quantityPerYear',
  'unit',
  'importOrigin',
  'bidDeadline',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'exhibitionIds',
];
const CAPABILITY_FIELDS: Array<keyof CapabilityDocument> = [
  'id',
  'organizationId',
  'organizationName',
  'verified',
  'language',
  'title',
  'description',
  'processes',
  'materials',
  ...CODE_AND_PLACE_FIELDS,
  'capacityPerYear',
  'unit',
  'trl',
  'localContentPercent',
  'createdAt',
  'updatedAt',
];

type Hit<T> = T & { _formatted?: Partial<Record<keyof T, unknown>> };

export interface SearchPage<T, Facet extends string = string> {
  items: T[];
  facets: Record<Facet, Record<string, number>>;
  total: number;
  nextCursor: string | null;
  provinceFilters: string[];
}

/**
 * The province facet values that name a place the query names, in any script (a query
 * `Tabriz` offers `آذربایجان شرقی` and `Tabriz` when documents use them): the filter to offer.
 */
export function provinceFiltersFor(q: string, provinces: readonly string[]): string[] {
  if (!provinces.length) return [];
  const asked = new Set(placeTokensOf(q).split(' ').filter(Boolean));
  if (!asked.size) return [];
  return provinces.filter((p) => placeTokensOfProvince(p).some((t) => asked.has(t)));
}

/**
 * The place tokens of a province facet value, found once per value: the same few hundred
 * values come back with every search that names a place (normalising and matching them was
 * ~1 % of the api's CPU per search, issue 22).
 */
const placeTokensOfProvince = memo((province) => placeTokensOf(province).split(' '));

/** What is sent to Meilisearch for one API search (the bench sends the same to measure raw). */
export interface MeiliSearchRequest {
  q: string;
  params: SearchParams;
}

export function needSearchRequest(query: SearchNeedsQueryDto): MeiliSearchRequest {
  const filter = allOf([
    anyOf('status', query.status?.length ? query.status : ['open']),
    ...commonFilters(query),
    anyOf('exhibitionIds', query.exhibitionId),
  ]);
  return searchRequest(query, filter, NEED_FIELDS, NEED_FACETS, ['publishedAt:desc']);
}

export function capabilitySearchRequest(query: SearchCapabilitiesQueryDto): MeiliSearchRequest {
  return searchRequest(query, allOf(commonFilters(query)), CAPABILITY_FIELDS, CAPABILITY_FACETS, [
    'updatedAt:desc',
  ]);
}

function commonFilters(query: SearchFiltersDto): Array<string | null> {
  return [
    anyOf('hsCodes', query.hs),
    anyOf('isic', query.isic),
    anyOf(
      'country',
      query.country?.map((c) => c.toUpperCase()),
    ),
    anyOf('province', query.province),
    anyOf('certifications', query.certification?.map(canonicalCertification)),
  ];
}

function searchRequest<D>(
  query: SearchFiltersDto,
  filter: string | undefined,
  fields: Array<keyof D>,
  facets: Record<string, string>,
  newestFirst: string[],
): MeiliSearchRequest {
  const q = orderQueryWords(normalizeText(query.q ?? ''));
  return {
    q,
    params: {
      // Every word when some document has them all; else words dropped from the end, which
      // orderQueryWords fills with the least telling (a word with no counterpart in the
      // document's language must not empty the result).
      matchingStrategy: 'last',
      filter,
      offset: decodeSearchCursor(query.cursor),
      limit: query.limit ?? 20,
      facets: Object.values(facets),
      attributesToRetrieve: fields as string[],
      attributesToHighlight: ['title', 'description'],
      attributesToCrop: ['description'],
      cropLength: 40,
      highlightPreTag: MARK_PRE,
      highlightPostTag: MARK_POST,
      // Without words, newest first; with words, relevance.
      sort: q ? undefined : newestFirst,
    },
  };
}

/** The public search over needs and capabilities: public fields only, drafts never. */
@Injectable()
export class SearchService {
  constructor(private readonly meili: MeiliService) {}

  async searchNeeds(query: SearchNeedsQueryDto): Promise<NeedSearchPage> {
    return this.search('needs', needSearchRequest(query), NEED_FACETS, needItem);
  }

  async searchCapabilities(query: SearchCapabilitiesQueryDto): Promise<CapabilitySearchPage> {
    return this.search(
      'capabilities',
      capabilitySearchRequest(query),
      CAPABILITY_FACETS,
      capabilityItem,
    );
  }

  private async search<D, I, Facet extends string>(
    key: IndexKey,
    { q, params }: MeiliSearchRequest,
    facets: Record<Facet, string>,
    toItem: (hit: Hit<D>) => I,
  ): Promise<SearchPage<I, Facet>> {
    const offset = params.offset ?? 0;
    const limit = params.limit ?? 20;
    const res = (await this.meili.search(key, q, params).catch((e: unknown) => {
      // The worker creates the indexes at start; until then there is nothing to find.
      if (meiliErrorCode(e) === 'index_not_found')
        return { hits: [], estimatedTotalHits: 0, facetDistribution: {} };
      // No answer from Meilisearch at all (down, restarting): the client may retry, as for
      // PostgreSQL. An answer that is an error stays a 500.
      if (isMeiliUnreachable(e))
        throw problems.unavailable('The search is not reachable; try again in a moment.');
      throw e;
    })) as SearchResponse<Record<string, unknown>>;
    const total = res.estimatedTotalHits ?? res.hits.length;
    return {
      items: res.hits.map((h) => toItem(h as Hit<D>)),
      facets: Object.fromEntries(
        Object.entries(facets).map(([name, attribute]) => [
          name,
          res.facetDistribution?.[attribute as string] ?? {},
        ]),
      ) as Record<Facet, Record<string, number>>,
      total,
      nextCursor: nextSearchCursor(offset, limit, total),
      provinceFilters: provinceFiltersFor(q, Object.keys(res.facetDistribution?.province ?? {})),
    };
  }
}

const organization = (d: {
  organizationId: string;
  organizationName: string;
  verified: boolean;
}) => ({
  id: d.organizationId,
  name: d.organizationName,
  verified: d.verified,
});

const highlights = <D extends { title: string; description: string }>(hit: Hit<D>) => ({
  title: highlightHtml(hit._formatted?.title ?? hit.title),
  description: highlightHtml(hit._formatted?.description ?? hit.description),
});

function needItem(hit: Hit<NeedDocument>): NeedSearchHit {
  return {
    id: hit.id,
    title: hit.title,
    description: hit.description,
    language: hit.language,
    status: hit.status,
    hsCodes: hit.declaredHsCodes,
    isic: hit.isic,
    country: hit.country,
    province: hit.province,
    requiredCertifications: hit.certifications,
    quantityPerYear: hit.quantityPerYear,
    unit: hit.unit,
    importOrigin: hit.importOrigin,
    bidDeadline: hit.bidDeadline,
    publishedAt: hit.publishedAt,
    exhibitionIds: hit.exhibitionIds,
    createdAt: hit.createdAt,
    updatedAt: hit.updatedAt,
    organization: organization(hit),
    highlights: highlights(hit),
  };
}

function capabilityItem(hit: Hit<CapabilityDocument>): CapabilitySearchHit {
  return {
    id: hit.id,
    title: hit.title,
    description: hit.description,
    language: hit.language,
    hsCodes: hit.declaredHsCodes,
    isic: hit.isic,
    processes: hit.processes,
    materials: hit.materials,
    certifications: hit.certifications,
    capacityPerYear: hit.capacityPerYear,
    unit: hit.unit,
    trl: hit.trl,
    localContentPercent: hit.localContentPercent,
    country: hit.country,
    province: hit.province,
    createdAt: hit.createdAt,
    updatedAt: hit.updatedAt,
    organization: organization(hit),
    highlights: highlights(hit),
  };
}
