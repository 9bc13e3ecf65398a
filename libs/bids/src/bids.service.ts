import { Injectable } from '@nestjs/common';
import {
  audit,
  mapPage,
  PageQueryDto,
  paginate,
  PG_UNIQUE_VIOLATION,
  pgErrorCode,
  problems,
} from '@niaz/core';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import {
  assertOwner,
  bidsOpened,
  foldSealedEvents,
  recordNeedEvent,
  isNeedOwner,
  Need,
  NeedsService,
  wasPublished,
} from '@niaz/needs';
import { DataSource, EntityManager, In } from 'typeorm';
import { Bid, BidStatus, type DecisionReasonCode } from './bid.entity';
import { bidView } from './bid.view';
import { CreateBidDto, UpdateBidDto } from './dto/bid.dto';
import type { BidPageResponse, BidResponse } from './dto/bid.response';
import type { Page } from '@niaz/core';

type Decision = 'shortlisted' | 'rejected' | 'awarded';
const DECISION_FROM: Record<Decision, BidStatus[]> = {
  shortlisted: ['submitted'],
  rejected: ['submitted', 'shortlisted'],
  awarded: ['submitted', 'shortlisted'],
};

const deadlinePassed = (need: Need) => need.bidDeadline.getTime() <= Date.now();
/** The owner reads bids after the deadline, or at once if the need was published so. */
const unsealed = (need: Need) => bidsOpened(need);

