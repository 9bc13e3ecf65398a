import { Body, Get, Headers, Param } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiController, CreateAction, pickLanguage, PostAction, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal, Public } from '@niaz/identity';
import {
  AcceptInvitationDto,
  InvitationPreviewResponse,
  InvitationsSentResponse,
  InviteByEmailDto,
} from './dto/meeting-invitation.dto';
import { ParticipantResponse } from './dto/meetings.response';
import { MeetingInvitationsService } from './meeting-invitations.service';

@ApiController('meetings')
export class MeetingInvitationsController {
  constructor(private readonly invitations: MeetingInvitationsService) {}

  @CreateAction(
    'exhibitions/:id/invitations/email',
    "Invite companies by e-mail to a published exhibition's meetings (organisers): each address gets a single-use sign-up link valid 14 days",
    InvitationsSentResponse,
  )
  invite(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: InviteByEmailDto,
  ): Promise<InvitationsSentResponse> {
    return this.invitations.invite(p, id, dto);
  }

  @Public()
  @Get('meeting-invitations/:token')
  @ApiOperation({
    summary: 'The invitation behind a link: the exhibition, and whether it still works',
  })
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOkResponse({ type: InvitationPreviewResponse })
  preview(
    @Param('token') token: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<InvitationPreviewResponse> {
    return this.invitations.preview(token, pickLanguage(acceptLanguage, 'fa'));
  }

  @PostAction(
    'meeting-invitations/accept',
    'Join the exhibition’s meetings with one of your organisations (approved at once)',
    ParticipantResponse,
    'invitation-used, invitation-expired',
  )
  accept(
    @CurrentPrincipal() p: Principal,
    @Body() dto: AcceptInvitationDto,
  ): Promise<ParticipantResponse> {
    return this.invitations.accept(p, dto);
  }
}
