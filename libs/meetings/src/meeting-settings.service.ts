import { Injectable } from '@nestjs/common';
import { countryTimeZone, FieldError, isTimeZone, problems } from '@niaz/core';
import { isOrganiser } from '@niaz/exhibitions';
import { Principal } from '@niaz/identity';
import { DataSource, Not, IsNull } from 'typeorm';
import { MeetingSettingsDto } from './dto/meeting-settings.dto';
import { MeetingSettingsResponse } from './dto/meetings.response';
import {
  callerParticipations,
  lockedSettings,
  organisedExhibition,
  requireSettings,
  settingsSlots,
  visibleExhibition,
} from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { gridErrors } from './slot-grid';

/** The organisers' grid: blocks in the exhibition's time zone cut into slots, breaks, tables, rules. */
@Injectable()
export class MeetingSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `PUT /exhibitions/:id/meeting-settings`. The whole grid is checked before anything is
   * written; a grid that would strand a scheduled meeting (its slot or table gone) is refused.
   */
  async put(
    principal: Principal,
    exhibitionId: string,
    dto: MeetingSettingsDto,
  ): Promise<MeetingSettingsResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await organisedExhibition(m, principal, exhibitionId);
      const timeZone = dto.timeZone ?? countryTimeZone(e.country);
      const range = (r: { startsAt: string; endsAt: string }) => ({
        startsAt: new Date(r.startsAt),
        endsAt: new Date(r.endsAt),
      });
      const blocks = dto.blocks.map(range);
      const breaks = (dto.breaks ?? []).map(range);
      const errors: FieldError[] = [];
      if (!isTimeZone(timeZone))
        errors.push({
          field: 'timeZone',
          code: 'time-zone',
          message: 'timeZone is not an IANA time zone',
        });
      errors.push(...gridErrors(blocks, dto.slotMinutes, breaks));
      blocks.forEach((b, i) => {
        if (b.startsAt < e.startsAt || b.endsAt > e.endsAt)
          errors.push({
            field: `blocks[${i}].startsAt`,
            code: 'block-outside-exhibition',
            message: `blocks[${i}] lies outside the exhibition's dates`,
          });
      });
      const seen = new Set<string>();
      dto.tables.forEach((t, i) => {
        if (seen.has(t.key))
          errors.push({
            field: `tables[${i}].key`,
            code: 'duplicate-table',
            message: `tables[${i}].key repeats an earlier table's key`,
          });
        seen.add(t.key);
      });
      if (errors.length) throw problems.validation(errors);

      const existing = await lockedSettings(m, exhibitionId);
      const s = existing ?? m.create(MeetingSettings, { exhibitionId, publishedAt: null });
      Object.assign(s, {
        timeZone,
        slotMinutes: dto.slotMinutes,
        blocks: blocks.map((b) => ({
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
        })),
        breaks: breaks.map((b) => ({
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
        })),
        tables: dto.tables.map((t) => ({
          key: t.key,
          name: t.name,
          online: t.online ?? false,
          link: t.link ?? null,
        })),
        requestTtlHours: dto.requestTtlHours ?? existing?.requestTtlHours ?? 48,
        maxPendingRequests: dto.maxPendingRequests ?? existing?.maxPendingRequests ?? 20,
        mode: dto.mode ?? existing?.mode ?? 'organiser',
        autoApprove: dto.autoApprove ?? existing?.autoApprove ?? false,
      });
      const starts = new Set(settingsSlots(s).map((x) => x.start));
      const scheduled = await m.find(Meeting, {
        where: { exhibitionId, slotStart: Not(IsNull()) },
        select: { id: true, slotStart: true, tableKey: true },
      });
      const stranded = scheduled.filter(
        (mt) => !starts.has(mt.slotStart!.getTime()) || !seen.has(mt.tableKey ?? ''),
      );
      if (stranded.length)
        throw problems.conflict(
          `${stranded.length} scheduled meetings would lose their slot or table; move them first.`,
          'meetings-outside-grid',
        );
      await m.save(s);
      return settingsView(s);
    });
  }

  /** Organisers and participants see the grid (tables' links included). */
  async get(principal: Principal, exhibitionId: string): Promise<MeetingSettingsResponse> {
    const m = this.dataSource.manager;
    const e = await visibleExhibition(m, principal, exhibitionId);
    if (!isOrganiser(principal, e) && !principal.isAdmin) {
      const mine = await callerParticipations(m, principal, exhibitionId, ['approved', 'pending']);
      if (!mine.length)
        throw problems.forbidden("Only the exhibition's participants and organisers see this.");
    }
    const s = await m.findOneBy(MeetingSettings, { exhibitionId });
    requireSettings(s);
    return settingsView(s);
  }
}

export function settingsView(s: MeetingSettings): MeetingSettingsResponse {
  return {
    exhibitionId: s.exhibitionId,
    timeZone: s.timeZone,
    slotMinutes: s.slotMinutes,
    blocks: s.blocks,
    breaks: s.breaks,
    tables: s.tables,
    requestTtlHours: s.requestTtlHours,
    maxPendingRequests: s.maxPendingRequests,
    mode: s.mode,
    autoApprove: s.autoApprove,
    publishedAt: s.publishedAt ? s.publishedAt.toISOString() : null,
    slots: settingsSlots(s).map((x) => ({
      start: new Date(x.start).toISOString(),
      end: new Date(x.end).toISOString(),
      day: x.day,
    })),
  };
}
