import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, Language, TranslationsOf, Field } from '@niaz/core';

/** A capability's title and summary in one other language (its organisation's own words). */
export class CapabilityTranslationDto {
  @Field.OptionalText({ minLength: 3, maxLength: 300 })
  title?: string;

  @Field.OptionalText({ maxLength: 5000 })
  description?: string;
}

export class CapabilityTranslationsDto extends TranslationsOf(CapabilityTranslationDto) {
  declare fa?: CapabilityTranslationDto;
  declare tr?: CapabilityTranslationDto;
  declare en?: CapabilityTranslationDto;
}

/** POST /capabilities. */
export class CreateCapabilityDto {
  @Field.ActingOrganization('The supplier organisation (defaults to your first one)')
  organizationId?: string;

  @Field.Text({
    minLength: 3,
    maxLength: 300,
    example: 'Rulman üretimi',
    description: 'Persian, Turkish or English, e.g. ' + 'تولید بلبرینگ صنعتی',
  })
  title: string;

  @Field.OptionalText({ maxLength: 10000 })
  description?: string;

  @Field.OptionalLanguage()
  language?: Language;

  @Field.OptionalNested(() => CapabilityTranslationsDto, {
    type: CapabilityTranslationsDto,
    description:
      "Title and description in the other languages: {fa|tr|en: {title?, description?}}; readers get their language's, marked as a translation",
  })
  translations?: CapabilityTranslationsDto;

  @Field.HsCodes({ example: ['8482'], minItems: 1, maxItems: 30 })
  hsCodes: string[];

  @Field.OptionalIsic({ example: '2814' })
  isic?: string;

  @Field.OptionalTextList({ example: ['CNC turning'], maxItems: 30 }, 100)
  processes?: string[];

  @Field.OptionalTextList({ example: ['52100 steel'], maxItems: 30 }, 100)
  materials?: string[];

  @Field.OptionalTextList({ example: ['ISO 9001'], maxItems: 20 }, 100)
  certifications?: string[];

  @Field.OptionalQuantity({ example: 200000, minimum: 0.001, maximum: 1e12 })
  capacityPerYear?: number;

  @Field.OptionalText({ example: 'piece', maxLength: 30 })
  unit?: string;

  @Field.OptionalInt({ minimum: 1, maximum: 9, example: 8 })
  trl?: number;

  @Field.OptionalInt({ minimum: 0, maximum: 100, example: 70 })
  localContentPercent?: number;

  @Field.Country({ example: 'TR' })
  country: string;

  @Field.OptionalText({ example: 'Erzurum', maxLength: 100 })
  province?: string;

  @Field.OptionalTextList({ maxItems: 20, description: 'Past customers or projects' }, 300)
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
