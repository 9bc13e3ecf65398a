import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/*
 * The exhibition events (issue 6), with the audiences libs/exhibitions defines in
 * exhibition-audience.ts. They read the exhibitions tables, so NoticeProcessor calls them
 * once libs/exhibitions is merged (see libs/notifications/README.md); until then those
 * events tell nobody.
 */

const EXHIBITION_PARAMS = `'exhibitionId', e.id, 'exhibitionTitle', e.title, 'city', e.city,
  'startsAt', e."startsAt", 'submissionDeadline', e."submissionDeadline"`;

/** Published: members of the invited organisations and of those with approved needs in it. */
export function exhibitionPublishedRecipients(exhibitionId: string): RecipientQuery {
  return {
    type: 'exhibition.published',
    external: true,
    params: [exhibitionId],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", mem."organizationId",
             'exhibition.published:' || e.id AS "eventKey",
             jsonb_build_object(${EXHIBITION_PARAMS}) AS params,
             jsonb_build_object('exhibitionId', e.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM exhibition e
        JOIN LATERAL (
              SELECT "organizationId" AS org FROM exhibition_invitation WHERE "exhibitionId" = e.id
              UNION SELECT "organizationId" FROM exhibition_submission
                     WHERE "exhibitionId" = e.id AND status = 'approved'
             ) o ON o.org <> e."organizationId"
        JOIN membership mem ON mem."organizationId" = o.org
       WHERE e.id = $1
       ORDER BY mem."userId"`,
  };
}

/** An organiser invited a manufacturer organisation to submit its needs: its members. */
export function exhibitionInvitationRecipients(
  exhibitionId: string,
  organizationId: string,
): RecipientQuery {
  return {
    type: 'exhibition.invitation',
    external: true,
    params: [exhibitionId, organizationId],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'exhibition.invitation:' || e.id AS "eventKey",
             jsonb_build_object(${EXHIBITION_PARAMS}, 'organiserName', o.name) AS params,
             jsonb_build_object('exhibitionId', e.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM exhibition e
        JOIN organization o ON o.id = e."organizationId"
        JOIN membership mem ON mem."organizationId" = $2
       WHERE e.id = $1`,
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
  return {
    type,
    external: true,
    params: [submissionId, `${type}:${submissionId}:${event}`],
    sql: `
      SELECT mem."userId", e."organizationId", $2::text AS "eventKey",
             jsonb_build_object(${EXHIBITION_PARAMS}, 'submissionId', s.id,
                                'needId', n.id, 'needTitle', n.title) AS params,
             jsonb_build_object('exhibitionId', e.id, 'submissionId', s.id, 'needId', n.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM exhibition_submission s
        JOIN exhibition e ON e.id = s."exhibitionId"
        JOIN need n ON n.id = s."needId"
        JOIN membership mem ON mem."organizationId" = e."organizationId"
       WHERE s.id = $1`,
  };
}

/** The organiser approved, rejected or asked for changes: the need's organisation, with the reason. */
export function submissionDecidedRecipients(
  submissionId: string,
  decision: 'approved' | 'rejected' | 'changes_requested',
  reason: string | null,
  event: string,
): RecipientQuery {
  return {
    type: `submission.${decision}`,
    external: true,
    params: [submissionId, decision, reason, `submission.decided:${submissionId}:${event}`],
    sql: `
      SELECT mem."userId", n."organizationId", $4::text AS "eventKey",
             jsonb_build_object(${EXHIBITION_PARAMS}, 'submissionId', s.id, 'needId', n.id,
                                'needTitle', n.title, 'decision', $2::text,
                                'reason', coalesce($3::text, s.reason)) AS params,
             jsonb_build_object('exhibitionId', e.id, 'submissionId', s.id, 'needId', n.id,
                                'decision', $2::text) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM exhibition_submission s
        JOIN exhibition e ON e.id = s."exhibitionId"
        JOIN need n ON n.id = s."needId"
        JOIN membership mem ON mem."organizationId" = n."organizationId"
       WHERE s.id = $1`,
  };
}