@Injectable()
export class BidsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly outbox: OutboxWriter,
  ) {}

  async submit(principal: Principal, needId: string, dto: CreateBidDto): Promise<BidResponse> {
    const organizationId = principal.actingOrganization('supplier', dto.organizationId);
    if (!organizationId) throw problems.forbidden('Only members of a supplier organisation bid.');
    try {
      return await this.dataSource.transaction(async (m) => {
        const need = await m.findOne(Need, {
          where: { id: needId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!need || !wasPublished(need)) throw problems.notFound('Need');
        if (need.organizationId === organizationId)
          throw problems.forbidden('You cannot bid on your own need.');
        this.assertBiddingOpen(need);
        this.assertBidInput(need, dto.price.currency, dto.localContentPercent);
        const bid = m.create(Bid, {
          needId,
          organizationId,
          submittedById: principal.userId,
          priceAmount: dto.price.amount,
          priceCurrency: dto.price.currency.toUpperCase(),
          quantity: dto.quantity,
          leadTimeDays: dto.leadTimeDays,
          localContentPercent: dto.localContentPercent ?? null,
          proposal: dto.proposal,
          validUntil: dto.validUntil ? new Date(dto.validUntil) : null,
          termsVersion: need.amendmentCount,
        });
        await m.save(bid);
        await this.recordBidEvent(m, need, bid, 'bid.submit', principal.userId);
        await this.outbox.write(m, 'bid.submitted', {
          bidId: bid.id,
          needId,
          actorId: principal.userId,
        });
        return bidView(bid, need.amendmentCount);
      });
    } catch (e) {
      if (pgErrorCode(e) === PG_UNIQUE_VIOLATION) {
        throw problems.conflict(
          'Your organisation already has a live bid on this need; revise or withdraw it.',
          'duplicate-bid',
        );
      }
      throw e;
    }
  }

  revise(principal: Principal, bidId: string, dto: UpdateBidDto): Promise<BidResponse> {
    return this.reviseOrConfirm(principal, bidId, dto, false);
  }

  /** Re-confirms a bid against the need's current terms (after an amendment), optionally revising it. */
  confirm(principal: Principal, bidId: string, dto: UpdateBidDto): Promise<BidResponse> {
    return this.reviseOrConfirm(principal, bidId, dto, true);
  }

  private async reviseOrConfirm(
    principal: Principal,
    bidId: string,
    dto: UpdateBidDto,
    confirm: boolean,
  ) {
    return this.dataSource.transaction(async (m) => {
      const { bid, need } = await this.lockOwnBid(m, principal, bidId);
      if (bid.status !== 'submitted')
        throw problems.illegalTransition(bid.status, confirm ? 'confirm' : 'revise');
      this.assertBiddingOpen(need);
      // A confirmation answers the current terms: a bid left in another currency than the
      // one an amendment fixed must be re-priced to be confirmed.
      this.assertBidInput(
        need,
        dto.price?.currency ?? bid.priceCurrency,
        dto.localContentPercent ?? bid.localContentPercent ?? undefined,
      );
      if (dto.price) {
        bid.priceAmount = dto.price.amount;
        bid.priceCurrency = dto.price.currency.toUpperCase();
      }
      if (dto.quantity !== undefined) bid.quantity = dto.quantity;
      if (dto.leadTimeDays !== undefined) bid.leadTimeDays = dto.leadTimeDays;
      if (dto.localContentPercent !== undefined) bid.localContentPercent = dto.localContentPercent;
      if (dto.proposal !== undefined) bid.proposal = dto.proposal;
      if (dto.validUntil !== undefined) bid.validUntil = new Date(dto.validUntil);
      if (confirm) {
        bid.termsVersion = need.amendmentCount;
        bid.confirmedAt = new Date();
      }
      await m.save(bid);
      await this.recordBidEvent(
        m,
        need,
        bid,
        confirm ? 'bid.confirm' : 'bid.revise',
        principal.userId,
        confirm ? { termsVersion: bid.termsVersion } : {},
      );
      if (confirm)
        await audit(m, {
          actorId: principal.userId,
          subjectType: 'bid',
          subjectId: bid.id,
          action: 'confirm',
          after: { termsVersion: bid.termsVersion },
        });
      await this.outbox.write(m, 'bid.revised', {
        bidId,
        needId: need.id,
        actorId: principal.userId,
      });
      return bidView(bid, need.amendmentCount);
    });
  }

  async withdraw(principal: Principal, bidId: string): Promise<BidResponse> {
    return this.dataSource.transaction(async (m) => {
      const { bid, need } = await this.lockOwnBid(m, principal, bidId);
      if (bid.status !== 'submitted' && bid.status !== 'shortlisted')
        throw problems.illegalTransition(bid.status, 'withdraw');
      this.assertBiddingOpen(need);
      const before = { status: bid.status };
      bid.status = 'withdrawn';
      await m.save(bid);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'bid',
        subjectId: bid.id,
        action: 'withdraw',
        before,
        after: { status: 'withdrawn' },
      });
      await this.recordBidEvent(m, need, bid, 'bid.withdraw', principal.userId);
      await this.outbox.write(m, 'bid.withdrawn', {
        bidId,
        needId: need.id,
        actorId: principal.userId,
      });
      return bidView(bid, need.amendmentCount);
    });
  }

  /** Shortlist, reject or award. Awarding moves the need and rejects the other live bids, all at once. */
  async decide(
    principal: Principal,
    bidId: string,
    decision: Decision,
    reason?: string,
  ): Promise<BidResponse> {
    return this.dataSource.transaction(async (m) => {
      const peek = await m.findOneBy(Bid, { id: bidId });
      if (!peek) throw problems.notFound('Bid');
      // Lock order everywhere: need, then its bids (withdrawals do the same), so races stay consistent.
      const need = await this.needs.lock(m, peek.needId);
      assertOwner(principal, need);
      const bid = await m.findOne(Bid, {
        where: { id: bidId },
        lock: { mode: 'pessimistic_write' },
      });
      // A sealed bid does not exist for the owner until the opening.
      if (!bid || !unsealed(need)) throw problems.notFound('Bid');
      if (deadlinePassed(need)) {
        await this.lapseUnconfirmed(m, need);
        Object.assign(bid, await m.findOneByOrFail(Bid, { id: bid.id }));
      }
      if (need.status !== 'open' && need.status !== 'evaluating')
        throw problems.illegalTransition(need.status, decision);
      if (!DECISION_FROM[decision].includes(bid.status))
        throw problems.illegalTransition(bid.status, decision);
      await this.setDecision(m, bid, decision, principal.userId, { text: reason ?? null });
      if (decision === 'awarded') {
        await this.needs.applyTransition(m, need, 'award', principal.userId);
        const others = await m.find(Bid, {
          where: { needId: need.id, status: In(['submitted', 'shortlisted']) },
          lock: { mode: 'pessimistic_write' },
        });
        for (const other of others) {
          if (other.id !== bid.id)
            await this.setDecision(m, other, 'rejected', principal.userId, {
              code: 'another-bid-awarded',
            });
        }
      }
      return bidView(bid, need.amendmentCount);
    });
  }

  /** Awards `bidId`, which must be a bid on `needId`; the owner checks come first. */
  async awardOnNeed(
    principal: Principal,
    needId: string,
    bidId: string,
    reason?: string,
  ): Promise<BidResponse> {
    const need = await this.needs.findOwned(principal, needId);
    const bid = await this.dataSource.getRepository(Bid).findOneBy({ id: bidId, needId });
    // Before the opening a sealed bid is answered as if it did not exist.
    if (!bid || !unsealed(need))
      throw problems.validation([
        {
          field: 'bidId',
          message: 'bidId does not name a bid on this need',
          code: 'unknownReference',
        },
      ]);
    return this.decide(principal, bidId, 'awarded', reason);
  }

  private async setDecision(
    m: EntityManager,
    bid: Bid,
    decision: Decision,
    actorId: string,
    reason: { text?: string | null; code?: DecisionReasonCode },
  ) {
    const before = { status: bid.status };
    bid.status = decision;
    bid.decidedAt = new Date();
    bid.decisionReason = reason.text ?? null;
    bid.decisionReasonCode = reason.code ?? null;
    await m.save(bid);
    await audit(m, {
      actorId,
      subjectType: 'bid',
      subjectId: bid.id,
      action: decision,
      before,
      after: { status: decision, reason: reason.text ?? null, reasonCode: reason.code ?? null },
    });
    await recordNeedEvent(m, {
      needId: bid.needId,
      type: `bid.${decision}`,
      actorId,
      bidId: bid.id,
      organizationId: bid.organizationId,
      data: { from: before.status, reason: reason.text ?? null, reasonCode: reason.code ?? null },
    });
    await this.outbox.write(m, 'bid.decided', {
      bidId: bid.id,
      needId: bid.needId,
      decision,
      actorId,
    });
  }

  /**
   * The need owner's view. Until the opening of a sealed need it is empty whatever arrived:
   * no contents, no count, no existence (`sealed: true` says why).
   */
  async listForNeed(
    principal: Principal,
    needId: string,
    query: PageQueryDto,
  ): Promise<BidPageResponse> {
    const need = await this.needs.findOwned(principal, needId);
    if (!unsealed(need)) return { items: [], nextCursor: null, sealed: true };
    const qb = this.dataSource
      .getRepository(Bid)
      .createQueryBuilder('b')
      .where('b.needId = :needId', { needId })
      .andWhere(`b.status NOT IN ('withdrawn', 'lapsed')`)
      // Not re-confirmed after an amendment: never opened (lapses at the opening sweep).
      .andWhere('b.termsVersion >= :count', { count: need.amendmentCount });
    const page = await paginate(qb, query);
    return { ...mapPage(page, (b) => bidView(b, need.amendmentCount)), sealed: false };
  }

  /** The caller's organisations' bids. */
  async listMine(principal: Principal, query: PageQueryDto): Promise<Page<BidResponse>> {
    const orgs = principal.organizationIds();
    if (orgs.length === 0) return { items: [], nextCursor: null };
    const qb = this.dataSource
      .getRepository(Bid)
      .createQueryBuilder('b')
      .where('b.organizationId IN (:...orgs)', { orgs });
    const page = await paginate(qb, query);
    const needIds = [...new Set(page.items.map((b) => b.needId))];
    const needs = needIds.length
      ? await this.dataSource.getRepository(Need).find({
          select: { id: true, amendmentCount: true },
          where: { id: In(needIds) },
        })
      : [];
    const counts = new Map(needs.map((n) => [n.id, n.amendmentCount]));
    return mapPage(page, (b) => bidView(b, counts.get(b.needId) ?? 0));
  }

  async get(principal: Principal, bidId: string): Promise<BidResponse> {
    const bid = await this.dataSource.getRepository(Bid).findOneBy({ id: bidId });
    if (!bid) throw problems.notFound('Bid');
    const need = await this.dataSource.getRepository(Need).findOneBy({ id: bid.needId });
    if (!need) throw problems.notFound('Bid');
    if (principal.isMemberOf(bid.organizationId)) return bidView(bid, need.amendmentCount);
    if (
      isNeedOwner(principal, need) &&
      unsealed(need) &&
      bid.status !== 'lapsed' &&
      bid.termsVersion >= need.amendmentCount
    )
      return bidView(bid, need.amendmentCount);
    // Other suppliers, and the owner before the opening, never learn that this bid exists.
    throw problems.notFound('Bid');
  }

  /** Open needs whose deadline passed move on: with live bids to evaluating, without to expired. */
  async sweepDeadlines(batch = 100): Promise<number> {
    let moved = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const due: Need[] = await m
          .getRepository(Need)
          .createQueryBuilder('n')
          .where(`n.status = 'open' AND n.bidDeadline <= now()`)
          .orderBy('n.bidDeadline')
          .limit(batch)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const need of due) {
          const lapsed = await this.lapseUnconfirmed(m, need);
          const live = await m.count(Bid, {
            where: { needId: need.id, status: In(['submitted', 'shortlisted']) },
          });
          // The opening: the sealed bids' events join the need's chain, then the opening itself.
          await foldSealedEvents(m, need.id);
          await recordNeedEvent(m, {
            needId: need.id,
            type: 'opening',
            actorId: null,
            data: { opened: live, lapsed },
          });
          await this.needs.applyTransition(m, need, live > 0 ? 'startEvaluation' : 'expire', null);
          // Told once: the opening happens in this transaction, under the need's lock.
          await this.outbox.write(m, 'need.opened', {
            needId: need.id,
            opened: live,
            lapsed,
            actorId: null,
          });
        }
        return due.length;
      });
      moved += n;
      if (n < batch) return moved;
    }
  }

  /**
   * At the opening, bids not re-confirmed since the need's last amendment lapse: kept, marked,
   * never opened. The caller holds the need's lock.
   */
  private async lapseUnconfirmed(m: EntityManager, need: Need): Promise<number> {
    if (need.amendmentCount === 0) return 0;
    const result = await m
      .createQueryBuilder()
      .update(Bid)
      .set({ status: 'lapsed' })
      .where(`"needId" = :id AND status IN ('submitted', 'shortlisted')`, { id: need.id })
      .andWhere(`"termsVersion" < :count`, { count: need.amendmentCount })
      .execute();
    return result.affected ?? 0;
  }

  /** A bid's event: in the need's chain, or waiting outside it while the need is sealed. */
  private recordBidEvent(
    m: EntityManager,
    need: Need,
    bid: Bid,
    type: string,
    actorId: string,
    data: Record<string, unknown> = {},
  ) {
    return recordNeedEvent(m, {
      needId: need.id,
      type,
      actorId,
      bidId: bid.id,
      organizationId: bid.organizationId,
      data: { status: bid.status, ...data },
      sealed: !bidsOpened(need),
    });
  }

  private async lockOwnBid(m: EntityManager, principal: Principal, bidId: string) {
    const peek = await m.findOneBy(Bid, { id: bidId });
    if (!peek || !principal.isMemberOf(peek.organizationId)) throw problems.notFound('Bid');
    const need = await this.needs.lock(m, peek.needId);
    const bid = await m.findOne(Bid, { where: { id: bidId }, lock: { mode: 'pessimistic_write' } });
    if (!need || !bid) throw problems.notFound('Bid');
    return { bid, need };
  }

  private assertBiddingOpen(need: Need) {
    if (need.status !== 'open' || deadlinePassed(need)) {
      throw problems.conflict(
        'Bidding on this need is closed (the deadline passed or the need is no longer open).',
        'bidding-closed',
      );
    }
  }

  /** Both refusals at once, each naming its field. */
  private assertBidInput(need: Need, currency: string, localContent: number | undefined) {
    const errors = [
      ...this.currencyErrors(need, currency),
      ...this.localContentErrors(need, localContent),
    ];
    if (errors.length) throw problems.validation(errors);
  }

  private currencyErrors(need: Need, currency: string) {
    if (!need.bidCurrency || currency.toUpperCase() === need.bidCurrency) return [];
    return [
      {
        field: 'price.currency',
        message: `price.currency must be ${need.bidCurrency}, the currency this need takes bids in`,
        code: 'bidCurrency',
        params: { currency: need.bidCurrency },
      },
    ];
  }

  private localContentErrors(need: Need, percent: number | undefined) {
    if (
      need.minLocalContentPercent !== null &&
      (percent === undefined || percent < need.minLocalContentPercent)
    )
      return [
        {
          field: 'localContentPercent',
          message: `localContentPercent must be at least ${need.minLocalContentPercent} for this need`,
          code: 'minLocalContent',
          params: { limit: need.minLocalContentPercent },
        },
      ];
    return [];
  }
}
