import { Param, Query } from '@nestjs/common';
import {
  ApiController,
  CreateAction,
  DeleteAction,
  GetRoute,
  PageQueryDto,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { MessengerLinkCreatedResponse, MessengerLinkPage } from './messenger-links.response';
import { MessengerLinksService } from './messenger-links.service';

@ApiController('notifications', 'messenger-links')
export class MessengerLinksController {
  constructor(private readonly links: MessengerLinksService) {}

  @CreateAction(
    '',
    'Start linking a Telegram or Bale chat: {code, deepLink}; send /start <code> to the bot within 15 minutes',
    MessengerLinkCreatedResponse,
  )
  create(@CurrentPrincipal() p: Principal): Promise<MessengerLinkCreatedResponse> {
    return this.links.create(p);
  }

  @GetRoute('', 'Your linked (and pending) chats', MessengerLinkPage)
  list(@CurrentPrincipal() p: Principal, @Query() query: PageQueryDto): Promise<MessengerLinkPage> {
    return this.links.list(p, query);
  }

  @DeleteAction(':id', 'Unlink a chat')
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.links.remove(p, id);
  }
}
