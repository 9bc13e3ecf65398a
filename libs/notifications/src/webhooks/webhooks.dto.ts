import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsOmittable } from '@niaz/core';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../notices/notice';

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://erp.example.com/niaz/webhooks',
    maxLength: 2000,
    description: 'https, public address (checked again after DNS at every delivery)',
  })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    description: 'Event types to receive; left out or empty: all',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, {
    each: true,
    message: `events must be among: ${WEBHOOK_EVENT_TYPES.join(', ')}`,
  })
  events?: WebhookEventType[];

  @ApiPropertyOptional({
    description: 'The organisation (you own) it belongs to; default: your first',
  })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
