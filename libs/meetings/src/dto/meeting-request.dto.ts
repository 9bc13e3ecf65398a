import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsOmittable, PageQueryDto, Field } from '@niaz/core';
import { FOLLOW_UPS, FollowUp, MEETING_STATUSES } from '../meeting.entity';
import { TABLE_KEY } from './meeting-settings.dto';

export class RegisterParticipantDto {
  @ApiProperty({ format: 'uuid', description: 'Your organisation that takes part' })
  @IsUUID('4')
  organizationId: string;
}

export class NeedsImportConsentDto {
  @ApiProperty({ description: 'true: the organisers may import needs for this manufacturer' })
  @IsBoolean()
  consent: boolean;
}

export class UnavailabilityDto {
  @ApiProperty({
    type: [String],
    format: 'date-time',
    description: 'Slot starts you cannot meet in',
  })
  @IsISO8601({ strict: true }, { each: true })
  slots: string[];
}

export class CreateMeetingRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  toOrganizationId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The need the meeting is about' })
  @IsOmittable()
  @IsUUID('4')
  needId?: string;

  @Field.Text(
    { maxLength: 2000, example: 'Rulman üretiyoruz; görüşmek isteriz.' },
    { minLength: 1 },
  )
  message: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Which of your organisations asks' })
  @IsOmittable()
  @IsUUID('4')
  fromOrganizationId?: string;
}

export class AcceptMeetingRequestDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'A slot both sides have free (required when participants pick slots)',
  })
  @IsOmittable()
  @IsISO8601({ strict: true })
  slotStart?: string;
}

export class DeclineMeetingRequestDto {
  @Field.Text({ minLength: 3, maxLength: 2000 })
  reason: string;
}

export class UpdateMeetingDto {
  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    description: 'A slot of the grid; null takes the meeting off the grid',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsISO8601({ strict: true })
  slotStart?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'One of the tables; by default a free one' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Matches(TABLE_KEY)
  tableKey?: string | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  locked?: boolean;

  @ApiPropertyOptional({ enum: MEETING_STATUSES.filter((s) => s !== 'accepted') })
  @IsOmittable()
  @IsIn(['held', 'no_show'])
  status?: 'held' | 'no_show';
}

export class MeetingOutcomeDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiProperty({ enum: FOLLOW_UPS })
  @IsIn(FOLLOW_UPS)
  followUp: FollowUp;
}

export class MeetingRequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['incoming', 'outgoing'] })
  @IsOmittable()
  @IsIn(['incoming', 'outgoing'])
  box?: 'incoming' | 'outgoing';
}

export class AgendaQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Organisers: this participant's agenda" })
  @IsOmittable()
  @IsUUID('4')
  organizationId?: string;
}

/** `GET /meeting-fairs?with=`. */
export class SharedFairsQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The other organisation' })
  @IsUUID('4', { message: 'with must be a UUID' })
  with: string;
}
