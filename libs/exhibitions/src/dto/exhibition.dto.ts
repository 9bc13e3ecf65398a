import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  IsOmittable,
  ISIC_CLASS,
  ISIC_CLASS_MESSAGE,
  LocalizedDigits,
  LANGUAGES,
  Language,
} from '@niaz/core';

/** HS chapter: 2 digits, 01–99. */
export const HS_CHAPTER = /^(0[1-9]|[1-9]\d)$/;
/** Section keys are short slugs, stable across languages (they travel in URLs and CSVs). */
export const SECTION_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const SECTION_KEY_MESSAGE =
  'section keys are 1–40 lower-case letters, digits, "-" or "_", starting with a letter or digit';

export class ExhibitionTranslationDto {
  @ApiPropertyOptional({ maxLength: 300, example: 'Qom Sanayi İhtiyaçları Masası' })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOmittable()
  @IsString()
  @MaxLength(10000)
  description?: string;
}

export class ExhibitionTranslationsDto {
  @ApiPropertyOptional({ type: ExhibitionTranslationDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ExhibitionTranslationDto)
  fa?: ExhibitionTranslationDto;

  @ApiPropertyOptional({ type: ExhibitionTranslationDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ExhibitionTranslationDto)
  tr?: ExhibitionTranslationDto;

  @ApiPropertyOptional({ type: ExhibitionTranslationDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ExhibitionTranslationDto)
  en?: ExhibitionTranslationDto;
}

export class SectionTitleDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Makine ve parçaları' })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;
}

export class SectionTranslationsDto {
  @ApiPropertyOptional({ type: SectionTitleDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SectionTitleDto)
  fa?: SectionTitleDto;

  @ApiPropertyOptional({ type: SectionTitleDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SectionTitleDto)
  tr?: SectionTitleDto;

  @ApiPropertyOptional({ type: SectionTitleDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SectionTitleDto)
  en?: SectionTitleDto;
}

export class SectionDto {
  @ApiProperty({ example: 'machinery', pattern: SECTION_KEY.source })
  @IsString()
  @Matches(SECTION_KEY, { message: SECTION_KEY_MESSAGE })
  key: string;

  @ApiProperty({ example: 'ماشین‌آلات و قطعات', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: SectionTranslationsDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SectionTranslationsDto)
  translations?: SectionTranslationsDto;
}

/** POST /exhibitions. Dates are checked together in the service (endsAt > startsAt, deadline ≤ endsAt). */
export class CreateExhibitionDto {
  @ApiPropertyOptional({
    description: 'The organiser organisation to act for (defaults to your first one)',
  })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiProperty({ minLength: 3, maxLength: 300, example: 'میز نیاز صنعت قم' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ maxLength: 10000 })
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
    type: ExhibitionTranslationsDto,
    example: { tr: { title: 'Qom Sanayi İhtiyaçları Masası' } },
  })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ExhibitionTranslationsDto)
  translations?: ExhibitionTranslationsDto;

  @ApiProperty({ example: 'Qom', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiPropertyOptional({ example: 'Qom', maxLength: 100 })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiProperty({ example: 'IR' })
  @IsString()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country: string;

  @ApiProperty({ example: '2027-01-21T06:30:00Z' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  startsAt: string;

  @ApiProperty({ example: '2027-04-20T14:30:00Z', description: 'After startsAt' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  endsAt: string;

  @ApiProperty({ example: '2027-01-10T20:30:00Z', description: 'At or before endsAt' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'submissionDeadline must be an ISO 8601 date-time' })
  submissionDeadline: string;

  @ApiPropertyOptional({ example: ['84', '73'], description: 'HS chapters (2 digits)' })
  @IsOmittable()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(99)
  @ArrayUnique()
  @Matches(HS_CHAPTER, { each: true, message: 'hsChapters must hold HS chapters of 2 digits' })
  hsChapters?: string[];

  @ApiPropertyOptional({ example: ['2814'], description: 'ISIC Rev.4 classes (4 digits)' })
  @IsOmittable()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(ISIC_CLASS, { each: true, message: ISIC_CLASS_MESSAGE })
  isic?: string[];

  @ApiPropertyOptional({
    type: [SectionDto],
    example: [{ key: 'machinery', title: 'ماشین‌آلات و قطعات' }],
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((s: SectionDto | undefined) => s?.key, {
    message: 'sections must have unique keys',
  })
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  sections?: SectionDto[];
}

/** PATCH /exhibitions/:id: any field of the create payload (the organiser stays). */
export class UpdateExhibitionDto extends PartialType(
  OmitType(CreateExhibitionDto, ['organizationId'] as const),
  { skipNullProperties: false },
) {}
