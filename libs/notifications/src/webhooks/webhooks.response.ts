import { ApiProperty } from '@nestjs/swagger';
import { ResourceView, nullableDateTime, PageOf } from '@niaz/core';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '../notices/notice';

/** OpenAPI description of the webhook endpoints (webhookView). */
export class WebhookResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty()
  url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: 'Empty: all' })
  events: WebhookEventType[];
  @ApiProperty()
  enabled: boolean;
  @ApiProperty()
  consecutiveFailures: number;
  @nullableDateTime()
  disabledAt: string | null;
}

export class WebhookWithSecretResponse extends WebhookResponse {
  @ApiProperty({ example: 'whsec_…', description: 'Shown this once' })
  secret: string;
}

export class WebhookPage extends PageOf(WebhookResponse) {}
