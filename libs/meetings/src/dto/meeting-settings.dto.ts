import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable, Field } from '@niaz/core';
import { SCHEDULING_MODES, SchedulingMode } from '../meeting-settings.entity';

/** Table keys are short slugs: they travel in URLs, calendars and CSVs. */
export const TABLE_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class TimeRangeDto {
  @ApiProperty({ format: 'date-time', example: '2027-01-21T05:30:00Z' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2027-01-21T09:30:00Z' })
  @IsISO8601({ strict: true })
  endsAt: string;
}

export class MeetingTableDto {
  @ApiProperty({ example: 't01', pattern: TABLE_KEY.source })
  @IsString()
  @Matches(TABLE_KEY, { message: 'table keys are 1–40 lower-case letters, digits, "-" or "_"' })
  key: string;

  @Field.Text({ maxLength: 100, example: 'میز ۱' }, { minLength: 1 })
  name: string;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({
    description: 'Required for an online table',
    example: 'https://meet.example/t01',
  })
  @ValidateIf((o: MeetingTableDto) => o.online === true || o.link !== undefined)
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  link?: string;
}

/** `PUT /exhibitions/:id/meeting-settings`: the whole grid at once. */
export class MeetingSettingsDto {
  @ApiProperty({ minimum: 5, maximum: 240, example: 20 })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes: number;

  @ApiProperty({ type: [TimeRangeDto], description: 'Meeting blocks; must not overlap' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeDto)
  blocks: TimeRangeDto[];

  @ApiPropertyOptional({ type: [TimeRangeDto], description: 'Breaks inside blocks: no meetings' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeDto)
  breaks?: TimeRangeDto[];

  @ApiProperty({ type: [MeetingTableDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => MeetingTableDto)
  tables: MeetingTableDto[];

  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 48 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(720)
  requestTtlHours?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 20 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(500)
  maxPendingRequests?: number;

  @ApiPropertyOptional({ enum: SCHEDULING_MODES, default: 'organiser' })
  @IsOmittable()
  @IsIn(SCHEDULING_MODES)
  mode?: SchedulingMode;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  autoApprove?: boolean;

  @ApiPropertyOptional({
    description: "IANA time zone; by default the exhibition country's",
    example: 'Asia/Tehran',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}
