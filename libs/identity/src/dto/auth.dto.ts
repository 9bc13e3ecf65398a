import { IsOmittable, trimmed, LANGUAGES, Language, stacked, Field } from '@niaz/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';

import { CreateOrganizationDto } from './organization.dto';

const lowerTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** An e-mail address, compared in lower case: the same account however it is typed. */
const EmailField = (api: { example: string; maxLength?: number }) =>
  stacked(
    ApiProperty(api),
    Transform(lowerTrim),
    IsString(),
    IsEmail({}, { message: 'email must be an e-mail address' }),
    MaxLength(254),
  );

export class RegisterDto {
  @EmailField({ example: 'owner@qom-machinery.ir', maxLength: 254 })
  email: string;

  @Field.Text({ minLength: 8, maxLength: 128, example: 'a long passphrase' })
  password: string;

  @Field.Text({ example: 'مریم احمدی', maxLength: 120 }, { minLength: 1 })
  @Transform(trimmed)
  name: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    default: 'fa',
    description: 'Language of the messages this user receives',
  })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiProperty({ type: CreateOrganizationDto })
  @IsObject({ message: 'organization must be an object' })
  @ValidateNested()
  @Type(() => CreateOrganizationDto)
  organization: CreateOrganizationDto;
}

export class LoginDto {
  @EmailField({ example: 'owner@qom-machinery.ir' })
  email: string;

  @ApiProperty()
  @Field.TextLength(128, 1)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from register, login or the last refresh' })
  @Field.TextLength(200, 10)
  refreshToken: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token of the link in the verification e-mail' })
  @Field.TextLength(2000, 10)
  token: string;
}

export class PasswordResetDto {
  @EmailField({ example: 'owner@qom-machinery.ir' })
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({
    description: 'The token of the link in the reset e-mail (single use, 30 minutes)',
  })
  @Field.TextLength(2000, 10)
  token: string;

  @Field.Text({ minLength: 8, maxLength: 128, description: 'The new password' })
  password: string;
}

/** `?token=` of the links in account e-mails (the pages they open). */
export class LinkTokenQueryDto {
  @ApiProperty({ description: 'The token of the link in the e-mail' })
  @Field.TextLength(2000, 10)
  token: string;
}
