import { ApiProperty } from '@nestjs/swagger';
import { ResourceView, nullableDateTime, PageOf } from '@niaz/core';
import { NOTICE_TYPES, NoticeType } from '../notices/notice';

/** OpenAPI description of the inbox (InboxService.view). */
export class NotificationRefsView {
  @ApiProperty({ format: 'uuid', required: false })
  needId?: string;
  @ApiProperty({ format: 'uuid', required: false })
  bidId?: string;
  @ApiProperty({ format: 'uuid', required: false })
  capabilityId?: string;
  @ApiProperty({ format: 'uuid', required: false })
  endpointId?: string;
}

export class NotificationView extends ResourceView {
  @ApiProperty({ enum: NOTICE_TYPES })
  type: NoticeType;
  @ApiProperty({ description: 'In the language of Accept-Language (else your own)' })
  title: string;
  @ApiProperty()
  body: string;
  @ApiProperty({
    type: [String],
    description: 'need.matched: why it fits, one line each, in the same language',
  })
  reasons: string[];
  @ApiProperty({ required: false, minimum: 0, maximum: 1, description: 'need.matched: the fit' })
  score?: number;
  @ApiProperty({ description: 'Where it leads in the web app (absolute, PUBLIC_URL)' })
  url: string;
  @ApiProperty({ type: NotificationRefsView })
  refs: NotificationRefsView;
  @ApiProperty({
    required: false,
    description: 'The title of the need it is about (refs.needId), as its owner wrote it',
  })
  needTitle?: string;
  @ApiProperty()
  read: boolean;
  @nullableDateTime()
  readAt: string | null;
}

export class InboxPage extends PageOf(NotificationView) {
  @ApiProperty({ description: 'Unread notifications in the whole inbox' })
  unreadCount: number;
}

export class ReadAllResponse {
  @ApiProperty({ description: 'How many were marked read' })
  updated: number;
  @ApiProperty({ example: 0 })
  unreadCount: number;
}

export class UnsubscribeResponse {
  @ApiProperty({ enum: [false], description: 'The e-mail channel is now off' })
  email: false;
}
