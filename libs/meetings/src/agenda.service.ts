import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import { Exhibition, isOrganiser } from '@niaz/exhibitions';
import { Principal } from '@niaz/identity';
import { DataSource, Not, IsNull } from 'typeorm';
import { agendaIcs } from './agenda-ics';
import { AgendaQueryDto } from './dto/meeting-request.dto';
import { AgendaResponse, MeetingResponse } from './dto/meetings.response';
import { callerParticipations, requireSettings, visibleExhibition } from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { meetingView, Refs } from './meeting.view';

type Lang = 'fa' | 'tr' | 'en';

/** Words of the calendar, in the reader's language. */
const WORDS: Record<
  Lang,
  { with: (name: string) => string; between: (a: string, b: string) => string; need: string }
> = {
  fa: { with: (n) => `ملاقات با ${n}`, between: (a, b) => `ملاقات ${a} و ${b}`, need: 'نیاز' },
  tr: {
    with: (n) => `${n} ile görüşme`,
    between: (a, b) => `${a} – ${b} görüşmesi`,
    need: 'İhtiyaç',
  },
  en: { with: (n) => `Meeting with ${n}`, between: (a, b) => `Meeting: ${a} – ${b}`, need: 'Need' },
};

/**
 * Agendas: a participant's own (slots and tables once the organisers publish), or, for
 * organisers, one participant's or the whole exhibition's; as JSON or iCalendar.
 */
@Injectable()
export class AgendaService {
  constructor(private readonly dataSource: DataSource) {}

  async agenda(principal: Principal, exhibitionId: string, query: AgendaQueryDto) {
    const { e, settings, organizationId, items } = await this.load(principal, exhibitionId, query);
    const response: AgendaResponse = {
      exhibitionId: e.id,
      organizationId,
      timeZone: settings.timeZone,
      publishedAt: settings.publishedAt ? settings.publishedAt.toISOString() : null,
      items,
    };
    return response;
  }

  async ics(principal: Principal, exhibitionId: string, query: AgendaQueryDto, lang: Lang) {
    const { e, settings, organizationId, items } = await this.load(principal, exhibitionId, query);
    const words = WORDS[lang];
    const events = items
      .filter((mt) => mt.slotStart && mt.slotEnd)
      .map((mt) => {
        const other = organizationId === mt.requester.id ? mt.recipient : mt.requester;
        return {
          uid: `${mt.id}@niaz`,
          start: Date.parse(mt.slotStart!),
          end: Date.parse(mt.slotEnd!),
          summary: organizationId
            ? words.with(other.name)
            : words.between(mt.requester.name, mt.recipient.name),
          location: mt.table ? mt.table.name : '',
          description: mt.need ? `${words.need}: ${mt.need.title}` : '',
          url: mt.table?.link ?? null,
          updatedAt: Date.parse(mt.updatedAt),
        };
      });
    return agendaIcs(e.title, settings.timeZone, events);
  }

  private async load(principal: Principal, exhibitionId: string, query: AgendaQueryDto) {
    const m = this.dataSource.manager;
    const e: Exhibition = await visibleExhibition(m, principal, exhibitionId);
    const organiser = isOrganiser(principal, e) || principal.isAdmin;
    let organizationId: string | null;
    if (organiser) {
      organizationId = query.organizationId ?? null;
    } else {
      const mine = await callerParticipations(m, principal, exhibitionId);
      const own = query.organizationId
        ? mine.find((p) => p.organizationId === query.organizationId)
        : mine[0];
      if (!own)
        throw problems.forbidden('Participants see their own agenda; organisers see every agenda.');
      organizationId = own.organizationId;
    }
    const settings = await m.findOneBy(MeetingSettings, { exhibitionId });
    requireSettings(settings);
    const where = organizationId
      ? [
          { exhibitionId, requesterOrganizationId: organizationId },
          { exhibitionId, recipientOrganizationId: organizationId },
        ]
      : [{ exhibitionId, slotStart: Not(IsNull()) }];
    const meetings = await m.find(Meeting, {
      where,
      order: { slotStart: 'ASC', createdAt: 'ASC' },
    });
    const refs = await Refs.load(
      m,
      meetings.flatMap((x) => [x.requesterOrganizationId, x.recipientOrganizationId]),
      meetings.map((x) => x.needId),
    );
    // Until the organisers publish, participants see whom they meet, not when or where.
    const hide = !organiser && !settings.publishedAt;
    const items: MeetingResponse[] = meetings.map((x) =>
      meetingView(
        hide ? { ...x, slotStart: null, tableKey: null, locked: false } : x,
        refs,
        settings,
      ),
    );
    return { e, settings, organizationId, items };
  }
}
