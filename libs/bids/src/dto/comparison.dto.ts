import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOmittable,
  LocalizedDigits,
  MoneyView,
  PageQueryDto,
  dateTime,
  nullableString,
  PageOf,
} from '@niaz/core';
import { AwardCriteriaView } from '@niaz/needs';
import {
  IsDateString,
  IsISO4217CurrencyCode,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

/** GET /needs/:id/comparison?currency= */
export class ComparisonQueryDto {
  @ApiPropertyOptional({
    example: 'EUR',
    description: "ISO 4217; default the need's target price currency, else EUR",
  })
  @IsOmittable()
  @IsString()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as IRR, TRY or EUR' })
  currency?: string;
}

/** Units per euro: up to 15 digits and 8 decimals (a rate like 0.33125 KWD per euro). */
const RATE_PATTERN = /^\d{1,15}(\.\d{1,8})?$/;

/** PUT /admin/exchange-rates/:currency */
export class PutExchangeRateDto {
  @ApiProperty({
    example: '600000',
    description: 'Units of the currency per one euro, a positive decimal string',
    pattern: RATE_PATTERN.source,
  })
  @LocalizedDigits()
  @IsString()
  @Matches(RATE_PATTERN, { message: 'perEur must be a positive decimal string like "600000"' })
  @Matches(/[1-9]/, { message: 'perEur must be greater than zero' })
  perEur: string;

  @ApiProperty({ example: '2026-12-01', format: 'date', description: 'The day the rate is of' })
  @IsDateString({ strict: true }, { message: 'asOf must be a date like 2026-12-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date like 2026-12-01' })
  asOf: string;

  @ApiProperty({ example: 'Central Bank of Iran, NIMA market', maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'source must name where the rate comes from' })
  @MaxLength(200)
  source: string;
}

export class ExchangeRateResponse {
  @ApiProperty({ example: 'IRR' })
  currency: string;
  @ApiProperty({ example: '600000.00000000', description: 'Units of the currency per one euro' })
  perEur: string;
  @ApiProperty({ format: 'date', example: '2026-12-01' })
  asOf: string;
  @ApiProperty()
  source: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The admin who set it',
  })
  updatedById: string | null;
  @dateTime()
  updatedAt: string;
}

/** GET /admin/exchange-rates/history */
export class ExchangeRateHistoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'IRR', description: 'Only this currency’s changes' })
  @IsOmittable()
  @IsString()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as IRR, TRY or EUR' })
  currency?: string;
}

/** A rate as it stood before or after a change. */
export class RateValueView {
  @ApiProperty({ example: '600000.00000000' })
  perEur: string;
  @ApiProperty({ format: 'date', example: '2026-12-01' })
  asOf: string;
  @ApiProperty()
  source: string;
}

export class ExchangeRateChangeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'IRR' })
  currency: string;
  @ApiProperty({ type: RateValueView, nullable: true, description: 'null: the first rate set' })
  before: RateValueView | null;
  @ApiProperty({ type: RateValueView })
  after: RateValueView;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who changed it' })
  actorId: string | null;
  @dateTime()
  createdAt: string;
}

export class ExchangeRateHistoryResponse extends PageOf(ExchangeRateChangeResponse) {}

export class ExchangeRateListResponse {
  @ApiProperty({ type: [ExchangeRateResponse] })
  items: ExchangeRateResponse[];
}

/** The rate a bid was converted with: `value` units of `to` per one unit of `from`. */
export class ComparisonRateView {
  @ApiProperty({ example: 'IRR' })
  from: string;
  @ApiProperty({ example: 'EUR' })
  to: string;
  @ApiProperty({ example: '0.00000167', description: 'Units of `to` per one `from` (rounded)' })
  value: string;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The oldest date of the rates used; null when both currencies are the same',
  })
  asOf: string | null;
  @ApiProperty({ type: [String], description: 'Where the rates used come from' })
  sources: string[];
}

export class ComparisonConvertedView {
  @ApiProperty({ type: MoneyView })
  unitPrice: MoneyView;
  @ApiProperty({ type: MoneyView })
  total: MoneyView;
  @ApiProperty({ type: ComparisonRateView })
  rate: ComparisonRateView;
}

export const COMPARISON_CODES = ['rateMissing'] as const;

/** A bid's points per criterion (see the README's formula), its score and rank in its group. */
export class AwardScoreView {
  @ApiProperty({ example: 48, description: 'weight × lowest total / its total' })
  price: number;
  @ApiProperty({ example: 30, description: 'weight × its local content / the highest' })
  localContent: number;
  @ApiProperty({ example: 5, description: 'weight × shortest lead time / its lead time' })
  leadTimeDays: number;
  @ApiProperty({ example: 83, description: 'The sum of the points (0–100)' })
  total: number;
  @ApiProperty({ example: 2, description: '1 = highest score in its group; ties share a rank' })
  rank: number;
}

/** The need's award criteria the comparison scored by (the needs API's shape, under this name). */
export class AwardWeightsView extends AwardCriteriaView {}

export class ComparisonItemView {
  @ApiProperty({ format: 'uuid' })
  bidId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ enum: ['submitted', 'shortlisted', 'rejected', 'awarded'] })
  status: string;
  @ApiProperty({ type: MoneyView, description: 'The bid’s unit price, as bid' })
  unitPrice: MoneyView;
  @ApiProperty({ example: 5000, description: 'The bid’s quantity' })
  quantity: number;
  @ApiProperty({
    type: MoneyView,
    description: 'unitPrice × quantity, exact, in the bid’s currency',
  })
  total: MoneyView;
  @ApiProperty({ type: ComparisonConvertedView, nullable: true })
  converted: ComparisonConvertedView | null;
  @nullableString({
    enum: COMPARISON_CODES,
    description: 'rateMissing: no exchange rate to convert this bid into the comparison currency',
  })
  code: (typeof COMPARISON_CODES)[number] | null;
  @ApiProperty({
    description:
      'The lowest total of its group (ties share it): among bids in its currency, or with ?currency= among the converted bids; never for an unconverted bid',
  })
  lowest: boolean;
  @ApiProperty()
  leadTimeDays: number;
  @ApiProperty({ type: Number, nullable: true })
  localContentPercent: number | null;
  @nullableString({
    description:
      'The currency of the group it is ranked in (its own; with ?currency=, that one); null: not ranked (rateMissing)',
  })
  group: string | null;
  @ApiProperty({
    type: AwardScoreView,
    nullable: true,
    description:
      "Points by the need's awardCriteria within its group; null without criteria or group",
  })
  score: AwardScoreView | null;
}

export class ComparisonResponse {
  @ApiProperty({ example: 'EUR', description: 'The comparison currency' })
  currency: string;
  @ApiProperty({
    enum: ['currency', 'converted'],
    description:
      'currency: bids ranked only against bids in the same currency; converted (?currency= given): the converted bids ranked together',
  })
  grouping: 'currency' | 'converted';
  @nullableString({ description: "The need's bidCurrency, if it fixes one" })
  bidCurrency: string | null;
  @ApiProperty({ type: AwardWeightsView, nullable: true, description: "The need's awardCriteria" })
  awardCriteria: AwardWeightsView | null;
  @ApiProperty({ description: 'true while the bids are sealed: no items, whatever arrived' })
  sealed: boolean;
  @ApiProperty({ type: [ComparisonItemView] })
  items: ComparisonItemView[];
}
