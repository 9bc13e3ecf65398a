import { wireTime } from '@niaz/core';
import type { Bid } from './bid.entity';
import type { BidResponse } from './dto/bid.response';

/** The full bid: for its own organisation, and for the need's owner once bids are unsealed. */
export function bidView(bid: Bid, amendmentCount: number): BidResponse {
  return {
    id: bid.id,
    needId: bid.needId,
    organizationId: bid.organizationId,
    status: bid.status,
    sealed: false,
    price: { amount: bid.priceAmount, currency: bid.priceCurrency },
    quantity: bid.quantity,
    leadTimeDays: bid.leadTimeDays,
    localContentPercent: bid.localContentPercent,
    proposal: bid.proposal,
    validUntil: wireTime(bid.validUntil),
    decidedAt: wireTime(bid.decidedAt),
    decisionReason: bid.decisionReason,
    decisionReasonCode: bid.decisionReasonCode,
    // The need was amended since this bid answered its terms: its supplier must re-confirm.
    confirmationRequired:
      (bid.status === 'submitted' || bid.status === 'shortlisted') &&
      bid.termsVersion < amendmentCount,
    confirmedAt: wireTime(bid.confirmedAt),
    createdAt: wireTime(bid.createdAt),
    updatedAt: wireTime(bid.updatedAt),
  };
}
