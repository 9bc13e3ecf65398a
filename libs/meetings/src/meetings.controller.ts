import { Body, Get, Headers, Param, Patch, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
} from '@nestjs/swagger';
import {
  ApiController,
  CreateAction,
  dateTime,
  GetRoute,
  pickLanguage,
  PostAction,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import type { FastifyReply } from 'fastify';
import { AgendaService } from './agenda.service';
import {
  AcceptMeetingRequestDto,
  AgendaQueryDto,
  CreateMeetingRequestDto,
  DeclineMeetingRequestDto,
  MeetingOutcomeDto,
  MeetingRequestListQueryDto,
  SharedFairsQueryDto,
  UpdateMeetingDto,
} from './dto/meeting-request.dto';
import {
  AgendaResponse,
  MeetingFunnelResponse,
  MeetingRequestPage,
  MeetingRequestResponse,
  MeetingResponse,
  ScheduleResultResponse,
  SharedFairsResponse,
} from './dto/meetings.response';
import { MeetingFunnelService } from './meeting-funnel.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { SchedulingService } from './scheduling.service';

class PublishedResponse {
  @dateTime()
  publishedAt: string;
}

@ApiController('meetings')
export class MeetingsController {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly scheduling: SchedulingService,
    private readonly agendas: AgendaService,
    private readonly funnels: MeetingFunnelService,
  ) {}

  @GetRoute(
    'meeting-fairs',
    'Published exhibitions with meetings where ?with= and one of your organisations are both approved participants: where you may ask it for a meeting',
    SharedFairsResponse,
  )
  shared(
    @CurrentPrincipal() p: Principal,
    @Query() query: SharedFairsQueryDto,
  ): Promise<SharedFairsResponse> {
    return this.requests.sharedFairs(p, query.with);
  }

  @CreateAction(
    'exhibitions/:id/meeting-requests',
    "Ask another approved participant for a meeting, maybe about a need of either side; it expires after the exhibition's requestTtlHours",
    MeetingRequestResponse,
    'A twin request exists; too many requests pending',
  )
  create(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: CreateMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.requests.create(p, id, dto);
  }

  @GetRoute(
    'exhibitions/:id/meeting-requests',
    "Your organisations' requests (?box=incoming|outgoing); organisers see all",
    MeetingRequestPage,
  )
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: MeetingRequestListQueryDto,
  ): Promise<MeetingRequestPage> {
    return this.requests.list(p, id, query);
  }

  @PostAction(
    'meeting-requests/:rid/accept',
    'Accept (the organisation asked); with slotStart, book that slot and a free table (required when participants pick slots)',
    MeetingRequestResponse,
    'Expired or answered; slot taken or unavailable; no table free',
  )
  accept(
    @CurrentPrincipal() p: Principal,
    @Param('rid', uuidParam('rid')) rid: string,
    @Body() dto: AcceptMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.requests.accept(p, rid, dto);
  }

  @PostAction(
    'meeting-requests/:rid/decline',
    'Decline with a reason (the organisation asked)',
    MeetingRequestResponse,
  )
  decline(
    @CurrentPrincipal() p: Principal,
    @Param('rid', uuidParam('rid')) rid: string,
    @Body() dto: DeclineMeetingRequestDto,
  ): Promise<MeetingRequestResponse> {
    return this.requests.decline(p, rid, dto);
  }

  @PostAction(
    'meeting-requests/:rid/withdraw',
    'Withdraw an unanswered request (the organisation that asked)',
    MeetingRequestResponse,
  )
  withdraw(
    @CurrentPrincipal() p: Principal,
    @Param('rid', uuidParam('rid')) rid: string,
  ): Promise<MeetingRequestResponse> {
    return this.requests.withdraw(p, rid);
  }

  @PostAction(
    'exhibitions/:id/schedule',
    'Schedule all (organisers): every accepted meeting gets a slot and a table; locked meetings stay; short idle time between meetings',
    ScheduleResultResponse,
  )
  scheduleAll(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ScheduleResultResponse> {
    return this.scheduling.scheduleAll(p, id);
  }

  @PostAction(
    'exhibitions/:id/schedule/publish',
    'Publish the schedule (organisers): participants see slots and tables',
    PublishedResponse,
  )
  publish(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<PublishedResponse> {
    return this.scheduling.publish(p, id);
  }

  @Patch('meetings/:mid')
  @ApiOperation({
    summary:
      'Move, lock or unlock a meeting (organisers); mark it held or no_show (organisers or either side)',
  })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiConflictResponse({ description: 'Slot or table taken; side unavailable; not scheduled' })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('mid', uuidParam('mid')) mid: string,
    @Body() dto: UpdateMeetingDto,
  ): Promise<MeetingResponse> {
    return this.scheduling.update(p, mid, dto);
  }

  @PostAction(
    'meetings/:mid/outcome',
    'After a held meeting, each side: rating 1–5 and follow-up (nda, bid, none)',
    MeetingResponse,
  )
  outcome(
    @CurrentPrincipal() p: Principal,
    @Param('mid', uuidParam('mid')) mid: string,
    @Body() dto: MeetingOutcomeDto,
  ): Promise<MeetingResponse> {
    return this.scheduling.outcome(p, mid, dto);
  }

  @GetRoute(
    'exhibitions/:id/agenda',
    'Your agenda (participants: slots and tables once published); organisers: the whole exhibition or ?organizationId=',
    AgendaResponse,
  )
  agenda(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: AgendaQueryDto,
  ): Promise<AgendaResponse> {
    return this.agendas.agenda(p, id, query);
  }

  @Get('exhibitions/:id/agenda.ics')
  @ApiProduces('text/calendar')
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOperation({
    summary: "The agenda as iCalendar (RFC 5545), in the exhibition's time zone, with reminders",
  })
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  async ics(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: AgendaQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<string> {
    const body = await this.agendas.ics(p, id, query, pickLanguage(acceptLanguage, p.language));
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="agenda-${id}.ics"`);
    return body;
  }

  @Get('exhibitions/:id/agenda.pdf')
  @ApiProduces('application/pdf')
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOperation({
    summary:
      "The agenda as PDF (Persian right to left; times in the exhibition's time zone), in the language of Accept-Language",
  })
  @ApiOkResponse({ description: 'application/pdf', schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: AgendaQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    const body = await this.agendas.pdf(p, id, query, pickLanguage(acceptLanguage, p.language));
    return new StreamableFile(body, {
      type: 'application/pdf',
      disposition: `attachment; filename="agenda-${id}.pdf"`,
    });
  }

  @GetRoute(
    'exhibitions/:id/meeting-stats',
    'The meeting funnel (organisers): requested, accepted, scheduled, held, no-show, and the NDAs, bids and awards that followed',
    MeetingFunnelResponse,
  )
  funnel(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<MeetingFunnelResponse> {
    return this.funnels.funnel(p, id);
  }
}
