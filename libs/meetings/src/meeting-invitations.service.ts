import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, Language, problems } from '@niaz/core';
import { Exhibition } from '@niaz/exhibitions';
import { AccountMail, Principal } from '@niaz/identity';
import { DataSource } from 'typeorm';
import {
  AcceptInvitationDto,
  InvitationPreviewResponse,
  InvitationsSentResponse,
  InviteByEmailDto,
} from './dto/meeting-invitation.dto';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { organisedExhibition, participatingOrganization } from './meeting-context';
import { MeetingInvitation } from './meeting-invitation.entity';
import { participantView, Refs } from './meeting.view';
import type { ParticipantResponse } from './dto/meetings.response';

/** An invitation link works this long. */
const INVITATION_TTL_MS = 14 * 86400_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Organisers invite companies to an exhibition's meetings by e-mail, registered or not: the
 * link leads to sign-up (or sign-in) in the web app and joins the holder's organisation as an
 * approved participant, once, until it expires.
 */
@Injectable()
export class MeetingInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: AccountMail,
    private readonly config: AppConfig,
  ) {}

  /** `POST /exhibitions/:id/invitations/email` (organisers of a published exhibition). */
  async invite(
    principal: Principal,
    exhibitionId: string,
    dto: InviteByEmailDto,
  ): Promise<InvitationsSentResponse> {
    const language: Language = dto.language ?? 'fa';
    const sent = await this.dataSource.transaction(async (m) => {
      const e = await organisedExhibition(m, principal, exhibitionId);
      if (e.status !== 'published') throw problems.illegalTransition(e.status, 'invite');
      const emails = [...new Set(dto.emails.map((a) => a.trim().toLowerCase()))];
      const out: Array<{ invitation: MeetingInvitation; token: string }> = [];
      for (const email of emails) {
        const token = randomBytes(32).toString('base64url');
        const invitation = await m.save(
          m.create(MeetingInvitation, {
            exhibitionId,
            email,
            language,
            tokenHash: hashOf(token),
            invitedById: principal.userId,
            expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
            acceptedAt: null,
            acceptedOrganizationId: null,
          }),
        );
        out.push({ invitation, token });
      }
      return { out, title: e.translations?.[language]?.title ?? e.title };
    });
    // After the commit: a link is mailed only once its invitation exists.
    const base = this.config.env.PUBLIC_URL.replace(/\/$/, '');
    for (const { invitation, token } of sent.out)
      this.mail.send(
        invitation.email,
        language,
        'meeting-invitation',
        `${base}/meetings/join?token=${encodeURIComponent(token)}`,
        { exhibition: sent.title },
      );
    return {
      items: sent.out.map(({ invitation }) => ({
        id: invitation.id,
        email: invitation.email,
        expiresAt: invitation.expiresAt.toISOString(),
      })),
    };
  }

  /** `GET /meeting-invitations/:token` (anyone holding the link). */
  async preview(token: string, language: Language): Promise<InvitationPreviewResponse> {
    const m = this.dataSource.manager;
    const invitation = await m.findOneBy(MeetingInvitation, { tokenHash: hashOf(token) });
    if (!invitation) throw problems.notFound('Invitation');
    const e = await m.findOneByOrFail(Exhibition, { id: invitation.exhibitionId });
    return {
      exhibitionId: e.id,
      exhibitionTitle: e.translations?.[language]?.title ?? e.title,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
      status: invitation.acceptedAt
        ? 'used'
        : invitation.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : 'open',
    };
  }

  /** `POST /meeting-invitations/accept`: the signed-in holder joins with one of their organisations. */
  async accept(principal: Principal, dto: AcceptInvitationDto): Promise<ParticipantResponse> {
    return this.dataSource.transaction(async (m) => {
      const invitation = await m.findOne(MeetingInvitation, {
        where: { tokenHash: hashOf(dto.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw problems.notFound('Invitation');
      if (invitation.acceptedAt)
        throw problems.conflict('This invitation link was already used.', 'invitation-used');
      if (invitation.expiresAt.getTime() <= Date.now())
        throw problems.conflict('This invitation link has expired.', 'invitation-expired');
      const org = await participatingOrganization(
        m,
        principal,
        dto.organizationId,
        'You may join only with an organisation you belong to.',
      );
      const e = await m.findOneByOrFail(Exhibition, { id: invitation.exhibitionId });
      if (e.status !== 'published') throw problems.illegalTransition(e.status, 'join');
      // Invited by the organisers: approved at once (a pending registration too).
      let p = await m.findOneBy(ExhibitionParticipant, {
        exhibitionId: e.id,
        organizationId: org.id,
      });
      p ??= m.create(ExhibitionParticipant, {
        exhibitionId: e.id,
        organizationId: org.id,
        registeredById: principal.userId,
        unavailable: [],
      });
      p.status = 'approved';
      p.decidedAt = new Date();
      await m.save(p);
      invitation.acceptedAt = new Date();
      invitation.acceptedOrganizationId = org.id;
      await m.save(invitation);
      return participantView(p, await Refs.load(m, [org.id], []));
    });
  }
}
