import { ApiProperty } from '@nestjs/swagger';
import { nullableDateTime } from '@niaz/core';

/** OpenAPI description of GET/PUT /notification-preferences (preferencesView). */
export class ChannelsView {
  @ApiProperty()
  inApp: boolean;
  @ApiProperty()
  email: boolean;
  @ApiProperty()
  webhook: boolean;
  @ApiProperty()
  messenger: boolean;
}

export class QuietHoursView {
  @ApiProperty({ example: '22:00' })
  start: string;
  @ApiProperty({ example: '07:00' })
  end: string;
  @ApiProperty({ example: 'Asia/Tehran' })
  timeZone: string;
}

export class PreferencesResponse {
  @ApiProperty({ type: ChannelsView })
  channels: ChannelsView;
  @ApiProperty({ enum: ['instant', 'daily'] })
  digest: 'instant' | 'daily';
  @ApiProperty({ minimum: 0, maximum: 1 })
  minScore: number;
  @ApiProperty({ type: [String], example: ['84'] })
  hsChapters: string[];
  @ApiProperty({ type: QuietHoursView, nullable: true })
  quietHours: QuietHoursView | null;
  @nullableDateTime()
  updatedAt: string | null;
}
