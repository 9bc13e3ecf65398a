import { Exhibition } from '@niaz/exhibitions';
import type { Principal } from '@niaz/identity';
import { EntityManager, In } from 'typeorm';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { MeetingSettings } from './meeting-settings.entity';

export interface SharedFair {
  exhibitionId: string;
  title: string;
  /** The caller's organisation that takes part (the one to ask from). */
  fromOrganizationId: string;
}

/**
 * Published exhibitions with meetings set up in which `organizationId` and one of the caller's
 * other organisations are both approved participants: where a "request a meeting" can go.
 * Nothing else about the other side's participation is told.
 */
export async function sharedFairs(
  m: EntityManager,
  principal: Principal,
  organizationId: string,
): Promise<SharedFair[]> {
  const mine = principal.organizationIds().filter((o) => o !== organizationId);
  if (!mine.length) return [];
  const own = await m.find(ExhibitionParticipant, {
    where: { organizationId: In(mine), status: 'approved' },
  });
  if (!own.length) return [];
  const theirs = await m.find(ExhibitionParticipant, {
    where: {
      organizationId,
      status: 'approved',
      exhibitionId: In([...new Set(own.map((p) => p.exhibitionId))]),
    },
  });
  if (!theirs.length) return [];
  const ids = theirs.map((p) => p.exhibitionId);
  const [exhibitions, settings] = await Promise.all([
    m.find(Exhibition, { where: { id: In(ids), status: 'published' } }),
    m.find(MeetingSettings, { where: { exhibitionId: In(ids) }, select: { exhibitionId: true } }),
  ]);
  const withMeetings = new Set(settings.map((s) => s.exhibitionId));
  return exhibitions
    .filter((e) => withMeetings.has(e.id))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((e) => ({
      exhibitionId: e.id,
      title: e.title,
      fromOrganizationId: own.find((p) => p.exhibitionId === e.id)!.organizationId,
    }));
}
