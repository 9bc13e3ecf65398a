import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@niaz/identity';
import { OutboxEventWriter, OutboxModule, OutboxWriter } from '@niaz/jobs';
import { NeedsModule } from '@niaz/needs';
import { AgendaPdfRenderer } from './agenda-pdf.renderer';
import { AgendaService } from './agenda.service';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { MeetingFunnelService } from './meeting-funnel.service';
import { MeetingInvitation } from './meeting-invitation.entity';
import { MeetingInvitationsController } from './meeting-invitations.controller';
import { MeetingInvitationsService } from './meeting-invitations.service';
import { MeetingRequest } from './meeting-request.entity';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingSettings } from './meeting-settings.entity';
import { MeetingSettingsService } from './meeting-settings.service';
import { Meeting } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';
import { SchedulingService } from './scheduling.service';

/** Meetings at fairs: participation, the grid of slots and tables, requests, scheduling, agendas, the funnel. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ExhibitionParticipant,
      MeetingSettings,
      MeetingRequest,
      Meeting,
      MeetingInvitation,
    ]),
    OutboxModule,
    IdentityModule,
    NeedsModule,
  ],
  controllers: [ParticipantsController, MeetingsController, MeetingInvitationsController],
  providers: [
    // SchedulingService takes the plain writer, so that scripts (the bench) can build it.
    { provide: OutboxEventWriter, useExisting: OutboxWriter },
    ParticipantsService,
    MeetingSettingsService,
    MeetingRequestsService,
    SchedulingService,
    AgendaService,
    AgendaPdfRenderer,
    MeetingFunnelService,
    MeetingInvitationsService,
  ],
  exports: [SchedulingService],
})
export class MeetingsModule {}
