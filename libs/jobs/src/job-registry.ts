import { Language } from '@niaz/core';
import type { Job } from 'bullmq';
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
  'catalogs',
  'attachments',
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
  /** A supplier asked a clarification; the owner is told (never who asked). */
  'need.asked': Actor & { needId: string; questionId: string };
  /**
   * The opening at the bid deadline: `opened` bids were opened (lapsed ones are not). The
   * owner is told the count, each bidder that the opening took place and how many competed.
   */
  'need.opened': Actor & { needId: string; opened: number; lapsed: number };
  /** Matching stored this need's candidates (table `match`); notifications tell the best. */
  'need.matched': Actor & { needId: string };
  'capability.upserted': Actor & { capabilityId: string };
  /** Matching stored the open needs that fit this capability; its owner may be told. */
  'capability.matched': Actor & { capabilityId: string };
  'capability.deleted': Actor & { capabilityId: string };
  'organization.updated': Actor & { organizationId: string };
  /** A verified organisation changed who it says it is (`fields`): its badge was cleared. */
  'organization.unverified': Actor & { organizationId: string; fields: string[] };
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
  /** A participant asked another for a meeting (libs/meetings). */
  'meeting.requested': Actor & { exhibitionId: string; requestId: string };
  /** The asked side accepted or declined a meeting request. */
  'meeting.answered': Actor & {
    exhibitionId: string;
    requestId: string;
    decision: 'accepted' | 'declined';
  };
  /** The organisers published the exhibition's meeting schedule. */
  'meetings.published': Actor & { exhibitionId: string };
  /** A meeting's slot or table changed after the schedule was published. */
  'meeting.changed': Actor & { exhibitionId: string; meetingId: string };
}
export type OutboxEventName = keyof OutboxEvents;

/** Jobs added directly by the worker, not through the outbox. */
export interface DirectJobs {
  'lifecycle.deadline-sweep': Record<string, never>;
  /** Removes attachments whose upload never completed, objects included (queue `attachments`). */
  'attachments.sweep': Record<string, never>;
  /** Records an uploaded file's SHA-256 (queue `attachments`, added when the upload completes). */
  'attachments.checksum': { attachmentId: string };
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
  /** Typesets an exhibition's catalog PDF in one language (queue `catalogs`). */
  'catalogs.pdf': { exhibitionId: string; language: Language };
  /** Deletes relayed outbox rows older than OUTBOX_RETENTION_DAYS (queue `maintenance`). */
  'maintenance.outbox-prune': Record<string, never>;
  /** Compares both search indexes with PostgreSQL and re-indexes what is missing or stale. */
  'search.reconcile': Record<string, never>;
  /** Fetches the bot's updates (`/start <code>`) with getUpdates. */
  'notifications.messenger-poll': Record<string, never>;
}

export type DirectJobName = keyof DirectJobs;
export type JobPayloads = OutboxEvents & DirectJobs;
export type JobName = keyof JobPayloads;

/**
 * The queue of each direct job (outbox events fan out through EVENT_ROUTES below), so
 * `QueueRegistry.add(name, data)` finds it and a processor's jobs are known by type.
 */
export const JOB_QUEUES = {
  'lifecycle.deadline-sweep': 'lifecycle',
  'attachments.sweep': 'attachments',
  'attachments.checksum': 'attachments',
  'notifications.deliver': 'deliveries',
  'notifications.digest': 'notifications',
  'matching.need': 'matching',
  'matching.capability': 'matching',
  'search.reindex': 'search',
  'notifications.sweep': 'notifications',
  'catalogs.pdf': 'catalogs',
  'maintenance.outbox-prune': 'maintenance',
  'search.reconcile': 'search',
  'notifications.messenger-poll': 'notifications',
} as const satisfies { [J in DirectJobName]: QueueName };

/**
 * A job's data as a processor receives it: the relay adds the outbox row's id to every
 * event's payload (follow-up job ids derive from it); direct jobs carry their payload only.
 */
export type JobEnvelope<N extends JobName> = N extends OutboxEventName
  ? OutboxEvents[N] & { outboxId: string }
  : JobPayloads[N];

/**
 * Which queues receive each outbox event (an event may fan out to several). `satisfies`
 * (not a type annotation) keeps the literal queue names, which `EventsFor` reads.
 */
