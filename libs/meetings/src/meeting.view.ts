import { Organization } from '@niaz/identity';
import { Need } from '@niaz/needs';
import { EntityManager, In } from 'typeorm';
import type {
  MeetingRequestResponse,
  MeetingResponse,
  MeetingTableView,
  NeedRefView,
  OrganizationRefView,
  ParticipantResponse,
} from './dto/meetings.response';
import type { ExhibitionParticipant } from './exhibition-participant.entity';
import type { Meeting } from './meeting.entity';
import type { MeetingRequest } from './meeting-request.entity';
import type { MeetingSettings } from './meeting-settings.entity';

/** Names and titles the answers show, loaded once per answer. */
export class Refs {
  private constructor(
    private readonly orgs: Map<string, OrganizationRefView>,
    private readonly needs: Map<string, NeedRefView>,
  ) {}

  static async load(m: EntityManager, orgIds: string[], needIds: (string | null)[]) {
    const ids = [...new Set(orgIds)];
    const needList = [...new Set(needIds.filter((n): n is string => !!n))];
    const orgs = ids.length
      ? await m.find(Organization, {
          where: { id: In(ids) },
          select: { id: true, name: true, kinds: true, country: true },
        })
      : [];
    const needs = needList.length
      ? await m.find(Need, { where: { id: In(needList) }, select: { id: true, title: true } })
      : [];
    return new Refs(
      new Map(
        orgs.map((o) => [o.id, { id: o.id, name: o.name, kinds: o.kinds, country: o.country }]),
      ),
      new Map(needs.map((n) => [n.id, { id: n.id, title: n.title }])),
    );
  }

  org(id: string): OrganizationRefView {
    return this.orgs.get(id) ?? { id, name: '', kinds: [], country: '' };
  }

  need(id: string | null): NeedRefView | null {
    return id ? (this.needs.get(id) ?? { id, title: '' }) : null;
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function participantView(p: ExhibitionParticipant, refs: Refs): ParticipantResponse {
  return {
    id: p.id,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    exhibitionId: p.exhibitionId,
    organization: refs.org(p.organizationId),
    status: p.status,
    unavailable: p.unavailable,
    decidedAt: iso(p.decidedAt),
    needsImportConsent: !!p.needsImportConsentAt,
  };
}

export function requestView(
  r: MeetingRequest,
  refs: Refs,
  meetingId: string | null,
): MeetingRequestResponse {
  return {
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    exhibitionId: r.exhibitionId,
    from: refs.org(r.fromOrganizationId),
    to: refs.org(r.toOrganizationId),
    need: refs.need(r.needId),
    message: r.message,
    status: r.status,
    reason: r.reason,
    expiresAt: r.expiresAt.toISOString(),
    decidedAt: iso(r.decidedAt),
    meetingId,
  };
}

export function tableView(
  settings: MeetingSettings | null,
  key: string | null,
): MeetingTableView | null {
  if (!key) return null;
  const t = settings?.tables.find((x) => x.key === key);
  return t ? { ...t, link: t.link ?? null } : { key, name: key, online: false, link: null };
}

export function meetingView(
  mt: Meeting,
  refs: Refs,
  settings: MeetingSettings | null,
): MeetingResponse {
  const slotMs = (settings?.slotMinutes ?? 0) * 60_000;
  return {
    id: mt.id,
    createdAt: mt.createdAt.toISOString(),
    updatedAt: mt.updatedAt.toISOString(),
    exhibitionId: mt.exhibitionId,
    requestId: mt.requestId,
    requester: refs.org(mt.requesterOrganizationId),
    recipient: refs.org(mt.recipientOrganizationId),
    need: refs.need(mt.needId),
    slotStart: iso(mt.slotStart),
    slotEnd: mt.slotStart ? new Date(mt.slotStart.getTime() + slotMs).toISOString() : null,
    table: tableView(settings, mt.tableKey),
    locked: mt.locked,
    status: mt.status,
    requesterOutcome: mt.requesterOutcome,
    recipientOutcome: mt.recipientOutcome,
  };
}
