import { problems } from '@niaz/core';
import { assertExhibitionVisible, Exhibition, isOrganiser } from '@niaz/exhibitions';
import { Organization, Principal } from '@niaz/identity';
import { EntityManager, In } from 'typeorm';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { MeetingRequest } from './meeting-request.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { Slot, slotsOf } from './slot-grid';

/** The exhibition as the caller may see it (404 otherwise), optionally locked against change. */
export async function visibleExhibition(
  m: EntityManager,
  principal: Principal | undefined,
  id: string,
  lock = false,
): Promise<Exhibition> {
  const e = await m.findOne(Exhibition, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
  });
  assertExhibitionVisible(principal, e);
  return e;
}

/** Organiser-only: 404 for what the caller cannot see, 403 for what they see but may not do. */
export async function organisedExhibition(
  m: EntityManager,
  principal: Principal,
  id: string,
): Promise<Exhibition> {
  const e = await visibleExhibition(m, principal, id);
  if (!isOrganiser(principal, e))
    throw problems.forbidden("Only the exhibition's organisers may do this.");
  return e;
}

/** The caller's organisations registered for the exhibition (with the given statuses). */
export function callerParticipations(
  m: EntityManager,
  principal: Principal,
  exhibitionId: string,
  statuses: ExhibitionParticipant['status'][] = ['approved'],
): Promise<ExhibitionParticipant[]> {
  const orgs = principal.organizationIds();
  if (!orgs.length) return Promise.resolve([]);
  return m.find(ExhibitionParticipant, {
    where: { exhibitionId, organizationId: In(orgs), status: In(statuses) },
  });
}

/**
 * Settings rows serialise every write that books slots or tables in an exhibition: whoever
 * books takes the row `FOR UPDATE` first.
 */
export async function lockedSettings(
  m: EntityManager,
  exhibitionId: string,
): Promise<MeetingSettings | null> {
  return m.findOne(MeetingSettings, {
    where: { exhibitionId },
    lock: { mode: 'pessimistic_write' },
  });
}

export function requireSettings(s: MeetingSettings | null): asserts s is MeetingSettings {
  if (!s)
    throw problems.conflict(
      'The organisers have not set up meetings for this exhibition yet.',
      'no-meeting-settings',
    );
}

/** The exhibition's settings, locked (see lockedSettings); 409 while the organisers have set none. */
export async function lockedSetUpSettings(
  m: EntityManager,
  exhibitionId: string,
): Promise<MeetingSettings> {
  const settings = await lockedSettings(m, exhibitionId);
  requireSettings(settings);
  return settings;
}

export function settingsSlots(s: MeetingSettings): Slot[] {
  const range = (r: { startsAt: string; endsAt: string }) => ({
    startsAt: new Date(r.startsAt),
    endsAt: new Date(r.endsAt),
  });
  return slotsOf(s.blocks.map(range), s.slotMinutes, s.timeZone, s.breaks.map(range));
}

/**
 * Unanswered requests past their time become `expired`, which frees their place in the
 * sender's quota and lets the pair ask again. Run before anything reads or counts requests,
 * so an expired request never counts, whether or not a sweep has run.
 */
export async function expireDueRequests(m: EntityManager, exhibitionId: string): Promise<void> {
  await m
    .createQueryBuilder()
    .update(MeetingRequest)
    .set({ status: 'expired' })
    .where('"exhibitionId" = :exhibitionId AND status = :pending AND "expiresAt" <= now()', {
      exhibitionId,
      pending: 'pending',
    })
    .execute();
}

/**
 * The organisation the caller takes part with (registering, or joining by an invitation link):
 * one of the caller's, and a manufacturer or supplier. `forbidden` words the 403 for the action.
 */
export async function participatingOrganization(
  m: EntityManager,
  principal: Principal,
  organizationId: string,
  forbidden: string,
): Promise<Organization> {
  if (!principal.isMemberOf(organizationId)) throw problems.forbidden(forbidden);
  const org = await m.findOneByOrFail(Organization, { id: organizationId });
  if (!org.kinds.includes('manufacturer') && !org.kinds.includes('supplier'))
    throw problems.validation([
      {
        field: 'organizationId',
        code: 'participant-kind',
        message: 'Only manufacturers and suppliers take part in meetings.',
      },
    ]);
  return org;
}
