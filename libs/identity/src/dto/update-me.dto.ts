import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { IsOmittable, trimmed, LANGUAGES, Language, Field } from '@niaz/core';

/** PATCH /me: the caller's own name and the language of the messages they receive. */
export class UpdateMeDto {
  @Field.OptionalText({ example: 'مریم احمدی', maxLength: 120 }, 1)
  @Transform(trimmed)
  name?: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of e-mails, messages and notices',
  })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}
