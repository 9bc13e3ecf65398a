import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsObject,
  IsOptional,
  IsISO8601,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedDigits,
  LocalizedNumber,
  MoneyDto,
  IsOmittable,
  HS_CODE,
  HS_CODE_MESSAGE,
  ISIC_CLASS,
  ISIC_CLASS_MESSAGE,
  LANGUAGES,
  Language,
  TranslationsOf,
} from '@niaz/core';
import { IsFutureDate } from './is-future.validator';
import { AwardCriteriaDto } from './award-criteria.dto';

/** A need's title and summary in one other language (the owner's own words, no machine's). */
export class NeedTranslationDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOmittable()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({
    maxLength: 5000,
    description: "API.md's name for the translated summary; kept as `description`",
  })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  summary?: string;
}

export class NeedTranslationsDto extends TranslationsOf(NeedTranslationDto) {
  declare fa?: NeedTranslationDto;
  declare tr?: NeedTranslationDto;
  declare en?: NeedTranslationDto;
}

/** POST /needs. Limits are part of the contract and shown in the OpenAPI document. */
export class CreateNeedDto {
  @ApiPropertyOptional({
    description: 'The manufacturer organisation to post for (defaults to your first one)',
  })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiProperty({
    minLength: 3,
    maxLength: 300,
    example: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
    description: 'Persian, Turkish or English, e.g. ' + 'Konveyör için 6204 rulman',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({
    maxLength: 10000,
    example: 'سالانه ۵۰۰۰ عدد بلبرینگ ۶۲۰۴ از آلمان وارد می‌کنیم.',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of title and description (guessed when absent)',
  })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    type: NeedTranslationsDto,
    description:
      "Title and description in the other languages, by the owner: {fa|tr|en: {title?, description?}}; readers get their language's, marked as a translation",
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => NeedTranslationsDto)
  translations?: NeedTranslationsDto;

  @ApiProperty({
    example: ['848210'],
    description: 'HS codes, 4–10 digits, no dots; at least one',
    minItems: 1,
    maxItems: 20,
  })
  @LocalizedDigits()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(HS_CODE, {
    each: true,
    message: HS_CODE_MESSAGE,
  })
  hsCodes: string[];

  @ApiPropertyOptional({ example: '2814', description: 'ISIC Rev.4 class (4 digits)' })
  @IsOmittable()
  @LocalizedDigits()
  @IsString()
  @Matches(ISIC_CLASS, { message: ISIC_CLASS_MESSAGE })
  isic?: string;

  @ApiPropertyOptional({
    example: 5000,
    minimum: 0.001,
    maximum: 1e12,
    description: 'Persian or Arabic-Indic digits are accepted',
  })
  @IsOmittable()
  @LocalizedNumber()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001)
  @Max(1e12)
  quantityPerYear?: number;

  @ApiPropertyOptional({ example: 'piece', maxLength: 30 })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  unit?: string;

  @ApiPropertyOptional({
    example: 'DE',
    description: 'ISO 3166-1 alpha-2 of the current import origin',
  })
  @IsOmittable()
  @IsString()
  @IsISO31661Alpha2({ message: 'importOrigin must be an ISO 3166-1 alpha-2 code' })
  importOrigin?: string;

  @ApiPropertyOptional({ type: MoneyDto, example: { amount: '2000000.00', currency: 'EUR' } })
  @IsOmittable()
  @ValidateNested()
  @Type(() => MoneyDto)
  annualImportValue?: MoneyDto;

  @ApiPropertyOptional({ type: MoneyDto, example: { amount: '12.50', currency: 'EUR' } })
  @IsOmittable()
  @ValidateNested()
  @Type(() => MoneyDto)
  targetPrice?: MoneyDto;

  @ApiPropertyOptional({ example: ['ISO 9001'], maxItems: 20 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  requiredCertifications?: string[];

  @ApiPropertyOptional({ maxLength: 20000, description: 'Public technical specification' })
  @IsOmittable()
  @IsString()
  @MaxLength(20000)
  specification?: string;

  @ApiProperty({ example: '2027-01-31T20:30:00Z', description: 'ISO 8601, in the future' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'bidDeadline must be an ISO 8601 date-time' })
  @IsFutureDate()
  bidDeadline: string;

  @ApiPropertyOptional({
    example: '2027-01-29T20:30:00Z',
    description: 'Questions are taken until then (ISO 8601); default two days before bidDeadline',
  })
  @IsOmittable()
  @IsString()
  @IsISO8601({ strict: true }, { message: 'clarificationsUntil must be an ISO 8601 date-time' })
  clarificationsUntil?: string;

  @ApiProperty({ example: 'IR' })
  @IsString()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @ApiPropertyOptional({ example: 'Qom', maxLength: 100 })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({
    example: 'Asia/Tehran',
    maxLength: 64,
    description:
      "IANA time zone the deadlines are read in; by default the country's (IR → Asia/Tehran, TR → Europe/Istanbul, else UTC)",
  })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'Qom, Shokuhieh industrial estate', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  deliveryLocation?: string;

  @ApiPropertyOptional({
    maxLength: 20000,
    description: 'Confidential: only the owner and NDA signers see it',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(20000)
  details?: string;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  ndaRequired?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  bidsVisibleBeforeDeadline?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 40 })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
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
