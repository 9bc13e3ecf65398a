import { Body, Headers, Param, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  ApiController,
  CreateAction,
  GetRoute,
  MultipartFile,
  pickLanguage,
  PostAction,
  uuidParam,
} from '@niaz/core';
import {
  NeedsImportRoute,
  NeedsImportQueryDto,
  NeedsImportService,
  UploadedSheet,
} from '@niaz/needs';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import {
  NeedsImportConsentDto,
  RegisterParticipantDto,
  UnavailabilityDto,
} from './dto/meeting-request.dto';
import { MeetingSettingsDto } from './dto/meeting-settings.dto';
import {
  MeetingSettingsResponse,
  ParticipantList,
  ParticipantResponse,
} from './dto/meetings.response';
import { MeetingSettingsService } from './meeting-settings.service';
import { ParticipantsService } from './participants.service';
import type { NeedsImportResponse } from '@niaz/needs';

@ApiController('meetings', 'exhibitions')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly settings: MeetingSettingsService,
    private readonly needsImport: NeedsImportService,
  ) {}

  @Put(':id/participants/:pid/needs-import-consent')
  @ApiOperation({
    summary:
      "A manufacturer participant lets the exhibition's organisers import needs on its behalf (or takes it back)",
  })
  @ApiOkResponse({ type: ParticipantResponse })
  consent(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('pid', uuidParam('pid')) pid: string,
    @Body() dto: NeedsImportConsentDto,
  ): Promise<ParticipantResponse> {
    return this.participants.setNeedsImportConsent(p, id, pid, dto.consent);
  }

  @NeedsImportRoute(
    ':id/participants/:pid/needs-import',
    'An organiser imports needs from the XLSX/CSV template for a manufacturer participant that consented; as POST /needs/import (?dryRun=true previews)',
  )
  async importNeeds(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('pid', uuidParam('pid')) pid: string,
    @UploadedSheet() file: MultipartFile | undefined,
    @Query() query: NeedsImportQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NeedsImportResponse> {
    const organizationId = await this.participants.importTarget(p, id, pid);
    return this.needsImport.importFor(
      p,
      organizationId,
      file,
      !!query.dryRun,
      pickLanguage(acceptLanguage),
    );
  }

  @CreateAction(
    ':id/participants',
    'Register one of your organisations (manufacturer or supplier) for a published exhibition → pending, or approved when the organisers approve automatically',
    ParticipantResponse,
    'Already registered; exhibition not published',
  )
  register(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: RegisterParticipantDto,
  ): Promise<ParticipantResponse> {
    return this.participants.register(p, id, dto);
  }

  @GetRoute(
    ':id/participants',
    'Participants: all registrations to organisers; approved ones and your own to participants',
    ParticipantList,
  )
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ParticipantList> {
    return this.participants.list(p, id);
  }

  @PostAction(
    ':id/participants/:pid/approve',
    'Approve a registration (organisers)',
    ParticipantResponse,
  )
  approve(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('pid', uuidParam('pid')) pid: string,
  ): Promise<ParticipantResponse> {
    return this.participants.decide(p, id, pid, 'approved');
  }

  @PostAction(
    ':id/participants/:pid/reject',
    'Reject a registration (organisers); not once it has meetings',
    ParticipantResponse,
  )
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('pid', uuidParam('pid')) pid: string,
  ): Promise<ParticipantResponse> {
    return this.participants.decide(p, id, pid, 'rejected');
  }

  @Put(':id/participants/:pid/unavailability')
  @ApiOperation({
    summary:
      'The slots a participant cannot meet in (the participant, or organisers); replaces the list',
  })
  @ApiOkResponse({ type: ParticipantResponse })
  unavailable(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('pid', uuidParam('pid')) pid: string,
    @Body() dto: UnavailabilityDto,
  ): Promise<ParticipantResponse> {
    return this.participants.setUnavailable(p, id, pid, dto);
  }

  @Put(':id/meeting-settings')
  @ApiOperation({
    summary:
      "Meeting blocks, slot length, breaks, tables and rules (organisers). Blocks must not overlap and must be whole numbers of slots; days are in the exhibition's time zone",
  })
  @ApiOkResponse({ type: MeetingSettingsResponse })
  @ApiConflictResponse({ description: 'Scheduled meetings would lose their slot or table' })
  putSettings(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: MeetingSettingsDto,
  ): Promise<MeetingSettingsResponse> {
    return this.settings.put(p, id, dto);
  }

  @GetRoute(
    ':id/meeting-settings',
    'The meeting grid with its slots (organisers and participants)',
    MeetingSettingsResponse,
  )
  getSettings(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<MeetingSettingsResponse> {
    return this.settings.get(p, id);
  }
}
