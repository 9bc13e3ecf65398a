import type { Bid } from './bid.entity';

/** The full bid: for its own organisation, and for the need's owner once bids are unsealed. */
export function bidView(bid: Bid, amendmentCount: number) {
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
    validUntil: bid.validUntil,
    decidedAt: bid.decidedAt,
    decisionReason: bid.decisionReason,
    decisionReasonCode: bid.decisionReasonCode,
    // The need was amended since this bid answered its terms: its supplier must re-confirm.
    confirmationRequired:
      (bid.status === 'submitted' || bid.status === 'shortlisted') &&
      bid.termsVersion < amendmentCount,
    confirmedAt: bid.confirmedAt,
    createdAt: bid.createdAt,
    updatedAt: bid.updatedAt,
  };
}
