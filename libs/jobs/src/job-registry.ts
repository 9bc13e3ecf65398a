/**
 * The typed job registry: every event the domain writes to the outbox and every job the
 * worker runs, with its payload and the queues that receive it. Payloads carry ids and who
 * acted, never whole entities: a processor reloads what it needs.
 */

export const QUEUES = [
  'search',
  'matching',
  'notifications',
  'lifecycle',
  'deliveries',
  'maintenance',
] as const;
export type QueueName = (typeof QUEUES)[number];

interface Actor {
  /** The user who caused the event; null for the system (e.g. a deadline sweep). */
  actorId: string | null;
}

/** Domain events, written in the same transaction as the change they describe. */
export interface OutboxEvents {
  'need.published': Actor & { needId: string };
  'need.updated': Actor & { needId: string };
  'need.closed': Actor & {
    needId: string;
    status: 'draft' | 'open' | 'closed' | 'cancelled' | 'expired' | 'awarded' | 'evaluating';
    reason?: string | null;
  };
  'need.invitation': Actor & { needId: string; organizationId: string };
  /** The terms of a published need changed (row `need_amendment`); bidders must re-confirm. */
  'need.amended': Actor & { needId: string; amendmentId: string };
  /** The owner answered a clarification in the open; bidders and NDA signers are told. */
  'need.answered': Actor & { needId: string; questionId: string };
  /** Matching stored this need's candidates (table `match`); notifications tell the best. */
  'need.matched': Actor & { needId: string };
  'capability.upserted': Actor & { capabilityId: string };
  /** Matching stored the open needs that fit this capability; its owner may be told. */
  'capability.matched': Actor & { capabilityId: string };
  'capability.deleted': Actor & { capabilityId: string };
  'organization.updated': Actor & { organizationId: string };
  'bid.submitted': Actor & { bidId: string; needId: string };
  'bid.revised': Actor & { bidId: string; needId: string };
  'bid.withdrawn': Actor & { bidId: string; needId: string };
  'bid.decided': Actor & {
    bidId: string;
    needId: string;
    decision: 'shortlisted' | 'rejected' | 'awarded';
  };
  'exhibition.published': Actor & { exhibitionId: string };
  'exhibition.closed': Actor & { exhibitionId: string };
  'exhibition.invitation': Actor & { exhibitionId: string; organizationId: string };
  'submission.created': Actor & { exhibitionId: string; submissionId: string; needId: string };
  'submission.decided': Actor & {
    exhibitionId: string;
    submissionId: string;
    needId: string;
    decision: 'approved' | 'rejected' | 'changes_requested';
    reason?: string | null;
  };
  /** The need owner changed the need after a request for changes and proposes it again. */
  'submission.resubmitted': Actor & { exhibitionId: string; submissionId: string; needId: string };
}
export type OutboxEventName = keyof OutboxEvents;

/** Jobs added directly by the worker, not through the outbox. */
export interface DirectJobs {
  'lifecycle.deadline-sweep': Record<string, never>;
  /** One external delivery (row `delivery`: e-mail, webhook or messenger message). */
  'notifications.deliver': { deliveryId: string };
  'notifications.digest': Record<string, never>;
  /** Match a need once it is searchable (queue `matching`, added by the search indexer). */
  'matching.need': { needId: string; actorId: string | null };
  /** Match a capability once it is searchable (queue `matching`, added by the search indexer). */
  'matching.capability': { capabilityId: string; actorId: string | null };
  /** Rebuild both search indexes from Postgres (queue `search`; admin or `npm run reindex`). */
  'search.reindex': { actorId: string | null };
  /** Deadline reminders (48 h before) and re-queueing of deliveries that lost their job. */
  'notifications.sweep': Record<string, never>;
  /** Deletes relayed outbox rows older than OUTBOX_RETENTION_DAYS (queue `maintenance`). */
  'maintenance.outbox-prune': Record<string, never>;
  /** Compares both search indexes with PostgreSQL and re-indexes what is missing or stale. */
  'search.reconcile': Record<string, never>;
  /** Fetches the bot's updates (`/start <code>`) with getUpdates. */
  'notifications.messenger-poll': Record<string, never>;
}

export type JobPayloads = OutboxEvents & DirectJobs;
export type JobName = keyof JobPayloads;

/**
 * Which queues receive each outbox event (an event may fan out to several). `satisfies`
 * (not a type annotation) keeps the literal queue names, which `EventsFor` reads.
 */
export const EVENT_ROUTES = {
  // Matching runs after the indexer has made the need or capability searchable (the
  // indexer adds `matching.need` / `matching.capability`), so of two documents written at
  // the same moment the later-indexed one always finds the other.
  'need.published': ['search', 'notifications'],
  'need.updated': ['search'],
  'need.closed': ['search', 'notifications'],
  'need.invitation': ['notifications'],
  'need.amended': ['notifications'],
  'need.answered': ['notifications'],
  'need.matched': ['notifications'],
  'capability.upserted': ['search'],
  'capability.matched': ['notifications'],
  'capability.deleted': ['search', 'matching'],
  'organization.updated': ['search'],
  'bid.submitted': ['notifications'],
  'bid.revised': ['notifications'],
  'bid.withdrawn': ['notifications'],
  'bid.decided': ['notifications'],
  'exhibition.published': ['search', 'notifications'],
  'exhibition.closed': ['search'],
  'exhibition.invitation': ['notifications'],
  'submission.created': ['notifications'],
  'submission.decided': ['search', 'notifications'],
  'submission.resubmitted': ['notifications'],
} as const satisfies { [E in OutboxEventName]: readonly QueueName[] };

/** A job as a processor sees it: the name narrows the payload. */
export type JobOf<N extends JobName = JobName> = N extends JobName
  ? { name: N; data: JobPayloads[N] }
  : never;

/** Queues whose processors must handle an event, for exhaustive `switch`es. */
export type EventsFor<Q extends QueueName> = {
  [E in OutboxEventName]: Q extends (typeof EVENT_ROUTES)[E][number] ? E : never;
}[OutboxEventName];
