import { ApiProperty } from '@nestjs/swagger';
import {
  dateTime,
  MoneyView,
  nullableDateTime,
  nullableString,
  ResourceView,
  PageOf,
} from '@niaz/core';
import { FOLLOW_UPS, MEETING_STATUSES } from '../meeting.entity';
import { MEETING_REQUEST_STATUSES } from '../meeting-request.entity';
import { PARTICIPANT_STATUSES } from '../exhibition-participant.entity';
import { SCHEDULING_MODES } from '../meeting-settings.entity';

export class OrganizationRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: [String], example: ['supplier'] })
  kinds: string[];
  @ApiProperty({ example: 'TR' })
  country: string;
}

export class NeedRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
}

export class ParticipantResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ type: OrganizationRefView })
  organization: OrganizationRefView;
  @ApiProperty({ enum: PARTICIPANT_STATUSES })
  status: string;
  @ApiProperty({ type: [String], format: 'date-time' })
  unavailable: string[];
  @nullableDateTime()
  decidedAt: string | null;
  @ApiProperty({ description: 'The organisers may import needs on its behalf' })
  needsImportConsent: boolean;
}

export class ParticipantList {
  @ApiProperty({ type: [ParticipantResponse] })
  items: ParticipantResponse[];
}

export class TimeRangeView {
  @dateTime()
  startsAt: string;
  @dateTime()
  endsAt: string;
}

export class MeetingTableView {
  @ApiProperty()
  key: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  online: boolean;
  @nullableString()
  link: string | null;
}

export class SlotView {
  @dateTime()
  start: string;
  @dateTime()
  end: string;
  @ApiProperty({ example: '2027-01-21', description: "The day in the exhibition's time zone" })
  day: string;
}

export class MeetingSettingsResponse {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ example: 'Asia/Tehran' })
  timeZone: string;
  @ApiProperty()
  slotMinutes: number;
  @ApiProperty({ type: [TimeRangeView] })
  blocks: TimeRangeView[];
  @ApiProperty({ type: [TimeRangeView] })
  breaks: TimeRangeView[];
  @ApiProperty({ type: [MeetingTableView] })
  tables: MeetingTableView[];
  @ApiProperty()
  requestTtlHours: number;
  @ApiProperty()
  maxPendingRequests: number;
  @ApiProperty({ enum: SCHEDULING_MODES })
  mode: string;
  @ApiProperty()
  autoApprove: boolean;
  @nullableDateTime()
  publishedAt: string | null;
  @ApiProperty({ type: [SlotView] })
  slots: SlotView[];
}

export class MeetingRequestResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ type: OrganizationRefView })
  from: OrganizationRefView;
  @ApiProperty({ type: OrganizationRefView })
  to: OrganizationRefView;
  @ApiProperty({ type: NeedRefView, nullable: true })
  need: NeedRefView | null;
  @ApiProperty()
  message: string;
  @ApiProperty({ enum: MEETING_REQUEST_STATUSES })
  status: string;
  @nullableString()
  reason: string | null;
  @dateTime()
  expiresAt: string;
  @nullableDateTime()
  decidedAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  meetingId: string | null;
}

export class MeetingRequestPage extends PageOf(MeetingRequestResponse) {}

export class MeetingOutcomeView {
  @ApiProperty({ minimum: 1, maximum: 5 })
  rating: number;
  @ApiProperty({ enum: FOLLOW_UPS })
  followUp: string;
  @dateTime()
  at: string;
}

export class MeetingResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ format: 'uuid' })
  requestId: string;
  @ApiProperty({ type: OrganizationRefView })
  requester: OrganizationRefView;
  @ApiProperty({ type: OrganizationRefView })
  recipient: OrganizationRefView;
  @ApiProperty({ type: NeedRefView, nullable: true })
  need: NeedRefView | null;
  @nullableDateTime()
  slotStart: string | null;
  @nullableDateTime()
  slotEnd: string | null;
  @ApiProperty({ type: MeetingTableView, nullable: true })
  table: MeetingTableView | null;
  @ApiProperty()
  locked: boolean;
  @ApiProperty({ enum: MEETING_STATUSES })
  status: string;
  @ApiProperty({ type: MeetingOutcomeView, nullable: true })
  requesterOutcome: MeetingOutcomeView | null;
  @ApiProperty({ type: MeetingOutcomeView, nullable: true })
  recipientOutcome: MeetingOutcomeView | null;
}

export class MeetingList {
  @ApiProperty({ type: [MeetingResponse] })
  items: MeetingResponse[];
}

export class ScheduleResultResponse {
  @ApiProperty({ description: 'Accepted meetings that have a slot and a table' })
  placed: number;
  @ApiProperty({ description: 'Accepted meetings that found no place' })
  unplaced: number;
  @ApiProperty({ description: 'Locked meetings kept where they were' })
  locked: number;
  @ApiProperty({ description: 'Minutes participants wait between meetings, summed' })
  idleMinutes: number;
  @ApiProperty({ description: 'Average idle minutes per participant with meetings' })
  idleMinutesPerParticipant: number;
  @ApiProperty({ format: 'uuid', type: [String] })
  unplacedMeetingIds: string[];
}

export class AgendaResponse {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null: the whole exhibition',
  })
  organizationId: string | null;
  @ApiProperty({ example: 'Asia/Tehran' })
  timeZone: string;
  @nullableDateTime()
  publishedAt: string | null;
  @ApiProperty({ type: [MeetingResponse] })
  items: MeetingResponse[];
}

export class MeetingFunnelResponse {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty()
  participants: number;
  @ApiProperty()
  requested: number;
  @ApiProperty()
  pending: number;
  @ApiProperty()
  declined: number;
  @ApiProperty()
  expired: number;
  @ApiProperty()
  accepted: number;
  @ApiProperty()
  scheduled: number;
  @ApiProperty()
  held: number;
  @ApiProperty()
  noShow: number;
  @ApiProperty({ description: 'Held meetings about a need whose other side then accepted its NDA' })
  followedByNda: number;
  @ApiProperty({ description: '… then bid on it' })
  followedByBid: number;
  @ApiProperty({ description: '… then won it' })
  followedByAward: number;
  @ApiProperty({
    type: [MoneyView],
    description: 'Annual import value of the needs those awards substitute, per currency',
  })
  importValueSubstituted: MoneyView[];
}

export class SharedFairView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ format: 'uuid', description: 'Your organisation that takes part there' })
  fromOrganizationId: string;
}

export class SharedFairsResponse {
  @ApiProperty({ type: [SharedFairView] })
  items: SharedFairView[];
}
