import { ApiProperty } from '@nestjs/swagger';
import { MoneyView, dateTime, nullableNumber, nullableString, PageOf } from '@niaz/core';
import {
  BID_STATUSES,
  BidStatus,
  DECISION_REASON_CODES,
  type DecisionReasonCode,
} from '../bid.entity';

/**
 * A bid (bid.view.ts), to its supplier, and to the need's owner once bids are opened (a
 * sealed bid does not exist for the owner). `lapsed`: not re-confirmed after an amendment by
 * the deadline, so never opened.
 */
export class BidResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty({ enum: BID_STATUSES })
  status: BidStatus;
  @ApiProperty({ description: 'true: contents hidden until the deadline' })
  sealed: boolean;
  @dateTime()
  createdAt: string;
  @ApiProperty({ format: 'uuid', required: false })
  organizationId?: string;
  @ApiProperty({ type: MoneyView, required: false })
  price?: MoneyView;
  @ApiProperty({ required: false })
  quantity?: number;
  @ApiProperty({ required: false })
  leadTimeDays?: number;
  @nullableNumber({ required: false })
  localContentPercent?: number | null;
  @ApiProperty({ required: false })
  proposal?: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, required: false })
  validUntil?: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, required: false })
  decidedAt?: string | null;
  @nullableString({ required: false })
  decisionReason?: string | null;
  @ApiProperty({
    enum: DECISION_REASON_CODES,
    nullable: true,
    required: false,
    description:
      "Why the server decided, as a code to word in the reader's language (`another-bid-awarded`: rejected because another bid won). `decisionReason` is what the buyer wrote.",
  })
  decisionReasonCode?: DecisionReasonCode | null;
  @ApiProperty({ type: String, format: 'date-time', required: false })
  updatedAt?: string;
  @ApiProperty({
    required: false,
    description:
      'The need was amended since: re-confirm (POST /bids/:id/confirm) before the deadline',
  })
  confirmationRequired?: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, required: false })
  confirmedAt?: string | null;
}

export class BidPageResponse extends PageOf(BidResponse) {
  @ApiProperty({
    required: false,
    description: 'GET /needs/:id/bids: true while the contents are sealed',
  })
  sealed?: boolean;
}
