import { Controller, Get, Header, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { BodyRouteConfig, PageQueryDto, Public, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { UnsubscribeQueryDto } from './inbox.dto';
import { InboxPage, NotificationView, ReadAllResponse } from './inbox.response';
import { InboxService } from './inbox.service';
import { UnsubscribeService } from './unsubscribe.service';

const LANGUAGE_HEADER = {
  name: 'accept-language',
  required: false,
  description: 'fa, tr or en: the language of title, body and reasons (default: your own)',
};

@ApiTags('notifications')
@ApiBearerAuth('bearer')
@Controller('notifications')
export class InboxController {
  constructor(
    private readonly inbox: InboxService,
    private readonly unsubscribes: UnsubscribeService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Your in-app inbox, newest first, in your language (or Accept-Language), with unreadCount',
  })
  @ApiOkResponse({ type: InboxPage })
  @ApiHeader(LANGUAGE_HEADER)
  list(
    @CurrentPrincipal() p: Principal,
    @Query() query: PageQueryDto,
    @Headers('accept-language') language?: string,
  ) {
    return this.inbox.list(p, query, language);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every notification read' })
  @ApiOkResponse({ type: ReadAllResponse })
  readAll(@CurrentPrincipal() p: Principal) {
    return this.inbox.markAllRead(p);
  }

  @Public()
  @Get('unsubscribe')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiOperation({
    summary: "The e-mail's unsubscribe link (signed token, no login): turns e-mail off",
  })
  unsubscribePage(@Query() query: UnsubscribeQueryDto) {
    return this.unsubscribes.page(query.token);
  }

  @Public()
  @Post('unsubscribe')
  // Mail providers POST `List-Unsubscribe=One-Click` as a form (see BodyRouteConfig).
  @RouteConfig({ form: true } satisfies BodyRouteConfig)
  @HttpCode(200)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058 List-Unsubscribe-Post)' })
  @ApiOkResponse({
    schema: { type: 'object', required: ['email'], properties: { email: { type: 'boolean' } } },
  })
  async unsubscribe(@Query() query: UnsubscribeQueryDto) {
    await this.unsubscribes.unsubscribe(query.token);
    return { email: false };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiOkResponse({ type: NotificationView })
  @ApiHeader(LANGUAGE_HEADER)
  read(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Headers('accept-language') language?: string,
  ) {
    return this.inbox.markRead(p, id, language);
  }
}
