import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  Validate,
} from 'class-validator';
import { IsOmittable, isTimeZone, LocalizedDigits, LocalizedNumber } from '@niaz/core';
import { TIME_OF_DAY } from './quiet-hours';

export class ChannelsDto {
  @ApiPropertyOptional({ description: 'The in-app inbox' })
  @IsOmittable()
  @IsBoolean()
  inApp?: boolean;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  email?: boolean;

  @ApiPropertyOptional({
    description: "Events addressed to you also go to your organisation's webhooks",
  })
  @IsOmittable()
  @IsBoolean()
  webhook?: boolean;

  @ApiPropertyOptional({ description: 'Your linked Telegram or Bale chats' })
  @IsOmittable()
  @IsBoolean()
  messenger?: boolean;
}

@ValidatorConstraint({ name: 'isTimeZone' })
class TimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isTimeZone(value);
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be an IANA time zone such as Asia/Tehran`;
  }
}

@ValidatorConstraint({ name: 'differsFromStart' })
class DiffersFromStart implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return value !== (args.object as { start?: unknown }).start;
  }
  defaultMessage(): string {
    return 'end must differ from start';
  }
}

export class QuietHoursDto {
  @ApiProperty({ example: '22:00', description: 'Local time HH:MM' })
  @IsString()
  @LocalizedDigits()
  @Matches(TIME_OF_DAY, { message: 'start must be a time HH:MM (00:00–23:59)' })
  start: string;

  @ApiProperty({ example: '07:00', description: 'Local time HH:MM; may be before start' })
  @IsString()
  @LocalizedDigits()
  @Matches(TIME_OF_DAY, { message: 'end must be a time HH:MM (00:00–23:59)' })
  @Validate(DiffersFromStart)
  end: string;

  @ApiProperty({ example: 'Asia/Tehran' })
  @IsString()
  @Validate(TimeZoneConstraint)
  timeZone: string;
}

/** PUT /notification-preferences: every field optional; fields left out keep their value. */
export class UpdatePreferencesDto {
  @ApiPropertyOptional({ type: ChannelsDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ChannelsDto)
  channels?: ChannelsDto;

  @ApiPropertyOptional({ enum: ['instant', 'daily'] })
  @IsOmittable()
  @IsIn(['instant', 'daily'])
  digest?: 'instant' | 'daily';

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Ignore matches scoring below' })
  @IsOmittable()
  @LocalizedNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minScore?: number;

  @ApiPropertyOptional({
    example: ['84', '73'],
    description: 'HS chapters (2 digits) of interest; empty for all',
  })
  @IsOmittable()
  @LocalizedDigits()
  @IsArray()
  @ArrayMaxSize(99)
  @ArrayUnique()
  @Matches(/^(0[1-9]|[1-9]\d)$/, {
    each: true,
    message: 'hsChapters must be HS chapters of two digits (01–99)',
  })
  hsChapters?: string[];

  @ApiPropertyOptional({
    type: QuietHoursDto,
    nullable: true,
    description: 'No e-mail or messenger message in this window (null: none)',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  /** What GET answered may be sent back whole: its timestamp is read and ignored. */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    readOnly: true,
    description: 'Ignored (the server sets it); accepted so that a GET answer can be PUT back',
  })
  @IsOptional()
  @IsDateString()
  updatedAt?: string | null;
}
