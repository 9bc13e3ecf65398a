import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  LocalizedDigits,
  LocalizedNumber,
  PageQueryDto,
  IsOmittable,
  HS_CODE,
  HS_CODE_MESSAGE,
  ISIC_CLASS,
  ISIC_CLASS_MESSAGE,
  LANGUAGES,
  Language,
  TranslationsOf,
} from '@niaz/core';

/** A capability's title and summary in one other language (its organisation's own words). */
export class CapabilityTranslationDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 300 })
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
}

export class CapabilityTranslationsDto extends TranslationsOf(CapabilityTranslationDto) {
  declare fa?: CapabilityTranslationDto;
  declare tr?: CapabilityTranslationDto;
  declare en?: CapabilityTranslationDto;
}

/** POST /capabilities. */
export class CreateCapabilityDto {
  @ApiPropertyOptional({ description: 'The supplier organisation (defaults to your first one)' })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiProperty({
    minLength: 3,
    maxLength: 300,
    example: 'Rulman üretimi',
    description: 'Persian, Turkish or English, e.g. ' + 'تولید بلبرینگ صنعتی',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOmittable()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    type: CapabilityTranslationsDto,
    description:
      "Title and description in the other languages: {fa|tr|en: {title?, description?}}; readers get their language's, marked as a translation",
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => CapabilityTranslationsDto)
  translations?: CapabilityTranslationsDto;

  @ApiProperty({ example: ['8482'], minItems: 1, maxItems: 30 })
  @LocalizedDigits()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(HS_CODE, {
    each: true,
    message: HS_CODE_MESSAGE,
  })
  hsCodes: string[];

  @ApiPropertyOptional({ example: '2814' })
  @IsOmittable()
  @LocalizedDigits()
  @IsString()
  @Matches(ISIC_CLASS, { message: ISIC_CLASS_MESSAGE })
  isic?: string;

  @ApiPropertyOptional({ example: ['CNC turning'], maxItems: 30 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  processes?: string[];

  @ApiPropertyOptional({ example: ['52100 steel'], maxItems: 30 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  materials?: string[];

  @ApiPropertyOptional({ example: ['ISO 9001'], maxItems: 20 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  certifications?: string[];

  @ApiPropertyOptional({ example: 200000, minimum: 0.001, maximum: 1e12 })
  @IsOmittable()
  @LocalizedNumber()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001)
  @Max(1e12)
  capacityPerYear?: number;

  @ApiPropertyOptional({ example: 'piece', maxLength: 30 })
  @IsOmittable()
  @IsString()
  @MaxLength(30)
  unit?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, example: 8 })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 70 })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  localContentPercent?: number;

  @ApiProperty({ example: 'TR' })
  @IsString()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @ApiPropertyOptional({ example: 'Erzurum', maxLength: 100 })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({ maxItems: 20, description: 'Past customers or projects' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  references?: string[];
}

export class UpdateCapabilityDto extends PartialType(
  OmitType(CreateCapabilityDto, ['organizationId'] as const),
  { skipNullProperties: false },
) {}

export class ListCapabilitiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
