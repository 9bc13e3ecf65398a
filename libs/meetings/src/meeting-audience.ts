/*
 * Read ports of the meetings tables for SQL written elsewhere (libs/notifications' notices):
 * who is told of a meeting event, and what the notice names. Each takes SQL expressions of
 * the caller's query and yields a SELECT to join `LATERAL (…) x ON true`.
 */

/** A request: exhibition, both sides, the need, the decliner's reason. */
export function meetingRequestSql(request: string): string {
  return `SELECT r.id, r."exhibitionId", r."fromOrganizationId", r."toOrganizationId",
                 r."needId", r.reason, r.status
            FROM meeting_request r WHERE r.id = ${request}`;
}

/** The approved participants of an exhibition ("organizationId"). */
export function approvedParticipantsSql(exhibition: string): string {
  return `SELECT p."organizationId" FROM exhibition_participant p
           WHERE p."exhibitionId" = ${exhibition} AND p.status = 'approved'`;
}

/**
 * A meeting seen from each side: one row per side with "organizationId" (the side),
 * "otherOrganizationId", "slotStart", "tableKey", "tableName", "timeZone", "needId".
 */
export function meetingSidesSql(meeting: string): string {
  return `SELECT side."organizationId", side."otherOrganizationId", mt.id AS "meetingId",
                 mt."exhibitionId", mt."slotStart", mt."tableKey", mt."needId", s."timeZone",
                 (SELECT t->>'name' FROM jsonb_array_elements(s.tables) t
                   WHERE t->>'key' = mt."tableKey") AS "tableName"
            FROM meeting mt
            JOIN meeting_settings s ON s."exhibitionId" = mt."exhibitionId"
            CROSS JOIN LATERAL (VALUES (mt."requesterOrganizationId", mt."recipientOrganizationId"),
                                       (mt."recipientOrganizationId", mt."requesterOrganizationId"))
                 AS side("organizationId", "otherOrganizationId")
           WHERE mt.id = ${meeting}`;
}

/**
 * Scheduled meetings of published schedules starting within `minutes` from now (and not
 * yet started), one row per side, as `meetingSidesSql` yields them.
 */
export function meetingsStartingSoonSql(minutes: string): string {
  return `SELECT x.* FROM meeting due
            JOIN meeting_settings ds ON ds."exhibitionId" = due."exhibitionId"
                                    AND ds."publishedAt" IS NOT NULL
            CROSS JOIN LATERAL (${meetingSidesSql('due.id')}) x
           WHERE due.status = 'accepted' AND due."slotStart" > now()
             AND due."slotStart" <= now() + make_interval(mins => ${minutes})`;
}
