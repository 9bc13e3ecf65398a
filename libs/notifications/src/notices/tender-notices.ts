import { membersOfSql } from '@niaz/identity';
import { biddersSql } from '@niaz/bids';
import { needQuestionSql, needRowSql } from '@niaz/needs';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/**
 * A supplier asked a clarification: the need owner's members, once per question. Nothing
 * says who asked: not the params, not the webhook, not the organisation the notice is
 * filed under (the owner's own).
 */
export function needAskedRecipients(needId: string, questionId: string): RecipientQuery {
  return {
    type: 'need.asked',
    external: true,
    params: [needId, questionId],
    sql: `
      SELECT mem."userId", n."organizationId",
             'need.asked:' || q.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title, 'questionId', q.id) AS params,
             jsonb_build_object('needId', n.id, 'questionId', q.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN (${needQuestionSql('$2::uuid')}) q ON q."needId" = n.id
        JOIN LATERAL (${membersOfSql('n."organizationId"')}) mem ON true`,
  };
}

/** The opening: the owner's members learn how many bids were opened (lapsed ones were not). */
export function needOpenedRecipients(
  needId: string,
  opened: number,
  lapsed: number,
): RecipientQuery {
  return {
    type: 'need.opened',
    external: true,
    params: [needId, opened, lapsed],
    sql: `
      SELECT mem."userId", n."organizationId",
             'need.opened:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title,
                                'opened', $2::int, 'lapsed', $3::int) AS params,
             jsonb_build_object('needId', n.id, 'opened', $2::int, 'lapsed', $3::int) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN LATERAL (${membersOfSql('n."organizationId"')}) mem ON true`,
  };
}

/**
 * The opening: every bidder's members learn that it took place and how many bids competed;
 * one whose bid lapsed (not re-confirmed after an amendment) learns that too.
 */
export function bidOpenedRecipients(needId: string, opened: number): RecipientQuery {
  return {
    type: 'bid.opened',
    external: true,
    params: [needId, opened],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", b."organizationId",
             'bid.opened:' || n.id AS "eventKey",
             jsonb_build_object('needId', n.id, 'needTitle', n.title,
                                'opened', $2::int, 'lapsed', b.lapsed) AS params,
             jsonb_build_object('needId', n.id, 'opened', $2::int, 'lapsed', b.lapsed) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${needRowSql('$1::uuid')}) n
        JOIN LATERAL (${biddersSql('n.id')}) b ON b."organizationId" <> n."organizationId"
        JOIN LATERAL (${membersOfSql('b."organizationId"')}) mem ON true
       ORDER BY mem."userId"`,
  };
}
