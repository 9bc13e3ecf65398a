import { exhibitionNoticeParamsSql } from '@niaz/exhibitions';
import { membersOfSql, organizationNameSql } from '@niaz/identity';
import {
  approvedParticipantsSql,
  meetingRequestSql,
  meetingSidesSql,
  meetingsStartingSoonSql,
} from '@niaz/meetings';
import { needTitleSql } from '@niaz/needs';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/*
 * The meeting events of issue 19. Who is told and what the notice names come from the
 * owners' read ports (libs/meetings, exhibitions, identity, needs); these queries add the
 * notice's shape per member.
 */

/** Someone asked for a meeting: the members of the organisation asked. */
export function meetingRequestedRecipients(requestId: string): RecipientQuery {
  return {
    type: 'meeting.requested',
    external: true,
    params: [requestId],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'meeting.requested:' || r.id AS "eventKey",
             ${exhibitionNoticeParamsSql('r."exhibitionId"')}
               || jsonb_strip_nulls(jsonb_build_object('requestId', r.id, 'otherName', ${organizationNameSql('r."fromOrganizationId"')},
                                     'needId', r."needId", 'needTitle', ${needTitleSql('r."needId"')})) AS params,
             jsonb_build_object('exhibitionId', r."exhibitionId", 'requestId', r.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${meetingRequestSql('$1::uuid')}) r
        JOIN LATERAL (${membersOfSql('r."toOrganizationId"')}) mem ON true`,
  };
}

/** The request was accepted or declined: the members of the organisation that asked. */
export function meetingAnsweredRecipients(
  requestId: string,
  decision: 'accepted' | 'declined',
): RecipientQuery {
  return {
    type: decision === 'accepted' ? 'meeting.accepted' : 'meeting.declined',
    external: true,
    params: [requestId, `meeting.${decision}:${requestId}`],
    sql: `
      SELECT mem."userId", mem."organizationId", $2::text AS "eventKey",
             ${exhibitionNoticeParamsSql('r."exhibitionId"')}
               || jsonb_strip_nulls(jsonb_build_object('requestId', r.id, 'otherName', ${organizationNameSql('r."toOrganizationId"')},
                                     'needId', r."needId", 'needTitle', ${needTitleSql('r."needId"')},
                                     'reason', r.reason)) AS params,
             jsonb_build_object('exhibitionId', r."exhibitionId", 'requestId', r.id) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${meetingRequestSql('$1::uuid')}) r
        JOIN LATERAL (${membersOfSql('r."fromOrganizationId"')}) mem ON true`,
  };
}

/** The schedule is published: every member of every approved participant. */
export function meetingsPublishedRecipients(exhibitionId: string, event: string): RecipientQuery {
  return {
    type: 'meetings.published',
    external: true,
    params: [exhibitionId, `meetings.published:${exhibitionId}:${event}`],
    sql: `
      SELECT DISTINCT ON (mem."userId")
             mem."userId", mem."organizationId", $2::text AS "eventKey",
             ${exhibitionNoticeParamsSql('$1::uuid')} AS params,
             jsonb_build_object('exhibitionId', $1::uuid) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${approvedParticipantsSql('$1::uuid')}) p
        JOIN LATERAL (${membersOfSql('p."organizationId"')}) mem ON true
       ORDER BY mem."userId"`,
  };
}

/** The params of a meeting notice, from a row of `meetingSidesSql` (nulls left out: a meeting may have no need). */
const sideParams = (x: string) => `${exhibitionNoticeParamsSql(`${x}."exhibitionId"`)}
  || jsonb_strip_nulls(jsonb_build_object('meetingId', ${x}."meetingId", 'otherName', ${organizationNameSql(`${x}."otherOrganizationId"`)},
                        'slotStart', ${x}."slotStart", 'timeZone', ${x}."timeZone",
                        'tableName', coalesce(${x}."tableName", ''),
                        'needId', ${x}."needId", 'needTitle', ${needTitleSql(`${x}."needId"`)}))`;

/** A published meeting moved: the members of both sides. */
export function meetingChangedRecipients(meetingId: string, event: string): RecipientQuery {
  return {
    type: 'meeting.changed',
    external: true,
    params: [meetingId, `meeting.changed:${meetingId}:${event}`],
    sql: `
      SELECT mem."userId", mem."organizationId", $2::text AS "eventKey",
             ${sideParams('x')} AS params,
             jsonb_build_object('exhibitionId', x."exhibitionId", 'meetingId', x."meetingId") AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${meetingSidesSql('$1::uuid')}) x
        JOIN LATERAL (${membersOfSql('x."organizationId"')}) mem ON true`,
  };
}

/**
 * Reminders of meetings starting within `minutes` (the sweep runs every minute): once per
 * meeting, slot, reminder and member, whatever the number of sweeps.
 */
export function meetingReminderRecipients(minutes: number): RecipientQuery {
  return {
    type: 'meeting.reminder',
    external: true,
    params: [minutes],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'meeting.reminder:' || $1::int || ':' || x."meetingId" || ':'
               || extract(epoch FROM x."slotStart")::bigint AS "eventKey",
             ${sideParams('x')} || jsonb_build_object('minutes', $1::int) AS params,
             jsonb_build_object('exhibitionId', x."exhibitionId", 'meetingId', x."meetingId",
                                'slotStart', x."slotStart") AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${meetingsStartingSoonSql('$1::int')}) x
        JOIN LATERAL (${membersOfSql('x."organizationId"')}) mem ON true`,
  };
}
