import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '@niaz/core';
import { ATTACHMENT_TARGETS, AttachmentTarget } from '../attachment.entity';

export class AttachmentTargetDto {
  @ApiProperty({ enum: ATTACHMENT_TARGETS })
  @IsIn(ATTACHMENT_TARGETS)
  type: AttachmentTarget;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'target.id must be a UUID' })
  id: string;
}

export class CreateAttachmentDto {
  @ApiProperty({ type: AttachmentTargetDto })
  @ValidateNested()
  @Type(() => AttachmentTargetDto)
  target: AttachmentTargetDto;

  @ApiProperty({ maxLength: 200, example: 'نقشه-بلبرینگ-۶۲۰۴.pdf' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Bytes; at most ATTACHMENT_MAX_MB', example: 1048576 })
  @IsInt()
  @Min(1)
  size: number;

  @ApiProperty({ example: 'application/pdf' })
  @IsString()
  @MaxLength(100)
  contentType: string;

  @ApiPropertyOptional({
    default: false,
    description:
      'Need files: only for the owner and NDA signers; organisation and capability files: members only',
  })
  @IsOmittable()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({
    description: 'Why the need changes: required once the need is published (an amendment)',
  })
  @IsOmittable()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  rationale?: string;
}

export class RemoveAttachmentQueryDto {
  @ApiPropertyOptional({ description: 'Required once the need is published (an amendment)' })
  @IsOmittable()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  rationale?: string;
}

export class ListAttachmentsQueryDto {
  @ApiProperty({ enum: ATTACHMENT_TARGETS })
  @IsIn(ATTACHMENT_TARGETS)
  targetType: AttachmentTarget;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'targetId must be a UUID' })
  targetId: string;
}
