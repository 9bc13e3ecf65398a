import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import { isOrganiser } from '@niaz/exhibitions';
import { Principal } from '@niaz/identity';
import { OutboxEventWriter } from '@niaz/jobs';
import { DataSource, EntityManager, In } from 'typeorm';
import { bookableTable } from './booking';
import { MeetingOutcomeDto, UpdateMeetingDto } from './dto/meeting-request.dto';
import { ScheduleResultResponse } from './dto/meetings.response';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import {
  lockedSetUpSettings,
  lockedSettings,
  organisedExhibition,
  settingsSlots,
  visibleExhibition,
} from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { meetingView, Refs } from './meeting.view';
import { ScheduleProblem, scheduleAll } from './schedule-all';
import type { MeetingResponse } from './dto/meetings.response';

/**
 * The organisers' side of meetings: "schedule all", publish, moving and locking a meeting;
 * and, for the organisers and both sides, marking it held or no-show and saying how it went.
 */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxEventWriter,
  ) {}

  /**
   * `POST /exhibitions/:id/schedule`. Every accepted meeting gets a slot and a table; locked
   * meetings (and those already held or missed) stay where they are. One transaction: the
   * grid is rewritten whole or not at all.
   */
  async scheduleAll(principal: Principal, exhibitionId: string): Promise<ScheduleResultResponse> {
    return this.dataSource.transaction(async (m) => {
      await organisedExhibition(m, principal, exhibitionId);
      const settings = await lockedSetUpSettings(m, exhibitionId);
      const meetings = await m.find(Meeting, {
        where: { exhibitionId },
        order: { createdAt: 'ASC', seq: 'ASC' },
      });
      const participants = await m.find(ExhibitionParticipant, {
        where: { exhibitionId },
        select: { id: true, organizationId: true, unavailable: true },
      });
      const { problem, slots, fixed } = toProblem(settings, meetings, participants);
      const result = scheduleAll(problem);
      // A lock the scheduler could not honour (its slot vanished or clashes) moves like the rest.
      const kept = fixed.map((f, i) => {
        const lock = problem.meetings[i].locked;
        const p = result.placements[i];
        return f && !!lock && !!p && p.slot === lock.slot && p.table === lock.table;
      });
      const tableKeys = settings.tables.map((t) => t.key);
      // Clear the movable meetings first, so that the unique (slot, table) index never sees a
      // half-moved grid.
      const movable = meetings.filter((_, i) => !kept[i]);
      if (movable.length)
        await m.update(
          Meeting,
          { id: In(movable.map((x) => x.id)) },
          { slotStart: null, tableKey: null },
        );
      const unplaced: string[] = [];
      const rows: { id: string; slot: string | null; table: string | null }[] = [];
      meetings.forEach((mt, i) => {
        const p = result.placements[i];
        if (!p) unplaced.push(mt.id);
        if (kept[i]) return;
        rows.push({
          id: mt.id,
          slot: p ? new Date(slots[p.slot].start).toISOString() : null,
          table: p ? tableKeys[p.table] : null,
        });
      });
      await writePlacements(
        m,
        rows.filter((r) => r.slot),
      );
      if (settings.publishedAt) {
        // After publishing, both sides hear of every meeting that moved.
        const before = new Map(meetings.map((mt) => [mt.id, placeKey(mt.slotStart, mt.tableKey)]));
        await this.outbox.writeMany(
          m,
          rows
            .filter((r) => before.get(r.id) !== placeKey(r.slot && new Date(r.slot), r.table))
            .map((r) => ({
              type: 'meeting.changed' as const,
              payload: { actorId: principal.userId, exhibitionId, meetingId: r.id },
            })),
        );
      }
      const busy = new Set<number>();
      result.placements.forEach((p, i) => {
        if (!p) return;
        busy.add(problem.meetings[i].a);
        busy.add(problem.meetings[i].b);
      });
      return {
        placed: result.placed,
        unplaced: result.unplaced,
        locked: kept.filter(Boolean).length,
        idleMinutes: result.idleMinutes,
        idleMinutesPerParticipant: busy.size
          ? Math.round((result.idleMinutes / busy.size) * 10) / 10
          : 0,
        unplacedMeetingIds: unplaced,
      };
    });
  }

  /** `POST /exhibitions/:id/schedule/publish`: agendas become visible to participants. */
  async publish(principal: Principal, exhibitionId: string): Promise<{ publishedAt: string }> {
    return this.dataSource.transaction(async (m) => {
      await organisedExhibition(m, principal, exhibitionId);
      const settings = await lockedSetUpSettings(m, exhibitionId);
      settings.publishedAt = new Date();
      await m.save(settings);
      await this.outbox.write(m, 'meetings.published', { actorId: principal.userId, exhibitionId });
      return { publishedAt: settings.publishedAt.toISOString() };
    });
  }

  /**
   * `PATCH /meetings/:mid`. Organisers move (slot, table), lock and mark; either side may only
   * mark held or no-show, once the meeting has a slot.
   */
  async update(principal: Principal, mid: string, dto: UpdateMeetingDto): Promise<MeetingResponse> {
    return this.dataSource.transaction(async (m) => {
      const { mt, organiser, settings } = await this.load(m, principal, mid);
      const moves =
        dto.slotStart !== undefined || dto.tableKey !== undefined || dto.locked !== undefined;
      if (moves && !organiser)
        throw problems.forbidden('Only the organisers move or lock meetings.');
      const was = placeKey(mt.slotStart, mt.tableKey);
      if (dto.slotStart !== undefined || dto.tableKey !== undefined) {
        if (mt.status !== 'accepted') throw problems.illegalTransition(mt.status, 'move');
        const slotStart =
          dto.slotStart === undefined ? mt.slotStart : dto.slotStart && new Date(dto.slotStart);
        if (!slotStart) {
          if (dto.tableKey)
            throw problems.validation([
              {
                field: 'slotStart',
                code: 'slot-required',
                message: 'slotStart is required with a table',
              },
            ]);
          mt.slotStart = null;
          mt.tableKey = null;
        } else {
          const tableKey =
            dto.tableKey === undefined
              ? dto.slotStart === undefined
                ? mt.tableKey
                : undefined
              : dto.tableKey;
          mt.tableKey = await bookableTable(
            m,
            settings,
            slotStart,
            mt.requesterOrganizationId,
            mt.recipientOrganizationId,
            {
              field: 'slotStart',
              exceptMeetingId: mt.id,
              tableKey: tableKey ?? undefined,
            },
          );
          mt.slotStart = slotStart;
        }
      }
      if (dto.locked !== undefined) {
        if (dto.locked && !mt.slotStart)
          throw problems.validation([
            {
              field: 'locked',
              code: 'lock-unscheduled',
              message: 'Only a meeting with a slot can be locked',
            },
          ]);
        mt.locked = dto.locked;
      }
      if (dto.status) {
        if (!mt.slotStart)
          throw problems.illegalTransition(
            'unscheduled',
            dto.status === 'held' ? 'hold' : 'mark-no-show',
          );
        // Whether a meeting was held or missed is known only once its slot has begun.
        if (mt.slotStart.getTime() > Date.now())
          throw problems.conflict(
            `A meeting is marked ${dto.status} only after its slot starts (${mt.slotStart.toISOString()}).`,
            'meeting-not-started',
          );
        mt.status = dto.status;
        mt.markedAt = new Date();
      }
      await m.save(mt);
      if (settings.publishedAt && was !== placeKey(mt.slotStart, mt.tableKey))
        await this.outbox.write(m, 'meeting.changed', {
          actorId: principal.userId,
          exhibitionId: mt.exhibitionId,
          meetingId: mt.id,
        });
      const refs = await Refs.load(
        m,
        [mt.requesterOrganizationId, mt.recipientOrganizationId],
        [mt.needId],
      );
      return meetingView(mt, refs, settings);
    });
  }

  /** `POST /meetings/:mid/outcome`: each side, after a held meeting, says how it went. */
  async outcome(
    principal: Principal,
    mid: string,
    dto: MeetingOutcomeDto,
  ): Promise<MeetingResponse> {
    return this.dataSource.transaction(async (m) => {
      const { mt, settings } = await this.load(m, principal, mid);
      const requester = principal.isMemberOf(mt.requesterOrganizationId);
      const recipient = principal.isMemberOf(mt.recipientOrganizationId);
      if (!requester && !recipient)
        throw problems.forbidden('Only the two sides say how a meeting went.');
      if (mt.status !== 'held') throw problems.illegalTransition(mt.status, 'record-outcome');
      const outcome = { rating: dto.rating, followUp: dto.followUp, at: new Date().toISOString() };
      if (requester) mt.requesterOutcome = outcome;
      else mt.recipientOutcome = outcome;
      await m.save(mt);
      const refs = await Refs.load(
        m,
        [mt.requesterOrganizationId, mt.recipientOrganizationId],
        [mt.needId],
      );
      return meetingView(mt, refs, settings);
    });
  }

  /** The meeting for its two sides and the organisers (locked); 404 for anyone else. */
  private async load(m: EntityManager, principal: Principal, mid: string) {
    const peek = await m.findOne(Meeting, {
      where: { id: mid },
      select: { id: true, exhibitionId: true },
    });
    if (!peek) throw problems.notFound('Meeting');
    const e = await visibleExhibition(m, principal, peek.exhibitionId).catch(() => null);
    const settings = await lockedSettings(m, peek.exhibitionId);
    const mt = await m.findOne(Meeting, {
      where: { id: mid },
      lock: { mode: 'pessimistic_write' },
    });
    if (!mt || !e || !settings) throw problems.notFound('Meeting');
    const organiser = isOrganiser(principal, e);
    const side =
      principal.isMemberOf(mt.requesterOrganizationId) ||
      principal.isMemberOf(mt.recipientOrganizationId);
    if (!organiser && !side) throw problems.notFound('Meeting');
    return { mt, organiser, settings };
  }
}

