import { Injectable } from '@nestjs/common';
import { PG_UNIQUE_VIOLATION, pgErrorCode, problems } from '@niaz/core';
import { isOrganiser } from '@niaz/exhibitions';
import { Organization, Principal } from '@niaz/identity';
import { DataSource, In } from 'typeorm';
import { RegisterParticipantDto, UnavailabilityDto } from './dto/meeting-request.dto';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import {
  callerParticipations,
  lockedSettings,
  organisedExhibition,
  participatingOrganization,
  requireSettings,
  settingsSlots,
  visibleExhibition,
} from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';
import { participantView, Refs } from './meeting.view';
import type { ParticipantList, ParticipantResponse } from './dto/meetings.response';

/** Organisations register for a published exhibition's meetings; organisers approve them. */
@Injectable()
export class ParticipantsService {
  constructor(private readonly dataSource: DataSource) {}

  /** `POST /exhibitions/:id/participants`: pending, or approved at once when the organisers said so. */
  async register(
    principal: Principal,
    exhibitionId: string,
    dto: RegisterParticipantDto,
  ): Promise<ParticipantResponse> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const e = await visibleExhibition(m, principal, exhibitionId, true);
        const org = await participatingOrganization(
          m,
          principal,
          dto.organizationId,
          'You may register only an organisation you belong to.',
        );
        if (e.status !== 'published') throw problems.illegalTransition(e.status, 'register');
        const settings = await m.findOneBy(MeetingSettings, { exhibitionId });
        const auto = settings?.autoApprove ?? false;
        const p = m.create(ExhibitionParticipant, {
          exhibitionId,
          organizationId: org.id,
          registeredById: principal.userId,
          status: auto ? 'approved' : 'pending',
          unavailable: [],
          decidedAt: auto ? new Date() : null,
        });
        await m.save(p);
        return participantView(p, await Refs.load(m, [org.id], []));
      });
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION)
        throw problems.conflict(
          'This organisation is already registered.',
          'duplicate-participant',
        );
      throw err;
    }
  }

  /**
   * Organisers see every registration; participants see the approved ones (whom they may ask
   * for a meeting) and their own.
   */
  async list(principal: Principal, exhibitionId: string): Promise<ParticipantList> {
    const m = this.dataSource.manager;
    const e = await visibleExhibition(m, principal, exhibitionId);
    let rows: ExhibitionParticipant[];
    if (isOrganiser(principal, e) || principal.isAdmin) {
      rows = await m.find(ExhibitionParticipant, {
        where: { exhibitionId },
        order: { createdAt: 'ASC', seq: 'ASC' },
      });
    } else {
      const mine = await callerParticipations(m, principal, exhibitionId, [
        'approved',
        'pending',
        'rejected',
      ]);
      if (!mine.length)
        throw problems.forbidden("Only the exhibition's participants and organisers see this.");
      const approved = await m.find(ExhibitionParticipant, {
        where: { exhibitionId, status: 'approved' },
        order: { createdAt: 'ASC', seq: 'ASC' },
      });
      const own = mine.filter((p) => p.status !== 'approved');
      rows = [...approved, ...own].map((p) =>
        principal.isMemberOf(p.organizationId) ? p : { ...p, unavailable: [] },
      );
    }
    const refs = await Refs.load(
      m,
      rows.map((r) => r.organizationId),
      [],
    );
    return { items: rows.map((r) => participantView(r, refs)) };
  }

  /** `POST …/participants/:pid/approve | /reject` (organisers). */
  async decide(
    principal: Principal,
    exhibitionId: string,
    pid: string,
    to: 'approved' | 'rejected',
  ): Promise<ParticipantResponse> {
    return this.dataSource.transaction(async (m) => {
      await organisedExhibition(m, principal, exhibitionId);
      const p = await m.findOne(ExhibitionParticipant, {
        where: { id: pid, exhibitionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!p) throw problems.notFound('Participant');
      if (p.status === to)
        throw problems.illegalTransition(p.status, to === 'approved' ? 'approve' : 'reject');
      if (to === 'rejected') {
        const meetings = await m.count(Meeting, {
          where: [
            { exhibitionId, requesterOrganizationId: p.organizationId },
            { exhibitionId, recipientOrganizationId: p.organizationId },
          ],
        });
        if (meetings)
          throw problems.conflict(
            'This participant already has meetings; they cannot be rejected now.',
            'participant-has-meetings',
          );
      }
      p.status = to;
      p.decidedAt = new Date();
      await m.save(p);
      return participantView(p, await Refs.load(m, [p.organizationId], []));
    });
  }

  /**
   * `PUT …/participants/:pid/needs-import-consent {consent}`: a member of the (manufacturer)
   * participant lets the organisers import needs on its behalf, or takes it back.
   */
  async setNeedsImportConsent(
    principal: Principal,
    exhibitionId: string,
    pid: string,
    consent: boolean,
  ): Promise<ParticipantResponse> {
    return this.dataSource.transaction(async (m) => {
      await visibleExhibition(m, principal, exhibitionId);
      const p = await m.findOne(ExhibitionParticipant, {
        where: { id: pid, exhibitionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!p || !principal.isMemberOf(p.organizationId)) throw problems.notFound('Participant');
      const org = await m.findOneByOrFail(Organization, { id: p.organizationId });
      if (!org.kinds.includes('manufacturer'))
        throw problems.validation([
          {
            field: 'consent',
            code: 'participant-kind',
            message: 'Only manufacturers have needs to import.',
          },
        ]);
      p.needsImportConsentAt = consent ? new Date() : null;
      await m.save(p);
      return participantView(p, await Refs.load(m, [p.organizationId], []));
    });
  }

  /**
   * The manufacturer an organiser imports needs for: an approved participant of the organiser's
   * exhibition that consented; 403 naming the rule otherwise.
   */
  async importTarget(principal: Principal, exhibitionId: string, pid: string): Promise<string> {
    const m = this.dataSource.manager;
    await organisedExhibition(m, principal, exhibitionId);
    const p = await m.findOneBy(ExhibitionParticipant, { id: pid, exhibitionId });
    if (!p) throw problems.notFound('Participant');
    if (p.status !== 'approved' || !p.needsImportConsentAt)
      throw problems.forbidden(
        'Only for an approved participant that lets the organisers import needs on its behalf.',
      );
    const org = await m.findOneByOrFail(Organization, { id: p.organizationId });
    if (!org.kinds.includes('manufacturer'))
      throw problems.forbidden('Only manufacturers have needs to import.');
    return p.organizationId;
  }

  /**
   * `PUT …/participants/:pid/unavailability {slots}`: the participant (or an organiser) says
   * which slots it cannot meet in; each must be a slot of the grid, and none may hold a meeting
   * of theirs already.
   */
  async setUnavailable(
    principal: Principal,
    exhibitionId: string,
    pid: string,
    dto: UnavailabilityDto,
  ): Promise<ParticipantResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await visibleExhibition(m, principal, exhibitionId);
      const settings = await lockedSettings(m, exhibitionId);
      const p = await m.findOne(ExhibitionParticipant, {
        where: { id: pid, exhibitionId },
        lock: { mode: 'pessimistic_write' },
      });
      const own = !!p && principal.isMemberOf(p.organizationId);
      if (!p || (!own && !isOrganiser(principal, e))) throw problems.notFound('Participant');
      requireSettings(settings);
      const grid = new Set(settingsSlots(settings).map((s) => s.start));
      const starts = [...new Set(dto.slots.map((s) => new Date(s).getTime()))];
      const errors = dto.slots
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => !grid.has(new Date(s).getTime()))
        .map(({ i }) => ({
          field: `slots[${i}]`,
          code: 'not-a-slot',
          message: `slots[${i}] is not the start of a meeting slot`,
        }));
      if (errors.length) throw problems.validation(errors);
      const busy = await m.count(Meeting, {
        where: [
          {
            exhibitionId,
            requesterOrganizationId: p.organizationId,
            slotStart: In(starts.map((t) => new Date(t))),
          },
          {
            exhibitionId,
            recipientOrganizationId: p.organizationId,
            slotStart: In(starts.map((t) => new Date(t))),
          },
        ],
      });
      if (busy)
        throw problems.conflict(
          'You already have a meeting in one of these slots; ask the organisers to move it first.',
          'slot-has-meeting',
        );
      p.unavailable = starts.sort((a, b) => a - b).map((t) => new Date(t).toISOString());
      await m.save(p);
      return participantView(p, await Refs.load(m, [p.organizationId], []));
    });
  }
}
