import { Type } from '@nestjs/common';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  dateTime,
  ImportVolumeView,
  nullableDateTime,
  nullableNumber,
  nullableString,
} from '@niaz/core';

/** OpenAPI description of the search answers (search.service.ts needItem/capabilityItem). */
export class SearchOrganizationView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  verified: boolean;
}

export class SearchHighlightsView {
  @ApiProperty({
    description: 'HTML: the text escaped, the matched words wrapped in <mark></mark>',
  })
  title: string;
  @ApiProperty({ description: 'HTML, cropped around the matches; as title' })
  description: string;
}

/** value → count, e.g. `{"IR": 12, "TR": 3}`. */
const facetCounts = (description: string) =>
  ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description,
  });

export class CapabilitySearchFacets {
  @facetCounts('HS chapter (2 digits) → count')
  hsChapter: Record<string, number>;
  @facetCounts('province → count')
  province: Record<string, number>;
  @facetCounts('country (ISO 3166-1 alpha-2) → count')
  country: Record<string, number>;
  @facetCounts('certification → count')
  certification: Record<string, number>;
}

export class NeedSearchFacets extends CapabilitySearchFacets {
  @facetCounts('exhibition id → count')
  exhibitionId: Record<string, number>;
}

/** What every hit starts with. */
class SearchHitHead {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  description: string;
  @ApiProperty()
  language: string;
}

/** What every hit ends with: its times, its organisation and the matched words. */
class SearchHitTail {
  @dateTime()
  createdAt: string;
  @dateTime()
  updatedAt: string;
  @ApiProperty({ type: SearchOrganizationView })
  organization: SearchOrganizationView;
  @ApiProperty({ type: SearchHighlightsView })
  highlights: SearchHighlightsView;
}

/** A hit: the common head, the `fields` of its kind, the common tail (in that order). */
const SearchHitOf = <Fields>(fields: Type<Fields>) =>
  IntersectionType(SearchHitHead, fields, SearchHitTail);

class NeedHitHeadFields {
  @ApiProperty()
  status: string;
  @ApiProperty({ type: [String] })
  hsCodes: string[];
  @nullableString()
  isic: string | null;
  @ApiProperty()
  country: string;
  @nullableString()
  province: string | null;
  @ApiProperty({ type: [String] })
  requiredCertifications: string[];
}

class NeedHitTailFields {
  @dateTime()
  bidDeadline: string;
  @nullableDateTime()
  publishedAt: string | null;
  @ApiProperty({ type: [String] })
  exhibitionIds: string[];
}

class NeedHitFields extends IntersectionType(
  NeedHitHeadFields,
  ImportVolumeView,
  NeedHitTailFields,
) {}

export class NeedSearchHit extends SearchHitOf(NeedHitFields) {}

/** What a capability offers: the fields a capability hit and a capability share. */
export class CapabilityFieldsView {
  @ApiProperty({ type: [String] })
  hsCodes: string[];
  @nullableString()
  isic: string | null;
  @ApiProperty({ type: [String] })
  processes: string[];
  @ApiProperty({ type: [String] })
  materials: string[];
  @ApiProperty({ type: [String] })
  certifications: string[];
  @nullableNumber()
  capacityPerYear: number | null;
  @nullableString()
  unit: string | null;
  @nullableNumber()
  trl: number | null;
  @nullableNumber()
  localContentPercent: number | null;
  @ApiProperty()
  country: string;
  @nullableString()
  province: string | null;
}

export class CapabilitySearchHit extends SearchHitOf(CapabilityFieldsView) {}

/** A page of search hits of one kind, with their facets. */
function SearchPageOf<Hit, Facets>(hit: Type<Hit>, facets: Type<Facets>) {
  class SearchPage {
    @ApiProperty({ type: [hit] })
    items: Hit[];
    @ApiProperty({ type: facets })
    facets: Facets;
    @ApiProperty({ description: 'Estimated number of hits' })
    total: number;
    @nullableString()
    nextCursor: string | null;
    @ApiProperty({
      type: [String],
      description:
        'Province facet values naming a place the query names (Tabriz, تبریز, Tebriz…): offered as the province filter',
    })
    provinceFilters: string[];
  }
  return SearchPage;
}

export class NeedSearchPage extends SearchPageOf(NeedSearchHit, NeedSearchFacets) {}

export class CapabilitySearchPage extends SearchPageOf(
  CapabilitySearchHit,
  CapabilitySearchFacets,
) {}
