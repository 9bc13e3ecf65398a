import { bidRowSql } from '@niaz/bids';
import { membersOfSql } from '@niaz/identity';
import { needRowSql } from '@niaz/needs';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/**
 * A bid arrived (or was withdrawn): the need owner's members, and only on a need whose bids
 * are open to its owner (published with visible bids, or past its deadline). On a sealed need
 * the owner is told nothing, not even that a bid exists; the opening tells the count.
 */
export function bidToOwnerRecipients(
  type: 'bid.received' | 'bid.withdrawn',
  bidId: string,
): RecipientQuery {
  const event = type === 'bid.received' ? 'bid.submitted' : 'bid.withdrawn';
  return {
    type,
    external: true,
    params: [bidId],
    sql: `
      SELECT mem."userId", n."organizationId",
             '${event}:' || b.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'bidId', b.id) AS params,
             jsonb_build_object('needId', n.id, 'bidId', b.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${bidRowSql('$1::uuid')}) b
        JOIN LATERAL (${needRowSql('b."needId"')}) n ON true
        JOIN LATERAL (${membersOfSql('n."organizationId"')}) mem ON true
       WHERE (n."bidsVisibleBeforeDeadline" OR n."bidDeadline" <= now())`,
  };
}

/** The buyer shortlisted, rejected or awarded a bid: the bidding organisation's members. */
export function bidDecidedRecipients(
  bidId: string,
  decision: 'shortlisted' | 'rejected' | 'awarded',
): RecipientQuery {
  return {
    type: `bid.${decision}`,
    external: true,
    params: [bidId, decision],
    sql: `
      SELECT mem."userId", b."organizationId",
             'bid.decided:' || b.id || ':' || $2::text AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'bidId', b.id,
                                'decision', $2::text, 'reason', b."decisionReason",
                                'reasonCode', b."decisionReasonCode") AS params,
             jsonb_build_object('needId', n.id, 'bidId', b.id, 'decision', $2::text) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${bidRowSql('$1::uuid')}) b
        JOIN LATERAL (${needRowSql('b."needId"')}) n ON true
        JOIN LATERAL (${membersOfSql('b."organizationId"')}) mem ON true`,
  };
}
