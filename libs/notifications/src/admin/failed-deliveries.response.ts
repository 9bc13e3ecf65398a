import { ApiProperty } from '@nestjs/swagger';
import { nullableDateTime, nullableString, ResourceView, PageOf } from '@niaz/core';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  DeliveryChannel,
  DeliveryStatus,
} from '../delivery.entity';

/** OpenAPI description of a delivery on the dead-letter list (deliveryView). */
export class DeliveryResponse extends ResourceView {
  @ApiProperty({ enum: DELIVERY_CHANNELS })
  channel: DeliveryChannel;
  @ApiProperty({ example: 'need.published' })
  type: string;
  @ApiProperty()
  eventKey: string;
  @ApiProperty({ enum: DELIVERY_STATUSES })
  status: DeliveryStatus;
  @ApiProperty()
  attempts: number;
  @nullableString()
  lastError: string | null;
  @nullableString({ format: 'uuid' })
  userId: string | null;
  @nullableString({ format: 'uuid' })
  organizationId: string | null;
  @nullableString({ format: 'uuid' })
  endpointId: string | null;
  @nullableString({ format: 'uuid' })
  messengerLinkId: string | null;
  @nullableDateTime()
  sentAt: string | null;
}

export class DeliveryPage extends PageOf(DeliveryResponse) {}
