import { membersOfSql } from '@niaz/identity';
import { NO_MATCH_FILTER, RecipientQuery } from './notice';

/** A webhook endpoint was disabled after failing in a row: its organisation's owners, in-app. */
export function webhookDisabledRecipients(endpointId: string, failures: number): RecipientQuery {
  return {
    type: 'webhook.disabled',
    external: false,
    params: [endpointId, failures],
    sql: `
      SELECT mem."userId", e."organizationId",
             'webhook.disabled:' || e.id || ':' || (extract(epoch FROM e."disabledAt") * 1000)::bigint AS "eventKey",
             jsonb_build_object('endpointId', e.id, 'url', e.url, 'failures', $2::int) AS params,
             NULL::jsonb AS "webhookData",
             ${NO_MATCH_FILTER}
        FROM webhook_endpoint e
        JOIN LATERAL (${membersOfSql('e."organizationId"', 'owner')}) mem ON true
       WHERE e.id = $1 AND NOT e.enabled`,
  };
}
