import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOmittable, trimmed, LANGUAGES, Language } from '@niaz/core';

/** PATCH /me: the caller's own name and the language of the messages they receive. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'مریم احمدی', maxLength: 120 })
  @IsOmittable()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of e-mails, messages and notices',
  })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}
