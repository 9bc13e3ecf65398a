import { Body, Param, Query } from '@nestjs/common';
import {
  ApiController,
  CreateAction,
  DeleteAction,
  GetRoute,
  PageQueryDto,
  PostAction,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { CreateWebhookDto } from './webhooks.dto';
import { WebhookPage, WebhookResponse, WebhookWithSecretResponse } from './webhooks.response';
import { WebhooksService } from './webhooks.service';

@ApiController('webhooks', 'webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @CreateAction(
    '',
    'Register a Standard Webhooks endpoint (organisation owners); the answer shows the secret once',
    WebhookWithSecretResponse,
  )
  create(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateWebhookDto,
  ): Promise<WebhookWithSecretResponse> {
    return this.webhooks.create(p, dto);
  }

  @GetRoute('', "Your organisations' webhook endpoints (owners), without secrets", WebhookPage)
  list(@CurrentPrincipal() p: Principal, @Query() query: PageQueryDto): Promise<WebhookPage> {
    return this.webhooks.list(p, query);
  }

  @DeleteAction(':id', 'Remove an endpoint (owners)')
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.webhooks.remove(p, id);
  }

  @PostAction(
    ':id/rotate-secret',
    'Replace the signing secret; the answer shows the new one once',
    WebhookWithSecretResponse,
  )
  rotate(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<WebhookWithSecretResponse> {
    return this.webhooks.rotateSecret(p, id);
  }

  @PostAction(':id/enable', 'Turn a disabled endpoint back on (owners)', WebhookResponse)
  enable(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<WebhookResponse> {
    return this.webhooks.enable(p, id);
  }
}
