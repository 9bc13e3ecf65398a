import {
  exhibitionAudienceSql,
  exhibitionNoticeParamsSql,
  exhibitionOrganiserSql,
  submissionSql,
  type AudienceSubject,
} from '@niaz/exhibitions';
import { membersOfSql, organizationNameSql } from '@niaz/identity';
import { needTitleSql } from '@niaz/needs';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/*
 * The exhibition events. Who is told is libs/exhibitions' one audience rule
 * (`exhibitionAudienceSql`); what the notice names comes from the owners' read ports. These
 * queries add only the notice's shape: event key, params and webhook data per member.
 */

const NO_SUBJECT: AudienceSubject = {
  exhibition: 'NULL',
  submission: 'NULL',
  organization: 'NULL',
};

/** Published: members of the invited organisations and of those with approved needs in it. */
export function exhibitionPublishedRecipients(exhibitionId: string): RecipientQuery {
  const audience = exhibitionAudienceSql('exhibition.published', {
    ...NO_SUBJECT,
    exhibition: '$1::uuid',
  });
  return {
    type: 'exhibition.published',
    external: true,
    params: [exhibitionId],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", mem."organizationId",
             'exhibition.published:' || $1 AS "eventKey",
             ${exhibitionNoticeParamsSql('$1::uuid')} AS params,
             jsonb_build_object('exhibitionId', $1::uuid) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${audience}) a
        JOIN LATERAL (${membersOfSql('a."organizationId"')}) mem ON true
       ORDER BY mem."userId"`,
  };
}

/** An organiser invited a manufacturer organisation to submit its needs: its members. */
export function exhibitionInvitationRecipients(
  exhibitionId: string,
  organizationId: string,
): RecipientQuery {
  const audience = exhibitionAudienceSql('exhibition.invitation', {
    ...NO_SUBJECT,
    exhibition: '$1::uuid',
    organization: '$2::uuid',
  });
  const params = exhibitionNoticeParamsSql('$1::uuid');
  const organiser = organizationNameSql(exhibitionOrganiserSql('$1::uuid'));
  return {
    type: 'exhibition.invitation',
    external: true,
    params: [exhibitionId, organizationId],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'exhibition.invitation:' || $1 AS "eventKey",
             ${params} || jsonb_build_object('organiserName', ${organiser}) AS params,
             jsonb_build_object('exhibitionId', $1::uuid) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${audience}) a
        JOIN LATERAL (${membersOfSql('a."organizationId"')}) mem ON true
       WHERE ${params} IS NOT NULL`,
  };
}

/**
 * A need was submitted (or submitted again after changes): the organiser's members. `event`
 * is the outbox row id, so each resubmission is its own notice.
 */
export function submissionToOrganiserRecipients(
  type: 'submission.created' | 'submission.resubmitted',
  submissionId: string,
  event: string,
): RecipientQuery {
  const audience = exhibitionAudienceSql(type, {
    exhibition: 's."exhibitionId"',
    submission: '$1::uuid',
    organization: 'NULL',
  });
  return {
    type,
    external: true,
    params: [submissionId, `${type}:${submissionId}:${event}`],
    sql: `
      SELECT mem."userId", mem."organizationId", $2::text AS "eventKey",
             ${exhibitionNoticeParamsSql('s."exhibitionId"')}
               || jsonb_build_object('submissionId', $1::uuid, 'needId', s."needId",
                                     'needTitle', ${needTitleSql('s."needId"')}) AS params,
             jsonb_build_object('exhibitionId', s."exhibitionId", 'submissionId', $1::uuid,
                                'needId', s."needId") AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${submissionSql('$1::uuid')}) s
        JOIN LATERAL (${audience}) a ON true
        JOIN LATERAL (${membersOfSql('a."organizationId"')}) mem ON true`,
  };
}

/** The organiser approved, rejected or asked for changes: the need's organisation, with the reason. */
export function submissionDecidedRecipients(
  submissionId: string,
  decision: 'approved' | 'rejected' | 'changes_requested',
  reason: string | null,
  event: string,
): RecipientQuery {
  const audience = exhibitionAudienceSql('submission.decided', {
    exhibition: 's."exhibitionId"',
    submission: '$1::uuid',
    organization: 'NULL',
  });
  return {
    type: `submission.${decision}`,
    external: true,
    params: [submissionId, decision, reason, `submission.decided:${submissionId}:${event}`],
    sql: `
      SELECT mem."userId", mem."organizationId", $4::text AS "eventKey",
             ${exhibitionNoticeParamsSql('s."exhibitionId"')}
               || jsonb_build_object('submissionId', $1::uuid, 'needId', s."needId",
                                     'needTitle', ${needTitleSql('s."needId"')},
                                     'decision', $2::text, 'reason', coalesce($3::text, s.reason)) AS params,
             jsonb_build_object('exhibitionId', s."exhibitionId", 'submissionId', $1::uuid,
                                'needId', s."needId", 'decision', $2::text) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${submissionSql('$1::uuid')}) s
        JOIN LATERAL (${audience}) a ON true
        JOIN LATERAL (${membersOfSql('a."organizationId"')}) mem ON true`,
  };
}
