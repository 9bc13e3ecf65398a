import { ApiProperty } from '@nestjs/swagger';
import { ResourceView, nullableDateTime, nullableString, PageOf } from '@niaz/core';

/** OpenAPI description of the messenger links (messengerLinkView). */
export class MessengerLinkResponse extends ResourceView {
  @ApiProperty({ enum: ['pending', 'linked'] })
  status: 'pending' | 'linked';
  @nullableString()
  chatTitle: string | null;
  @nullableDateTime()
  linkedAt: string | null;
  @nullableDateTime()
  codeExpiresAt: string | null;
}

export class MessengerLinkCreatedResponse extends MessengerLinkResponse {
  @ApiProperty({ description: 'Send /start <code> to the bot (shown this once)' })
  code: string;
  @ApiProperty({ example: 'https://t.me/niaz_bot?start=…' })
  deepLink: string;
}

export class MessengerLinkPage extends PageOf(MessengerLinkResponse) {}
