import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsOmittable, LocalizedNumber, Field } from '@niaz/core';
import { SECTION_KEY, SECTION_KEY_MESSAGE } from './exhibition.dto';

export class CreateSubmissionDto {
  @ApiProperty({ description: "One of your organisation's open needs" })
  @IsUUID('4', { message: 'needId must be a UUID' })
  needId: string;
}

/** approve: the reason is optional. */
export class OptionalReasonDto {
  @Field.OptionalText({ maxLength: 2000 })
  reason?: string;
}

/** reject and request-changes: the submitter must learn why. */
export class RequiredReasonDto {
  @Field.Text({
    minLength: 3,
    maxLength: 2000,
    example: 'کد HS را دقیق‌تر بنویسید و مقدار سالانه را اضافه کنید',
  })
  reason: string;
}

export class InvitationDto {
  @ApiProperty({ description: 'The manufacturer organisation to invite' })
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId: string;
}

/** PATCH /exhibitions/:id/submissions/:sid: placement of an approved need in the catalog. */
export class UpdateSubmissionDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'machinery',
    description: "One of the exhibition's section keys; null takes the need out of its section",
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @Matches(SECTION_KEY, { message: SECTION_KEY_MESSAGE })
  section?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000000, example: 1 })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(1000000)
  order?: number;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  featured?: boolean;
}
