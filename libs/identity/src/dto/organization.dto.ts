import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedDigits, IsOmittable, trimmed, LANGUAGES, Language, Field } from '@niaz/core';
import { ORGANIZATION_KINDS, OrganizationKind } from '../organization.entity';

export class OrganizationTranslationDto {
  @Field.OptionalText({ maxLength: 200 }, 1)
  name?: string;

  @Field.OptionalText({ maxLength: 4000 })
  description?: string;
}

export class OrganizationTranslationsDto {
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  fa?: OrganizationTranslationDto;
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  tr?: OrganizationTranslationDto;
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  en?: OrganizationTranslationDto;
}

/** The organisation part of registration. */
export class CreateOrganizationDto {
  @Field.Text({ example: 'صنایع ماشین‌سازی قم', maxLength: 200 }, { minLength: 2 })
  @Transform(trimmed)
  name: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS, isArray: true, example: ['manufacturer'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  kinds: OrganizationKind[];

  @ApiProperty({ example: 'IR', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as IR or TR' })
  country: string;

  @Field.OptionalText({ example: 'Qom', maxLength: 100 })
  province?: string;

  @Field.OptionalText({ example: 'Qom', maxLength: 100 })
  city?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fa' })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @Field.OptionalText({ maxLength: 4000 })
  description?: string;

  @ApiPropertyOptional({
    type: OrganizationTranslationsDto,
    example: { tr: { name: 'Kum Makine Sanayi' } },
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => OrganizationTranslationsDto)
  translations?: OrganizationTranslationsDto;

  @ApiPropertyOptional({ example: ['2814'], description: 'ISIC Rev.4 classes (4 digits)' })
  @IsOmittable()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{4}$/, { each: true, message: 'isic must hold ISIC Rev.4 classes of 4 digits' })
  isic?: string[];

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOmittable()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ description: 'Knowledge-based firm certificate number', maxLength: 50 })
  @IsOmittable()
  @LocalizedDigits()
  @IsString()
  @Matches(/^[A-Za-z0-9\-/]{3,50}$/, {
    message: 'knowledgeBasedCertificate must be 3-50 letters, digits, - or /',
  })
  knowledgeBasedCertificate?: string;
}

/** PATCH /organizations/:id — every field optional; an explicit null is refused. */
export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto, {
  skipNullProperties: false,
}) {}
