import { Injectable } from '@nestjs/common';
import { Language, problems } from '@niaz/core';
import { Exhibition, isOrganiser } from '@niaz/exhibitions';
import { Principal } from '@niaz/identity';
import { DataSource, Not, IsNull } from 'typeorm';
import { agendaIcs } from './agenda-ics';
import { AgendaPdfRenderer } from './agenda-pdf.renderer';
import { AgendaQueryDto } from './dto/meeting-request.dto';
import { AgendaResponse, MeetingResponse } from './dto/meetings.response';
import { callerParticipations, requireSettings, visibleExhibition } from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { meetingView, Refs } from './meeting.view';

type Lang = Language;

/** Words of the calendar, in the reader's language. */
/** Words of the PDF, in the reader's language. */
const PDF_WORDS: Record<
  Lang,
  {
    agenda: string;
    all: string;
    zone: string;
    headers: [string, string, string, string];
    empty: string;
  }
> = {
  fa: {
    agenda: 'برنامهٔ ملاقات‌ها',
    all: 'همهٔ ملاقات‌های نمایشگاه',
    zone: 'ساعت‌ها به وقت',
    headers: ['ساعت', 'میز', 'طرف ملاقات', 'نیاز'],
    empty: 'هنوز ملاقاتی زمان‌بندی نشده است.',
  },
  tr: {
    agenda: 'Görüşme ajandası',
    all: 'Fuarın bütün görüşmeleri',
    zone: 'Saatler şu saat diliminde:',
    headers: ['Saat', 'Masa', 'Görüşülen', 'İhtiyaç'],
    empty: 'Henüz planlanmış görüşme yok.',
  },
  en: {
    agenda: 'Meeting agenda',
    all: 'All meetings of the exhibition',
    zone: 'Times in',
    headers: ['Time', 'Table', 'Meeting with', 'Need'],
    empty: 'No meeting is scheduled yet.',
  },
};
const LOCALES: Record<Lang, string> = { fa: 'fa-IR', tr: 'tr-TR', en: 'en-GB' };

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly pdfRenderer: AgendaPdfRenderer,
  ) {}

  async agenda(
    principal: Principal,
    exhibitionId: string,
    query: AgendaQueryDto,
  ): Promise<AgendaResponse> {
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

  async ics(
    principal: Principal,
    exhibitionId: string,
    query: AgendaQueryDto,
    lang: Lang,
  ): Promise<string> {
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

  /** The agenda as PDF: one table per day, times in the exhibition's time zone. */
  async pdf(
    principal: Principal,
    exhibitionId: string,
    query: AgendaQueryDto,
    lang: Lang,
  ): Promise<Buffer<ArrayBufferLike>> {
    const { e, settings, organizationId, items } = await this.load(principal, exhibitionId, query);
    const w = PDF_WORDS[lang];
    const zone = settings.timeZone;
    const dayOf = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'full', timeZone: zone });
    const timeOf = new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short', timeZone: zone });
    const days = new Map<string, Array<[string, string, string, string]>>();
    const owner = organizationId
      ? (items.find((i) => i.requester.id === organizationId)?.requester ??
        items.find((i) => i.recipient.id === organizationId)?.recipient)
      : undefined;
    for (const mt of items) {
      if (!mt.slotStart || !mt.slotEnd) continue;
      const start = new Date(mt.slotStart);
      const day = dayOf.format(start);
      const other = organizationId
        ? organizationId === mt.requester.id
          ? mt.recipient.name
          : mt.requester.name
        : `${mt.requester.name} – ${mt.recipient.name}`;
      const rows = days.get(day) ?? [];
      rows.push([
        `${timeOf.format(start)}–${timeOf.format(new Date(mt.slotEnd))}`,
        mt.table ? mt.table.name : '',
        other,
        mt.need?.title ?? '',
      ]);
      days.set(day, rows);
    }
    return this.pdfRenderer.render({
      lang,
      title: e.title,
      subtitle: organizationId ? `${w.agenda}: ${owner?.name ?? ''}` : w.all,
      note: `${w.zone} ${zone}`,
      headers: w.headers,
      days: [...days].map(([day, rows]) => ({ day, rows })),
      empty: w.empty,
    });
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