const placeKey = (slot: Date | null | '', table: string | null) =>
  `${slot ? slot.toISOString() : ''}|${table ?? ''}`;

/** The stored meetings as the scheduler's index-based problem. */
export function toProblem(
  settings: MeetingSettings,
  meetings: Meeting[],
  participants: Pick<ExhibitionParticipant, 'organizationId' | 'unavailable'>[],
): { problem: ScheduleProblem; slots: ReturnType<typeof settingsSlots>; fixed: boolean[] } {
  const slots = settingsSlots(settings);
  const slotIndex = new Map(slots.map((s, i) => [s.start, i]));
  const days = new Map<string, number>();
  const tableIndex = new Map(settings.tables.map((t, i) => [t.key, i]));
  const people = new Map<string, number>();
  const who = (org: string) => {
    let i = people.get(org);
    if (i === undefined) people.set(org, (i = people.size));
    return i;
  };
  participants.forEach((p) => who(p.organizationId));
  const fixed: boolean[] = [];
  const problemMeetings = meetings.map((mt) => {
    const slot = mt.slotStart ? slotIndex.get(mt.slotStart.getTime()) : undefined;
    const table = mt.tableKey ? tableIndex.get(mt.tableKey) : undefined;
    const keep =
      (mt.locked || mt.status !== 'accepted') && slot !== undefined && table !== undefined;
    fixed.push(keep);
    return {
      a: who(mt.requesterOrganizationId),
      b: who(mt.recipientOrganizationId),
      ...(keep ? { locked: { slot: slot!, table: table! } } : {}),
    };
  });
  const unavailable: number[][] = Array.from({ length: people.size }, () => []);
  for (const p of participants) {
    unavailable[people.get(p.organizationId)!] = p.unavailable
      .map((s) => slotIndex.get(new Date(s).getTime()))
      .filter((i): i is number => i !== undefined);
  }
  const problem: ScheduleProblem = {
    slotStarts: slots.map((s) => s.start),
    slotEnds: slots.map((s) => s.end),
    slotDays: slots.map((s) => {
      if (!days.has(s.day)) days.set(s.day, days.size);
      return days.get(s.day)!;
    }),
    tableCount: settings.tables.length,
    participantCount: people.size,
    meetings: problemMeetings,
    unavailable,
  };
  return { problem, slots, fixed };
}

/** One UPDATE … FROM (VALUES …) per thousand meetings. */
async function writePlacements(
  m: EntityManager,
  rows: { id: string; slot: string | null; table: string | null }[],
) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const params: unknown[] = [];
    const values = chunk
      .map((r) => {
        params.push(r.id, r.slot, r.table);
        const n = params.length;
        return `($${n - 2}::uuid, $${n - 1}::timestamptz, $${n}::varchar)`;
      })
      .join(', ');
    await m.query(
      `UPDATE meeting AS mt SET "slotStart" = v.slot, "tableKey" = v.tbl, "updatedAt" = now()
         FROM (VALUES ${values}) AS v(id, slot, tbl) WHERE mt.id = v.id`,
      params,
    );
  }
}
