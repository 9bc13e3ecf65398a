import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { MoneyDto, IsOmittable, Language, TranslationsOf, Field } from '@niaz/core';
import { IsFutureDate } from './is-future.validator';
import { AwardCriteriaDto } from './award-criteria.dto';

/** A need's title and summary in one other language (the owner's own words, no machine's). */
export class NeedTranslationDto {
  @Field.OptionalText({ maxLength: 300 }, 3)
  title?: string;

  @Field.OptionalText({ maxLength: 5000 })
  description?: string;

  @Field.OptionalText({
    maxLength: 5000,
    description: "API.md's name for the translated summary; kept as `description`",
  })
  summary?: string;
}

export class NeedTranslationsDto extends TranslationsOf(NeedTranslationDto) {
  declare fa?: NeedTranslationDto;
  declare tr?: NeedTranslationDto;
  declare en?: NeedTranslationDto;
}

/** POST /needs. Limits are part of the contract and shown in the OpenAPI document. */
export class CreateNeedDto {
  @Field.ActingOrganization(
    'The manufacturer organisation to post for (defaults to your first one)',
  )
  organizationId?: string;

  @Field.Text({
    minLength: 3,
    maxLength: 300,
    example: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
    description: 'Persian, Turkish or English, e.g. ' + 'Konveyör için 6204 rulman',
  })
  title: string;

  @Field.OptionalText({
    maxLength: 10000,
    example: 'سالانه ۵۰۰۰ عدد بلبرینگ ۶۲۰۴ از آلمان وارد می‌کنیم.',
  })
  description?: string;

  @Field.OptionalLanguage({
    description: 'Language of title and description (guessed when absent)',
  })
  language?: Language;

  @Field.OptionalNested(() => NeedTranslationsDto, {
    type: NeedTranslationsDto,
    description:
      "Title and description in the other languages, by the owner: {fa|tr|en: {title?, description?}}; readers get their language's, marked as a translation",
  })
  translations?: NeedTranslationsDto;

  @Field.HsCodes({
    example: ['848210'],
    description: 'HS codes, 4–10 digits, no dots; at least one',
    minItems: 1,
    maxItems: 20,
  })
  hsCodes: string[];

  @Field.OptionalIsic({ example: '2814', description: 'ISIC Rev.4 class (4 digits)' })
  isic?: string;

  @Field.OptionalQuantity({
    example: 5000,
    minimum: 0.001,
    maximum: 1e12,
    description: 'Persian or Arabic-Indic digits are accepted',
  })
  quantityPerYear?: number;

  @Field.OptionalText({ example: 'piece', maxLength: 30 }, 1)
  unit?: string;

  @ApiPropertyOptional({
    example: 'DE',
    description: 'ISO 3166-1 alpha-2 of the current import origin',
  })
  @IsOmittable()
  @IsString()
  @IsISO31661Alpha2({ message: 'importOrigin must be an ISO 3166-1 alpha-2 code' })
  importOrigin?: string;

  @Field.OptionalNested(() => MoneyDto, {
    type: MoneyDto,
    example: { amount: '2000000.00', currency: 'EUR' },
  })
  annualImportValue?: MoneyDto;

  @Field.OptionalNested(() => MoneyDto, {
    type: MoneyDto,
    example: { amount: '12.50', currency: 'EUR' },
  })
  targetPrice?: MoneyDto;

  @Field.OptionalTextList({ example: ['ISO 9001'], maxItems: 20 }, 100)
  requiredCertifications?: string[];

  @Field.OptionalText({ maxLength: 20000, description: 'Public technical specification' })
  specification?: string;

  @Field.DateTime('bidDeadline', {
    example: '2027-01-31T20:30:00Z',
    description: 'ISO 8601, in the future',
  })
  @IsFutureDate()
  bidDeadline: string;

  @Field.DateTime(
    'clarificationsUntil',
    {
      example: '2027-01-29T20:30:00Z',
      description: 'Questions are taken until then (ISO 8601); default two days before bidDeadline',
    },
    { optional: true },
  )
  clarificationsUntil?: string;

  @Field.Country({ example: 'IR' })
  country: string;

  @Field.OptionalText({ example: 'Qom', maxLength: 100 })
  province?: string;

  @Field.OptionalText({
    example: 'Asia/Tehran',
    maxLength: 64,
    description:
      "IANA time zone the deadlines are read in; by default the country's (IR → Asia/Tehran, TR → Europe/Istanbul, else UTC)",
  })
  timeZone?: string;

  @Field.OptionalText({ example: 'Qom, Shokuhieh industrial estate', maxLength: 200 })
  deliveryLocation?: string;

  @Field.OptionalText({
    maxLength: 20000,
    description: 'Confidential: only the owner and NDA signers see it',
  })
  details?: string;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  ndaRequired?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  bidsVisibleBeforeDeadline?: boolean;

  @Field.OptionalInt({ minimum: 0, maximum: 100, example: 40 })
  minLocalContentPercent?: number;

  @ApiPropertyOptional({
    type: String,
    example: 'EUR',
    nullable: true,
    description:
      'ISO 4217: when set, every bid must be priced in this currency; null clears it (an amendment once published)',
  })
  // null clears a currency set before: the edit form's "any currency".
  @IsOptional()
  @IsString()
  @IsISO4217CurrencyCode({
    message: 'bidCurrency must be an ISO 4217 code such as IRR, TRY or EUR',
  })
  bidCurrency?: string | null;

  @ApiPropertyOptional({
    type: AwardCriteriaDto,
    example: { price: 60, localContent: 30, leadTimeDays: 10 },
    description:
      'What the award weighs: integer weights summing to 100; the comparison scores each bid by them; null clears them',
    nullable: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AwardCriteriaDto)
  awardCriteria?: AwardCriteriaDto | null;
}
