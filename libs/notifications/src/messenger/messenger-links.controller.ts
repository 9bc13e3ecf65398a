import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQueryDto, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { MessengerLinkCreatedResponse, MessengerLinkPage } from './messenger-links.response';
import { MessengerLinksService } from './messenger-links.service';

@ApiTags('notifications')
@ApiBearerAuth('bearer')
@Controller('messenger-links')
export class MessengerLinksController {
  constructor(private readonly links: MessengerLinksService) {}

  @Post()
  @ApiOperation({
    summary:
      'Start linking a Telegram or Bale chat: {code, deepLink}; send /start <code> to the bot within 15 minutes',
  })
  @ApiCreatedResponse({ type: MessengerLinkCreatedResponse })
  create(@CurrentPrincipal() p: Principal) {
    return this.links.create(p);
  }

  @Get()
  @ApiOperation({ summary: 'Your linked (and pending) chats' })
  @ApiOkResponse({ type: MessengerLinkPage })
  list(@CurrentPrincipal() p: Principal, @Query() query: PageQueryDto) {
    return this.links.list(p, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unlink a chat' })
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.links.remove(p, id);
  }
}
