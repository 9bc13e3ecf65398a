import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedDigits } from '@niaz/core';
import { LANGUAGES, Language, ORGANIZATION_KINDS, OrganizationKind } from '../organization.entity';

export class OrganizationTranslationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;
}

export class OrganizationTranslationsDto {
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  fa?: OrganizationTranslationDto;
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  tr?: OrganizationTranslationDto;
  @ApiPropertyOptional({ type: OrganizationTranslationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationTranslationDto)
  en?: OrganizationTranslationDto;
}

/** The organisation part of registration. */
export class CreateOrganizationDto {
  @ApiProperty({ example: 'صنایع ماشین‌سازی قم', maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
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

  @ApiPropertyOptional({ example: 'Qom', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({ example: 'Qom', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fa' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({
    type: OrganizationTranslationsDto,
    example: { tr: { name: 'Kum Makine Sanayi' } },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationTranslationsDto)
  translations?: OrganizationTranslationsDto;

  @ApiPropertyOptional({ example: ['2814'], description: 'ISIC Rev.4 classes (4 digits)' })
  @IsOptional()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{4}$/, { each: true, message: 'isic must hold ISIC Rev.4 classes of 4 digits' })
  isic?: string[];

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ description: 'Knowledge-based firm certificate number', maxLength: 50 })
  @IsOptional()
  @LocalizedDigits()
  @IsString()
  @Matches(/^[A-Za-z0-9\-/]{3,50}$/, {
    message: 'knowledgeBasedCertificate must be 3-50 letters, digits, - or /',
  })
  knowledgeBasedCertificate?: string;
}

/** PATCH /organizations/:id — every field optional. */
export class UpdateOrganizationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  kinds?: OrganizationKind[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as IR or TR' })
  country?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ type: OrganizationTranslationsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationTranslationsDto)
  translations?: OrganizationTranslationsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{4}$/, { each: true, message: 'isic must hold ISIC Rev.4 classes of 4 digits' })
  isic?: string[];

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @LocalizedDigits()
  @IsString()
  @Matches(/^[A-Za-z0-9\-/]{3,50}$/, {
    message: 'knowledgeBasedCertificate must be 3-50 letters, digits, - or /',
  })
  knowledgeBasedCertificate?: string;
}
