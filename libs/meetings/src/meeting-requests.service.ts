import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, problems } from '@niaz/core';
import { isOrganiser } from '@niaz/exhibitions';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { Need, wasPublished } from '@niaz/needs';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { bookableTable, earliestCommonSlot } from './booking';
import {
  AcceptMeetingRequestDto,
  CreateMeetingRequestDto,
  DeclineMeetingRequestDto,
  MeetingRequestListQueryDto,
} from './dto/meeting-request.dto';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import {
  callerParticipations,
  expireDueRequests,
  lockedSetUpSettings,
  lockedSettings,
  requireSettings,
  visibleExhibition,
} from './meeting-context';
import { MeetingRequest } from './meeting-request.entity';
import { Meeting } from './meeting.entity';
import { Refs, requestView } from './meeting.view';
import { sharedFairs } from './shared-fairs';
import type {
  MeetingRequestPage,
  MeetingRequestResponse,
  SharedFairsResponse,
} from './dto/meetings.response';

const HOUR = 3600_000;

/**
 * One participant asks another for a meeting (maybe about a need); the other accepts or
 * declines with a reason; unanswered requests expire. Lock order: exhibition, settings,
 * request, meetings.
 */
@Injectable()
export class MeetingRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** `POST /exhibitions/:id/meeting-requests`. */
  /** Where the caller may ask `organizationId` for a meeting (see shared-fairs.ts). */
  async sharedFairs(principal: Principal, organizationId: string): Promise<SharedFairsResponse> {
    return { items: await sharedFairs(this.dataSource.manager, principal, organizationId) };
  }

  async create(
    principal: Principal,
    exhibitionId: string,
    dto: CreateMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await visibleExhibition(m, principal, exhibitionId, true);
      const mine = await callerParticipations(m, principal, exhibitionId);
      const from = dto.fromOrganizationId
        ? mine.find((p) => p.organizationId === dto.fromOrganizationId)
        : mine[0];
      if (!from)
        throw problems.forbidden(
          'Only approved participants of this exhibition ask for meetings (register first).',
        );
      // The settings row serialises the quota check of concurrent requests.
      const settings = await lockedSetUpSettings(m, exhibitionId);
      if (e.status !== 'published') throw problems.illegalTransition(e.status, 'request');
      if (dto.toOrganizationId === from.organizationId)
        throw problems.validation([
          {
            field: 'toOrganizationId',
            code: 'request-to-self',
            message: 'You cannot ask yourself for a meeting',
          },
        ]);
      const to = await m.findOneBy(ExhibitionParticipant, {
        exhibitionId,
        organizationId: dto.toOrganizationId,
        status: 'approved',
      });
      if (!to)
        throw problems.validation([
          {
            field: 'toOrganizationId',
            code: 'not-a-participant',
            message: 'toOrganizationId is not an approved participant of this exhibition',
          },
        ]);
      if (dto.needId)
        await this.assertNeedOfEither(m, dto.needId, from.organizationId, to.organizationId);
      await expireDueRequests(m, exhibitionId);
      const pending = await m.count(MeetingRequest, {
        where: { exhibitionId, fromOrganizationId: from.organizationId, status: 'pending' },
      });
      if (pending >= settings.maxPendingRequests)
        throw problems.conflict(
          `You have ${pending} requests waiting for an answer, the most this exhibition allows.`,
          'too-many-pending-requests',
        );
      await this.assertNoTwin(
        m,
        exhibitionId,
        from.organizationId,
        to.organizationId,
        dto.needId ?? null,
      );
      const r = m.create(MeetingRequest, {
        exhibitionId,
        fromOrganizationId: from.organizationId,
        toOrganizationId: to.organizationId,
        needId: dto.needId ?? null,
        message: dto.message,
        requestedById: principal.userId,
        status: 'pending',
        reason: null,
        expiresAt: new Date(Date.now() + settings.requestTtlHours * HOUR),
        decidedAt: null,
        decidedById: null,
      });
      await m.save(r);
      await this.outbox.write(m, 'meeting.requested', {
        actorId: principal.userId,
        exhibitionId,
        requestId: r.id,
      });
      const refs = await Refs.load(m, [r.fromOrganizationId, r.toOrganizationId], [r.needId]);
      return requestView(r, refs, null);
    });
  }

  /** The need must be a published need of one side, or a need the asker owns. */
  private async assertNeedOfEither(m: EntityManager, needId: string, a: string, b: string) {
    const need = await m.findOne(Need, {
      where: { id: needId },
      select: { id: true, organizationId: true, status: true, publishedAt: true },
    });
    const ok =
      !!need && (need.organizationId === a || (need.organizationId === b && wasPublished(need)));
    if (!ok)
      throw problems.validation([
        {
          field: 'needId',
          code: 'need-not-of-either-side',
          message: 'needId names no published need of either side',
        },
      ]);
  }

  /** One live request or meeting per pair and need, whichever side asked. */
  private async assertNoTwin(
    m: EntityManager,
    exhibitionId: string,
    a: string,
    b: string,
    needId: string | null,
  ) {
    const pair = new Brackets((qb) =>
      qb
        .where('(x."fromOrganizationId" = :a AND x."toOrganizationId" = :b)')
        .orWhere('(x."fromOrganizationId" = :b AND x."toOrganizationId" = :a)'),
    );
    const twin = await m
      .createQueryBuilder(MeetingRequest, 'x')
      .where('x."exhibitionId" = :exhibitionId', { exhibitionId })
      .andWhere(pair)
      .andWhere('x.status IN (:...live)', { live: ['pending', 'accepted'] })
      .andWhere(needId ? 'x."needId" = :needId' : 'x."needId" IS NULL', { needId })
      .setParameters({ a, b })
      .getExists();
    if (twin)
      throw problems.conflict(
        'A request or meeting between you two about this already exists.',
        'duplicate-meeting-request',
      );
  }

  /** The caller's requests (incoming, outgoing or both); organisers see the exhibition's all. */
  async list(
    principal: Principal,
    exhibitionId: string,
    query: MeetingRequestListQueryDto,
  ): Promise<MeetingRequestPage> {
    const m = this.dataSource.manager;
    const e = await visibleExhibition(m, principal, exhibitionId);
    await expireDueRequests(m, exhibitionId);
    const organiser = isOrganiser(principal, e) || principal.isAdmin;
    const orgs = principal.organizationIds();
    if (!organiser && !orgs.length)
      throw problems.forbidden("Only the exhibition's participants and organisers see this.");
    const limit = query.limit ?? 20;
    const qb = m
      .createQueryBuilder(MeetingRequest, 'r')
      .where('r."exhibitionId" = :exhibitionId', { exhibitionId })
      .orderBy('r."createdAt"', 'DESC')
      .addOrderBy('r.seq', 'DESC')
      .take(limit + 1);
    const box = query.box;
    if (!organiser || box) {
      const fromMine = 'r."fromOrganizationId" IN (:...orgs)';
      const toMine = 'r."toOrganizationId" IN (:...orgs)';
      const clause =
        box === 'incoming' ? toMine : box === 'outgoing' ? fromMine : `(${fromMine} OR ${toMine})`;
      qb.andWhere(clause, { orgs: orgs.length ? orgs : ['00000000-0000-0000-0000-000000000000'] });
    }
    if (query.cursor) {
      const c = decodeCursor(query.cursor);
      qb.andWhere('(r."createdAt", r.seq) < (:t, :k)', { t: c.t, k: c.k });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const meetings = page.length
      ? await m.find(Meeting, {
          where: { requestId: In(page.map((r) => r.id)) },
          select: { id: true, requestId: true },
        })
      : [];
    const byRequest = new Map(meetings.map((x) => [x.requestId, x.id]));
    const refs = await Refs.load(
      m,
      page.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]),
      page.map((r) => r.needId),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((r) => requestView(r, refs, byRequest.get(r.id) ?? null)),
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.seq) : null,
    };
  }

  /** The request, locked, if the caller is one of its sides or an organiser; else 404. */
  private async load(m: EntityManager, principal: Principal, rid: string) {
    const r = await m.findOne(MeetingRequest, {
      where: { id: rid },
      lock: { mode: 'pessimistic_write' },
    });
    if (!r) throw problems.notFound('Meeting request');
    const e = await visibleExhibition(m, principal, r.exhibitionId).catch(() => null);
    const side =
      principal.isMemberOf(r.fromOrganizationId) || principal.isMemberOf(r.toOrganizationId);
    if (!e || (!side && !isOrganiser(principal, e))) throw problems.notFound('Meeting request');
    return { r, e };
  }

  private assertAnswerable(r: MeetingRequest, action: string) {
    if (r.status === 'pending' && r.expiresAt.getTime() <= Date.now())
      throw problems.conflict('This request expired before it was answered.', 'request-expired');
    if (r.status !== 'pending') throw problems.illegalTransition(r.status, action);
  }

  /**
   * `POST /meeting-requests/:rid/accept {slotStart?}` (the asked side). When participants pick
   * slots, the one named (or else the earliest common free one) is booked at once, with a free
   * table.
   */
  async accept(
    principal: Principal,
    rid: string,
    dto: AcceptMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.dataSource.transaction(async (m) => {
      const found = await m.findOne(MeetingRequest, { where: { id: rid } });
      // Settings before the request: the same lock order as every booking.
      const settings = found ? await lockedSettings(m, found.exhibitionId) : null;
      const { r } = await this.load(m, principal, rid);
      if (!principal.isMemberOf(r.toOrganizationId))
        throw problems.forbidden('Only the organisation asked may accept.');
      this.assertAnswerable(r, 'accept');
      requireSettings(settings);
      let slotStart: Date | null = null;
      let tableKey: string | null = null;
      if (settings.mode === 'participants' && !dto.slotStart) {
        // No slot named: the earliest common free one still to come, with a free table.
        ({ slotStart, tableKey } = await earliestCommonSlot(
          m,
          settings,
          r.fromOrganizationId,
          r.toOrganizationId,
        ));
      } else if (dto.slotStart) {
        slotStart = new Date(dto.slotStart);
        tableKey = await bookableTable(
          m,
          settings,
          slotStart,
          r.fromOrganizationId,
          r.toOrganizationId,
          {
            field: 'slotStart',
          },
        );
      }
      r.status = 'accepted';
      r.decidedAt = new Date();
      r.decidedById = principal.userId;
      await m.save(r);
      const meeting = m.create(Meeting, {
        exhibitionId: r.exhibitionId,
        requestId: r.id,
        requesterOrganizationId: r.fromOrganizationId,
        recipientOrganizationId: r.toOrganizationId,
        needId: r.needId,
        slotStart,
        tableKey,
        locked: false,
        status: 'accepted',
        requesterOutcome: null,
        recipientOutcome: null,
        markedAt: null,
      });
      await m.save(meeting);
      await this.outbox.write(m, 'meeting.answered', {
        actorId: principal.userId,
        exhibitionId: r.exhibitionId,
        requestId: r.id,
        decision: 'accepted',
      });
      const refs = await Refs.load(m, [r.fromOrganizationId, r.toOrganizationId], [r.needId]);
      return requestView(r, refs, meeting.id);
    });
  }

  /** `POST /meeting-requests/:rid/decline {reason}` (the asked side). */
  async decline(
    principal: Principal,
    rid: string,
    dto: DeclineMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.answer(principal, rid, 'decline', (r) => {
      r.status = 'declined';
      r.reason = dto.reason;
    });
  }

  /** `POST /meeting-requests/:rid/withdraw` (the asking side), while unanswered. */
  async withdraw(principal: Principal, rid: string): Promise<MeetingRequestResponse> {
    return this.answer(principal, rid, 'withdraw', (r) => {
      r.status = 'withdrawn';
    });
  }

  private async answer(
    principal: Principal,
    rid: string,
    action: 'decline' | 'withdraw',
    apply: (r: MeetingRequest) => void,
  ) {
    return this.dataSource.transaction(async (m) => {
      const { r } = await this.load(m, principal, rid);
      const side = action === 'decline' ? r.toOrganizationId : r.fromOrganizationId;
      if (!principal.isMemberOf(side))
        throw problems.forbidden(
          action === 'decline'
            ? 'Only the organisation asked may decline.'
            : 'Only the organisation that asked may withdraw.',
        );
      this.assertAnswerable(r, action);
      apply(r);
      r.decidedAt = new Date();
      r.decidedById = principal.userId;
      await m.save(r);
      if (action === 'decline')
        await this.outbox.write(m, 'meeting.answered', {
          actorId: principal.userId,
          exhibitionId: r.exhibitionId,
          requestId: r.id,
          decision: 'declined',
        });
      const refs = await Refs.load(m, [r.fromOrganizationId, r.toOrganizationId], [r.needId]);
      return requestView(r, refs, null);
    });
  }
}
