import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { JobGatherer } from '@niaz/jobs';
import type { JobNameOf, QueueJob } from '@niaz/jobs';
import { Job } from 'bullmq';
import { DigestService } from './delivery/digest.service';
import { NotificationSweepService } from './delivery/notification-sweep.service';
import { MessengerPollerService } from './messenger/messenger-poller.service';
import { NoticeWriterService } from './notice-writer.service';
import { bidDecidedRecipients, bidToOwnerRecipients } from './notices/bid-notices';
import { capabilityMatchedRecipients, needsMatchedRecipients } from './notices/need-matched.notice';
import {
  exhibitionInvitationRecipients,
  exhibitionPublishedRecipients,
  submissionDecidedRecipients,
  submissionToOrganiserRecipients,
} from './notices/exhibition-notices';
import {
  meetingAnsweredRecipients,
  meetingChangedRecipients,
  meetingRequestedRecipients,
  meetingsPublishedRecipients,
} from './notices/meeting-notices';
import {
  needAmendedRecipients,
  needAnsweredRecipients,
  needClosedRecipients,
  needInvitationRecipients,
} from './notices/need-notices';
import type { RecipientQuery } from './notices/notice';
import type { WriteResult } from './notice-writer.service';
import { organizationUnverifiedRecipients } from './notices/organization-notices';
import {
  bidOpenedRecipients,
  needAskedRecipients,
  needOpenedRecipients,
} from './notices/tender-notices';
import { notificationWorkerOptions } from './worker-options';

export type NotificationsJobName = JobNameOf<'notifications'>;

/** What a job answers when its event tells nobody (kept in BullMQ's completed job). */
const NOBODY = { notified: 0, deliveries: 0, queued: 0 };

/**
 * The `notifications` queue: turns each domain event into its notices (one statement per
 * event, see NoticeWriterService) and runs the scheduled digest, sweep and messenger poll (set up by
 * NotificationSchedules).
 * External deliveries are separate jobs on the `deliveries` queue.
 */
@Processor('notifications', notificationWorkerOptions())
export class NoticeProcessor extends WorkerHost implements OnApplicationBootstrap {
  /**
   * `need.matched` jobs running side by side write their notices in one statement (each
   * need keeps its own top N and its per-recipient key, so nobody is told twice); each job
   * answers the batch's figures.
   */
  private readonly matched = new JobGatherer(
    async (needIds: string[]): Promise<WriteResult[]> => {
      const { MATCH_TOP_N: topN, MATCH_MIN_SCORE: minScore } = this.config.env;
      const result = await this.writer.write(needsMatchedRecipients(needIds, topN, minScore));
      return needIds.map(() => result);
    },
    { maxBatch: 100, parallel: 2 },
  );

  constructor(
    private readonly config: AppConfig,
    private readonly writer: NoticeWriterService,
    private readonly digest: DigestService,
    private readonly sweep: NotificationSweepService,
    private readonly poller: MessengerPollerService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: QueueJob<'notifications'>): Promise<unknown> {
    const { MATCH_TOP_N: topN, MATCH_MIN_SCORE: minScore } = this.config.env;
    // No longer routed here (matching writes `need.matched`); one queued before an upgrade
    // tells nobody.
    if ((job.name as string) === 'need.published') return NOBODY;
    switch (job.name) {
      case 'need.matched':
        return this.matched.run(job.data.needId);
      case 'capability.matched':
        return this.writer.write(
          capabilityMatchedRecipients(job.data.capabilityId, topN, minScore),
        );
      case 'need.invitation':
        return this.write(
          job.data.actorId,
          needInvitationRecipients(job.data.needId, job.data.organizationId),
        );
      case 'need.amended':
        return this.write(
          job.data.actorId,
          needAmendedRecipients(job.data.needId, job.data.amendmentId),
        );
      case 'need.answered':
        return this.write(
          job.data.actorId,
          needAnsweredRecipients(job.data.needId, job.data.questionId),
        );
      case 'need.asked':
        return this.write(
          job.data.actorId,
          needAskedRecipients(job.data.needId, job.data.questionId),
        );
      case 'need.opened': {
        const { needId, opened, lapsed } = job.data;
        const owner = await this.write(null, needOpenedRecipients(needId, opened, lapsed));
        const bidders = await this.write(null, bidOpenedRecipients(needId, opened));
        return {
          notified: owner.notified + bidders.notified,
          deliveries: owner.deliveries + bidders.deliveries,
          queued: owner.queued + bidders.queued,
        };
      }
      case 'organization.unverified':
        // The member who made the change is told too: the notice says why the badge went.
        return this.write(
          null,
          organizationUnverifiedRecipients(
            job.data.organizationId,
            job.data.fields,
            String(job.id),
          ),
        );
      case 'need.closed':
        // Awards tell bidders through their bid decisions; expiry has no bidders to tell.
        if (job.data.status !== 'closed' && job.data.status !== 'cancelled') return NOBODY;
        return this.write(
          job.data.actorId,
          needClosedRecipients(job.data.needId, job.data.status, job.data.reason ?? null),
        );
      case 'bid.submitted':
        return this.write(job.data.actorId, bidToOwnerRecipients('bid.received', job.data.bidId));
      case 'bid.revised':
        // A revision changes a sealed bid's contents only; the owner was told of the bid.
        return NOBODY;
      case 'bid.withdrawn':
        return this.write(job.data.actorId, bidToOwnerRecipients('bid.withdrawn', job.data.bidId));
      case 'bid.decided':
        return this.write(
          job.data.actorId,
          bidDecidedRecipients(job.data.bidId, job.data.decision),
        );
      case 'exhibition.published':
        return this.write(job.data.actorId, exhibitionPublishedRecipients(job.data.exhibitionId));
      case 'exhibition.invitation':
        return this.write(
          job.data.actorId,
          exhibitionInvitationRecipients(job.data.exhibitionId, job.data.organizationId),
        );
      case 'submission.created':
      case 'submission.resubmitted':
        // The job id derives from the outbox row: each resubmission is its own notice.
        return this.write(
          job.data.actorId,
          submissionToOrganiserRecipients(job.name, job.data.submissionId, String(job.id)),
        );
      case 'submission.decided':
        return this.write(
          job.data.actorId,
          submissionDecidedRecipients(
            job.data.submissionId,
            job.data.decision,
            job.data.reason ?? null,
            String(job.id),
          ),
        );
      case 'meeting.requested':
        return this.write(job.data.actorId, meetingRequestedRecipients(job.data.requestId));
      case 'meeting.answered':
        return this.write(
          job.data.actorId,
          meetingAnsweredRecipients(job.data.requestId, job.data.decision),
        );
      case 'meetings.published':
        return this.write(
          job.data.actorId,
          meetingsPublishedRecipients(job.data.exhibitionId, String(job.id)),
        );
      case 'meeting.changed':
        return this.write(
          job.data.actorId,
          meetingChangedRecipients(job.data.meetingId, String(job.id)),
        );
      case 'notifications.digest':
        return this.digest.gather(String(job.id ?? job.timestamp));
      case 'notifications.sweep':
        return this.sweep.run();
      case 'notifications.messenger-poll':
        return this.poller.poll();
      default: {
        const unknown: never = job;
        throw new Error(`notifications: unknown job ${(unknown as Job).name}`);
      }
    }
  }

  /** Nobody is told of their own action. */
  private write(actorId: string | null, query: RecipientQuery) {
    return this.writer.write({ ...query, actorId });
  }
}