export const EVENT_ROUTES = {
  // Matching runs after the indexer has made the need or capability searchable (the
  // indexer adds `matching.need` / `matching.capability`), so of two documents written at
  // the same moment the later-indexed one always finds the other. Its notices follow from
  // `need.matched`: a `notifications` job per publication told nobody and cost a job.
  'need.published': ['search'],
  'need.updated': ['search'],
  'need.closed': ['search', 'notifications'],
  'need.invitation': ['notifications'],
  'need.amended': ['notifications'],
  'need.answered': ['notifications'],
  'need.asked': ['notifications'],
  'need.opened': ['notifications'],
  'need.matched': ['notifications'],
  'capability.upserted': ['search'],
  'capability.matched': ['notifications'],
  'capability.deleted': ['search', 'matching'],
  'organization.updated': ['search'],
  'organization.unverified': ['notifications'],
  'bid.submitted': ['notifications'],
  'bid.revised': ['notifications'],
  'bid.withdrawn': ['notifications'],
  'bid.decided': ['notifications'],
  'exhibition.published': ['search', 'notifications', 'catalogs'],
  'exhibition.closed': ['search', 'catalogs'],
  'exhibition.invitation': ['notifications'],
  'submission.created': ['notifications'],
  'submission.decided': ['search', 'notifications', 'catalogs'],
  'submission.resubmitted': ['notifications'],
  'meeting.requested': ['notifications'],
  'meeting.answered': ['notifications'],
  'meetings.published': ['notifications'],
  'meeting.changed': ['notifications'],
} as const satisfies { [E in OutboxEventName]: readonly QueueName[] };

/** A job as a processor sees it: the name narrows the payload. */
export type JobOf<N extends JobName = JobName> = N extends JobName
  ? { name: N; data: JobEnvelope<N> }
  : never;

/** Queues whose processors must handle an event, for exhaustive `switch`es. */
export type EventsFor<Q extends QueueName> = {
  [E in OutboxEventName]: Q extends (typeof EVENT_ROUTES)[E][number] ? E : never;
}[OutboxEventName];

/** Every job a queue receives: the events routed to it and its direct jobs. */
export type JobNameOf<Q extends QueueName> =
  | EventsFor<Q>
  | { [J in DirectJobName]: (typeof JOB_QUEUES)[J] extends Q ? J : never }[DirectJobName];

/**
 * A BullMQ job of queue Q as its processor receives it, one member per job name, so that
 * `switch (job.name)` narrows `job.data` without a cast.
 */
export type QueueJob<Q extends QueueName> = {
  [N in JobNameOf<Q>]: Job<JobEnvelope<N>, unknown, N>;
}[JobNameOf<Q>];

/**
 * Jobs that a processor adds after an outbox event's own job, with an id derived from the
 * same row (`outboxJobId(row, queue)`): the search indexer adds matching once a need or
 * capability is searchable. Listed so that work lost with Redis can be added again.
 */
export const FOLLOW_UP_JOBS: {
  [E in OutboxEventName]?: {
    after: QueueName;
    queue: QueueName;
    job: (payload: OutboxEvents[E]) => JobOf<'matching.need' | 'matching.capability'>;
  };
} = {
  'need.published': {
    after: 'search',
    queue: 'matching',
    job: (p) => ({ name: 'matching.need', data: { needId: p.needId, actorId: p.actorId } }),
  },
  'need.updated': {
    after: 'search',
    queue: 'matching',
    job: (p) => ({ name: 'matching.need', data: { needId: p.needId, actorId: p.actorId } }),
  },
  'capability.upserted': {
    after: 'search',
    queue: 'matching',
    job: (p) => ({
      name: 'matching.capability',
      data: { capabilityId: p.capabilityId, actorId: p.actorId },
    }),
  },
};

/** The queues an outbox row's jobs go to, its own and the follow-ups. */
export function queuesOfEvent(type: string): QueueName[] {
  const routes: readonly QueueName[] = EVENT_ROUTES[type as OutboxEventName] ?? [];
  const follow = FOLLOW_UP_JOBS[type as OutboxEventName];
  return follow ? [...routes, follow.queue] : [...routes];
}
