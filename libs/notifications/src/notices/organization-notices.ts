import { membersOfSql, organizationNameSql } from '@niaz/identity';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/**
 * A verified organisation changed its name, kinds or certificate and lost its badge: all its
 * members, the one who made the change included (the notice says why), once per loss
 * (`eventId`, the outbox row's job id).
 */
export function organizationUnverifiedRecipients(
  organizationId: string,
  fields: string[],
  eventId: string,
): RecipientQuery {
  return {
    type: 'organization.unverified',
    external: true,
    params: [organizationId, fields, eventId],
    sql: `
      SELECT mem."userId", mem."organizationId",
             'organization.unverified:' || $1::text || ':' || $3::text AS "eventKey",
             jsonb_build_object('organizationId', $1::uuid,
                                'organizationName', ${organizationNameSql('$1::uuid')},
                                'fields', to_jsonb($2::text[])) AS params,
             jsonb_build_object('organizationId', $1::uuid, 'fields', to_jsonb($2::text[])) AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM (${membersOfSql('$1::uuid')}) mem`,
  };
}
