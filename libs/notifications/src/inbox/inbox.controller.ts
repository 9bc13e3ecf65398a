import { Get, Header, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import {
  ApiController,
  BodyRouteConfig,
  HtmlPageResponse,
  JsonOrHtmlResponse,
  PageQueryDto,
  PostAction,
  Public,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { UnsubscribeQueryDto } from './inbox.dto';
import type { FastifyReply } from 'fastify';
import {
  InboxPage,
  NotificationView,
  ReadAllResponse,
  UnsubscribeResponse,
} from './inbox.response';
import { InboxService } from './inbox.service';
import { UnsubscribeService } from './unsubscribe.service';

const LANGUAGE_HEADER = {
  name: 'accept-language',
  required: false,
  description: 'fa, tr or en: the language of title, body and reasons (default: your own)',
};

@ApiController('notifications', 'notifications')
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
  ): Promise<InboxPage> {
    return this.inbox.list(p, query, language);
  }

  @PostAction('read-all', 'Mark every notification read', ReadAllResponse)
  readAll(@CurrentPrincipal() p: Principal): Promise<ReadAllResponse> {
    return this.inbox.markAllRead(p);
  }

  @Public()
  @Get('unsubscribe')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      "The e-mail's unsubscribe link (signed token, no login): a confirmation page; opening it changes nothing",
  })
  @HtmlPageResponse('The page with the confirm button (a form POST)')
  unsubscribePage(@Query() query: UnsubscribeQueryDto): Promise<string> {
    return this.unsubscribes.confirmationPage(query.token);
  }

  /** Mail clients (RFC 8058) and the page's button POST a form here; only this turns e-mail off. */
  @Public()
  @Post('unsubscribe')
  // Mail providers POST `List-Unsubscribe=One-Click` as a form (see BodyRouteConfig).
  @RouteConfig({ form: true } satisfies BodyRouteConfig)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Unsubscribe: one-click (RFC 8058 List-Unsubscribe-Post) or the confirmation page button; answers HTML to browsers',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiProduces('application/json', 'text/html')
  @JsonOrHtmlResponse(UnsubscribeResponse, 'JSON, or a page for browsers (Accept: text/html)')
  async unsubscribe(
    @Query() query: UnsubscribeQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnsubscribeResponse | string> {
    const { language } = await this.unsubscribes.unsubscribe(query.token);
    if (/\btext\/html\b/.test(accept ?? '')) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return this.unsubscribes.donePage(language);
    }
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
  ): Promise<NotificationView> {
    return this.inbox.markRead(p, id, language);
  }
}
