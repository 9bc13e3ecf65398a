import { bidsOnNeedsSql, liveBidsSql } from '@niaz/bids';
import { membersOfSql, organizationRowSql } from '@niaz/identity';
import {
  invitedOrganizationsSql,
  ndaSignersSql,
  needAmendmentSql,
  needQuestionSql,
  needRowSql,
  openNeedsSql,
} from '@niaz/needs';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/** The buyer invited a supplier organisation to bid: its members. */
export function needInvitationRecipients(needId: string, organizationId: string): RecipientQuery {
  return {
    type: 'need.invitation',
    external: true,
    params: [needId, organizationId],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'need.invitation:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'buyerName', o.name) AS params,
             jsonb_build_object('needId', n.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN LATERAL (${organizationRowSql('n."organizationId"')}) o ON true
        JOIN LATERAL (${membersOfSql('$2')}) mem ON true
       WHERE n.status <> 'draft'`,
  };
}

/**
 * The terms of a need were amended: the members of every supplier whose live bid now waits
 * for re-confirmation, once per amendment. The rationale travels; `details` never does.
 */
export function needAmendedRecipients(needId: string, amendmentId: string): RecipientQuery {
  return {
    type: 'need.amended',
    external: true,
    params: [needId, amendmentId],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", b."organizationId",
             'need.amended:' || a.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'amendmentId', a.id,
                                'rationale', a.rationale, 'bidId', b."bidId",
                                'bidDeadline', n."bidDeadline") AS params,
             jsonb_build_object('needId', n.id, 'amendmentId', a.id, 'bidId', b."bidId") AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN (${needAmendmentSql('$2::uuid')}) a ON a."needId" = n.id
        JOIN LATERAL (${liveBidsSql('n.id')}) b ON b."termsVersion" < n."amendmentCount"
        JOIN LATERAL (${membersOfSql('b."organizationId"')}) mem ON true
       WHERE n.id = $1
       ORDER BY mem."userId"`,
  };
}

/**
 * The owner answered a clarification: the members of every live bidder and NDA signer (only
 * NDA signers for an answer marked `ndaOnly`), once per question. Never who asked.
 */
export function needAnsweredRecipients(needId: string, questionId: string): RecipientQuery {
  return {
    type: 'need.answered',
    external: true,
    params: [needId, questionId],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", o.org AS "organizationId",
             'need.answered:' || q.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'questionId', q.id) AS params,
             jsonb_build_object('needId', n.id, 'questionId', q.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN (${needQuestionSql('$2::uuid')}) q ON q."needId" = n.id
        JOIN LATERAL (
              SELECT s."organizationId" AS org FROM (${ndaSignersSql('n.id')}) s
              UNION SELECT b."organizationId" FROM (${liveBidsSql('n.id')}) b
                     WHERE NOT q."ndaOnly"
             ) o ON o.org <> n."organizationId"
        JOIN LATERAL (${membersOfSql('o.org')}) mem ON true
       ORDER BY mem."userId"`,
  };
}

/** A need was closed or cancelled, with its reason: the members of every live bidder. */
export function needClosedRecipients(
  needId: string,
  status: 'closed' | 'cancelled',
  reason: string | null,
): RecipientQuery {
  return {
    type: 'need.closed',
    external: true,
    params: [needId, status, reason],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", b."organizationId",
             'need.closed:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'status', $2::text,
                                'reason', coalesce($3::text, n."closeReason")) AS params,
             jsonb_build_object('needId', n.id, 'status', $2::text) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN LATERAL (${bidsOnNeedsSql('n.id')}) b ON b.status <> 'withdrawn'
        JOIN LATERAL (${membersOfSql('b."organizationId"')}) mem ON true
       ORDER BY mem."userId"`,
  };
}

/**
 * Bidding closes within 48 hours: members of suppliers that showed interest (accepted the
 * NDA, were invited, or withdrew a bid) and have no live bid. Set-based over every need in
 * the window; each (need, user) is told once however often the sweep runs.
 */
export function needDeadlineRecipients(hoursAhead = 48): RecipientQuery {
  return {
    type: 'need.deadline',
    external: true,
    params: [hoursAhead],
    sql: `
      SELECT DISTINCT ON (mem."userId", n.id)
             mem."userId", o.org AS "organizationId",
             'need.deadline:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'bidDeadline', n."bidDeadline") AS params,
             jsonb_build_object('needId', n.id, 'bidDeadline', n."bidDeadline") AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${openNeedsSql()}) n
        JOIN LATERAL (
              SELECT "organizationId" AS org FROM (${ndaSignersSql('n.id')}) s
              UNION SELECT "organizationId" FROM (${invitedOrganizationsSql('n.id')}) i
              UNION SELECT "organizationId" FROM (${bidsOnNeedsSql('n.id')}) w WHERE w.status = 'withdrawn'
             ) o ON o.org <> n."organizationId"
        JOIN LATERAL (${membersOfSql('o.org')}) mem ON true
       WHERE n."bidDeadline" > now()
         AND n."bidDeadline" <= now() + make_interval(hours => $1::int)
         AND NOT EXISTS (SELECT 1 FROM (${bidsOnNeedsSql('n.id')}) b
                          WHERE b."organizationId" = o.org AND b.status <> 'withdrawn')
       ORDER BY mem."userId", n.id`,
  };
}
