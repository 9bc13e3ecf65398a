/** What a user can be told. Each has its recipients query (a file here) and fa/tr/en texts. */
export const NOTICE_TYPES = [
  'need.matched',
  'need.invitation',
  'need.deadline',
  'need.closed',
  'need.amended',
  'need.answered',
  'need.asked',
  'need.opened',
  'bid.opened',
  'organization.unverified',
  'bid.received',
  'bid.withdrawn',
  'bid.shortlisted',
  'bid.rejected',
  'bid.awarded',
  'exhibition.published',
  'exhibition.invitation',
  'submission.created',
  'submission.resubmitted',
  'submission.approved',
  'submission.rejected',
  'submission.changes_requested',
  'meeting.requested',
  'meeting.accepted',
  'meeting.declined',
  'meetings.published',
  'meeting.changed',
  'meeting.reminder',
  'webhook.disabled',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** What an organisation's webhook may subscribe to (`events` filter); the default is all. */
export const WEBHOOK_EVENT_TYPES = NOTICE_TYPES.filter(
  (t): t is Exclude<NoticeType, 'webhook.disabled'> => t !== 'webhook.disabled',
);
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * Who is told of one event, as one SQL SELECT the notice writer wraps in a single INSERT.
 * The SELECT must yield, per recipient user:
 *  - "userId", "organizationId" (the organisation they are told as, or NULL),
 *  - "eventKey" (the same for every recipient of the event; unique per user),
 *  - params (jsonb: what the message names — ids, titles, reasons),
 *  - "webhookData" (jsonb of ids for the organisation's webhook, or NULL for none),
 *  - score (float8, only for matches: the recipient's `minScore` applies) and
 *  - "hsCodes" (text[], only for matches: the recipient's HS chapters apply).
 */
export interface RecipientQuery {
  type: NoticeType;
  sql: string;
  params: unknown[];
  /** false: in the inbox only, never by e-mail, messenger or webhook. */
  external: boolean;
  /** The user who acted: never told of their own action (null: the system acted). */
  actorId?: string | null;
}

/** The columns a recipients query yields when a notice has no score or sector filter. */
export const NO_MATCH_FILTER = `NULL::float8 AS score, NULL::text[] AS "hsCodes"`;
