import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQueryDto, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { CreateWebhookDto } from './webhooks.dto';
import { WebhookPage, WebhookResponse, WebhookWithSecretResponse } from './webhooks.response';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth('bearer')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary:
      'Register a Standard Webhooks endpoint (organisation owners); the answer shows the secret once',
  })
  @ApiCreatedResponse({ type: WebhookWithSecretResponse })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateWebhookDto) {
    return this.webhooks.create(p, dto);
  }

  @Get()
  @ApiOperation({ summary: "Your organisations' webhook endpoints (owners), without secrets" })
  @ApiOkResponse({ type: WebhookPage })
  list(@CurrentPrincipal() p: Principal, @Query() query: PageQueryDto) {
    return this.webhooks.list(p, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint (owners)' })
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.webhooks.remove(p, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the answer shows the new one once' })
  @ApiOkResponse({ type: WebhookWithSecretResponse })
  rotate(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.webhooks.rotateSecret(p, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turn a disabled endpoint back on (owners)' })
  @ApiOkResponse({ type: WebhookResponse })
  enable(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.webhooks.enable(p, id);
  }
}
