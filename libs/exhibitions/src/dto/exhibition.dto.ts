import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  IsOmittable,
  ISIC_CLASS,
  ISIC_CLASS_MESSAGE,
  LocalizedDigits,
  Language,
  Field,
} from '@niaz/core';

/** HS chapter: 2 digits, 01–99. */
export const HS_CHAPTER = /^(0[1-9]|[1-9]\d)$/;
/** Section keys are short slugs, stable across languages (they travel in URLs and CSVs). */
export const SECTION_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const SECTION_KEY_MESSAGE =
  'section keys are 1–40 lower-case letters, digits, "-" or "_", starting with a letter or digit';

export class ExhibitionTranslationDto {
  @Field.OptionalText({ maxLength: 300, example: 'Qom Sanayi İhtiyaçları Masası' }, 1)
  title?: string;

  @Field.OptionalText({ maxLength: 10000 })
  description?: string;
}

export class ExhibitionTranslationsDto {
  @Field.OptionalNested(
    () => ExhibitionTranslationDto,
    { type: ExhibitionTranslationDto },
    { object: true },
  )
  fa?: ExhibitionTranslationDto;

  @Field.OptionalNested(
    () => ExhibitionTranslationDto,
    { type: ExhibitionTranslationDto },
    { object: true },
  )
  tr?: ExhibitionTranslationDto;

  @Field.OptionalNested(
    () => ExhibitionTranslationDto,
    { type: ExhibitionTranslationDto },
    { object: true },
  )
  en?: ExhibitionTranslationDto;
}

export class SectionTitleDto {
  @Field.OptionalText({ maxLength: 200, example: 'Makine ve parçaları' }, 1)
  title?: string;
}

export class SectionTranslationsDto {
  @Field.OptionalNested(() => SectionTitleDto, { type: SectionTitleDto }, { object: true })
  fa?: SectionTitleDto;

  @Field.OptionalNested(() => SectionTitleDto, { type: SectionTitleDto }, { object: true })
  tr?: SectionTitleDto;

  @Field.OptionalNested(() => SectionTitleDto, { type: SectionTitleDto }, { object: true })
  en?: SectionTitleDto;
}

export class SectionDto {
  @ApiProperty({ example: 'machinery', pattern: SECTION_KEY.source })
  @IsString()
  @Matches(SECTION_KEY, { message: SECTION_KEY_MESSAGE })
  key: string;

  @Field.Text({ example: 'ماشین‌آلات و قطعات', maxLength: 200 }, { minLength: 1 })
  title: string;

  @Field.OptionalNested(
    () => SectionTranslationsDto,
    { type: SectionTranslationsDto },
    { object: true },
  )
  translations?: SectionTranslationsDto;
}

/** POST /exhibitions. Dates are checked together in the service (endsAt > startsAt, deadline ≤ endsAt). */
export class CreateExhibitionDto {
  @Field.ActingOrganization('The organiser organisation to act for (defaults to your first one)')
  organizationId?: string;

  @Field.Text({ minLength: 3, maxLength: 300, example: 'میز نیاز صنعت قم' })
  title: string;

  @Field.OptionalText({ maxLength: 10000 })
  description?: string;

  @Field.OptionalLanguage({
    description: 'Language of title and description (guessed when absent)',
  })
  language?: Language;

  @Field.OptionalNested(
    () => ExhibitionTranslationsDto,
    {
      type: ExhibitionTranslationsDto,
      example: { tr: { title: 'Qom Sanayi İhtiyaçları Masası' } },
    },
    { object: true },
  )
  translations?: ExhibitionTranslationsDto;

  @Field.Text({ example: 'Qom', maxLength: 100 }, { minLength: 1 })
  city: string;

  @Field.OptionalText({ example: 'Qom', maxLength: 100 })
  province?: string;

  @Field.Country({ example: 'IR' })
  country: string;

  @Field.DateTime('startsAt', { example: '2027-01-21T06:30:00Z' })
  startsAt: string;

  @Field.DateTime('endsAt', { example: '2027-04-20T14:30:00Z', description: 'After startsAt' })
  endsAt: string;

  @Field.DateTime('submissionDeadline', {
    example: '2027-01-10T20:30:00Z',
    description: 'At or before endsAt',
  })
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
