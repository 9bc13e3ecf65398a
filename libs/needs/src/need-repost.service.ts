import { Injectable } from '@nestjs/common';
import { audit, problems } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { assertOwner } from './need-access';
import { recordNeedEvent } from './need-audit';
import { NEED_ASK_FIELDS } from './need-terms';
import { Need } from './need.entity';
import { needView } from './need.view';
import { NeedsService } from './needs.service';
import type { NeedResponse } from './dto/need.response';

const DAY_MS = 86400_000;

/** The terms a repost carries over: what the need asked for, none of what happened to it. */
const COPIED = [
  ...NEED_ASK_FIELDS,
  'annualImportValueAmount',
  'annualImportValueCurrency',
  'targetPriceAmount',
  'targetPriceCurrency',
  'requiredCertifications',
  'specification',
  'country',
  'province',
  'timeZone',
  'deliveryLocation',
  'details',
  'ndaRequired',
  'bidsVisibleBeforeDeadline',
  'minLocalContentPercent',
  'bidCurrency',
  'awardCriteria',
] as const satisfies ReadonlyArray<keyof Need>;

/** Whether a need's tender is over, so that running it again is a repost, not a re-opening. */
export function isRepostable(need: Need, now = Date.now()): boolean {
  if (need.status === 'draft') return false;
  return (
    need.bidDeadline.getTime() <= now ||
    ['closed', 'cancelled', 'awarded', 'expired'].includes(need.status)
  );
}

/**
 * POST /needs/:id/repost: the owner runs a finished tender again as a NEW draft of the same
 * organisation (fresh id, no bids, questions, NDAs, amendments or record copied). The old
 * need stays as it was, frozen; its record says it was reposted and as which need.
 */
@Injectable()
export class NeedRepostService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
  ) {}

  async repost(principal: Principal, id: string): Promise<NeedResponse> {
    return this.dataSource.transaction(async (m) => {
      const original = await this.needs.lock(m, id);
      assertOwner(principal, original);
      if (!isRepostable(original)) throw problems.illegalTransition(original.status, 'repost');
      const copy = m.create(Need, {
        organizationId: original.organizationId,
        createdById: principal.userId,
        status: 'draft',
        // The same window for bidding as the original had, counted from now.
        bidDeadline: new Date(Date.now() + biddingWindow(original)),
        clarificationsUntil: null,
        amendmentCount: 0,
        publishedAt: null,
        closedAt: null,
        closeReason: null,
      });
      for (const key of COPIED) Object.assign(copy, { [key]: structuredClone(original[key]) });
      await m.save(copy);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'need',
        subjectId: original.id,
        action: 'repost',
        after: { repostedAs: copy.id },
      });
      await recordNeedEvent(m, {
        needId: original.id,
        type: 'repost',
        actorId: principal.userId,
        data: { repostedAs: copy.id },
      });
      await recordNeedEvent(m, {
        needId: copy.id,
        type: 'create',
        actorId: principal.userId,
        data: { repostOf: original.id },
      });
      return needView(copy, { details: true });
    });
  }
}

/** How long bidding ran (publication, or creation, to deadline); at least a day. */
function biddingWindow(need: Need): number {
  const from = (need.publishedAt ?? need.createdAt).getTime();
  return Math.max(need.bidDeadline.getTime() - from, DAY_MS);
}
