import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsUUID } from 'class-validator';
import {
  dateTime,
  IsOmittable,
  nullableDateTime,
  nullableString,
  Transform,
  trimmed,
  Field,
} from '@niaz/core';

export class AskQuestionDto {
  @Field.Text({ minLength: 3, maxLength: 4000, example: 'Is 52100 steel acceptable?' })
  @Transform(trimmed)
  text: string;

  @ApiPropertyOptional({ description: 'The supplier organisation you ask for (if several)' })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class AnswerQuestionDto {
  @Field.Text({ minLength: 1, maxLength: 8000 })
  @Transform(trimmed)
  text: string;

  @ApiPropertyOptional({
    default: false,
    description: 'The answer touches the confidential details: only NDA signers read it',
  })
  @IsOmittable()
  @IsBoolean()
  ndaOnly?: boolean;
}

/** A clarification as everyone reads it; who asked is never shown. */
export class QuestionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty()
  text: string;
  @nullableString()
  answer: string | null;
  @ApiProperty()
  ndaOnly: boolean;
  @nullableDateTime()
  answeredAt: string | null;
  @dateTime()
  createdAt: string;
}

export class QuestionListResponse {
  @ApiProperty({ type: [QuestionResponse] })
  items: QuestionResponse[];
}
