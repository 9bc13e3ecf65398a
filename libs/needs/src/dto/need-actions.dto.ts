import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, IsOmittable, Field } from '@niaz/core';
import { NEED_STATUSES, NeedStatus } from '../need-lifecycle';

export class ReasonDto {
  @Field.Text({
    minLength: 3,
    maxLength: 2000,
    example: 'تأمین‌کننده داخلی از مسیر دیگری پیدا شد',
  })
  reason: string;
}

export class InviteDto {
  @ApiProperty({ description: 'The supplier organisation to invite' })
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId: string;
}

export class ListNeedsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "true: your organisations' needs, drafts included" })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ enum: NEED_STATUSES })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class NdaDto {
  @ApiPropertyOptional({
    description: 'The supplier organisation accepting (defaults to your first supplier one)',
  })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ default: true, description: 'I accept the terms of the NDA' })
  @IsOmittable()
  @IsBoolean()
  accept?: boolean;
}
