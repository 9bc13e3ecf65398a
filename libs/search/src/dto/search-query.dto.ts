import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  NotContains,
} from 'class-validator';
import {
  asciiDigits,
  ISIC_CLASS,
  ISIC_CLASS_MESSAGE,
  NEED_STATUSES,
  type NeedStatus,
  PageQueryDto,
  stacked,
} from '@niaz/core';

/** Statuses a need may be searched by; drafts are never in the index and never asked for. */
export const SEARCHABLE_NEED_STATUSES = NEED_STATUSES.filter(
  (s): s is Exclude<NeedStatus, 'draft'> => s !== 'draft',
);
export type SearchableNeedStatus = Exclude<NeedStatus, 'draft'>;

/** A repeated query parameter (`?hs=8482&hs=8413`) arrives as an array, a single one as a string. */
const AsList = (digits = false) =>
  Transform(({ value }: { value: unknown }) => {
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => (typeof v === 'string' ? (digits ? asciiDigits(v) : v).trim() : v));
  });

const MAX_VALUES = 20;

/** A repeatable filter parameter: a list of at most `max` values, each checked by `rules`. */
const FilterList = (rules: PropertyDecorator[], { digits = false, max = MAX_VALUES } = {}) =>
  stacked(IsOptional(), AsList(digits), IsArray(), ArrayMaxSize(max), ...rules);

/** Names as written (a province, a certification): 1 to 100 characters each. */
const NAMES = [
  IsString({ each: true }),
  MinLength(1, { each: true }),
  MaxLength(100, { each: true }),
];

/** Filters shared by both searches: OR within one parameter, AND across parameters. */
export class SearchFiltersDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Free text in Persian, Turkish or English', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'HS code or prefix (2–10 digits): 84, 8482, 848210; repeat for OR',
  })
  @FilterList(
    [
      Matches(/^\d{2,10}$/, {
        each: true,
        message: 'hs must hold HS codes or prefixes of 2 to 10 digits',
      }),
    ],
    { digits: true },
  )
  hs?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ISIC Rev.4 class; repeat for OR' })
  @FilterList([Matches(ISIC_CLASS, { each: true, message: ISIC_CLASS_MESSAGE })], { digits: true })
  isic?: string[];

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2; repeat for OR' })
  @FilterList([
    IsISO31661Alpha2({ each: true, message: 'country must be an ISO 3166-1 alpha-2 code' }),
  ])
  country?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Province as written, e.g. Qom' })
  @FilterList(NAMES)
  province?: string[];

  @ApiPropertyOptional({ type: [String], description: 'e.g. ISO 9001; repeat for OR' })
  @FilterList(NAMES)
  certification?: string[];
}

export class SearchNeedsQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ type: [String], description: 'Exhibition showing the need' })
  @FilterList([IsUUID('4', { each: true, message: 'exhibitionId must be a UUID' })])
  exhibitionId?: string[];

  @ApiPropertyOptional({
    type: [String],
    enum: SEARCHABLE_NEED_STATUSES,
    default: ['open'],
    description: 'Default open; drafts are never searchable',
  })
  @FilterList(
    [
      NotContains('draft', { each: true, message: 'status draft is never searchable' }),
      IsIn(SEARCHABLE_NEED_STATUSES, {
        each: true,
        message: `status must be one of ${SEARCHABLE_NEED_STATUSES.join(', ')}`,
      }),
    ],
    { max: SEARCHABLE_NEED_STATUSES.length },
  )
  status?: SearchableNeedStatus[];
}

export class SearchCapabilitiesQueryDto extends SearchFiltersDto {}
