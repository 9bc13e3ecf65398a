import { Injectable } from '@nestjs/common';
import { Principal } from '@niaz/identity';
import { Bid } from '@niaz/bids';
import { Need, NeedNda } from '@niaz/needs';
import { DataSource } from 'typeorm';
import { MeetingFunnelResponse } from './dto/meetings.response';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { organisedExhibition } from './meeting-context';
import { MeetingRequest } from './meeting-request.entity';
import { Meeting } from './meeting.entity';

/**
 * The meeting funnel of an exhibition: requested → accepted → scheduled → held / no-show, and
 * what followed a held meeting about a need: the other side accepted the need's NDA, bid on it,
 * won it (each after the meeting's slot), and the annual import value those awards substitute.
 */
@Injectable()
export class MeetingFunnelService {
  constructor(private readonly dataSource: DataSource) {}

  async funnel(principal: Principal, exhibitionId: string): Promise<MeetingFunnelResponse> {
    const m = this.dataSource.manager;
    await organisedExhibition(m, principal, exhibitionId);
    const requests = await m
      .createQueryBuilder(MeetingRequest, 'r')
      .select('r.status', 'status')
      .addSelect('count(*)::int', 'n')
      .addSelect(
        `count(*) FILTER (WHERE r.status = 'pending' AND r."expiresAt" <= now())::int`,
        'due',
      )
      .where('r."exhibitionId" = :exhibitionId', { exhibitionId })
      .groupBy('r.status')
      .getRawMany<{ status: string; n: number; due: number }>();
    const count = (s: string) => requests.find((r) => r.status === s)?.n ?? 0;
    const due = requests.find((r) => r.status === 'pending')?.due ?? 0;
    const meetings = await m
      .createQueryBuilder(Meeting, 'mt')
      .select('count(*)::int', 'accepted')
      .addSelect('count(*) FILTER (WHERE mt."slotStart" IS NOT NULL)::int', 'scheduled')
      .addSelect(`count(*) FILTER (WHERE mt.status = 'held')::int`, 'held')
      .addSelect(`count(*) FILTER (WHERE mt.status = 'no_show')::int`, 'noShow')
      .where('mt."exhibitionId" = :exhibitionId', { exhibitionId })
      .getRawOne<{ accepted: number; scheduled: number; held: number; noShow: number }>();
    // The side that is not the need's owner, for held meetings about a need.
    const held = m
      .createQueryBuilder(Meeting, 'mt')
      .innerJoin(Need, 'n', 'n.id = mt."needId"')
      .where('mt."exhibitionId" = :exhibitionId', { exhibitionId })
      .andWhere(`mt.status = 'held'`);
    const other = `CASE WHEN n."organizationId" = mt."requesterOrganizationId" THEN mt."recipientOrganizationId" ELSE mt."requesterOrganizationId" END`;
    const nda = await held
      .clone()
      .innerJoin(
        NeedNda,
        'd',
        `d."needId" = n.id AND d."organizationId" = ${other} AND d."acceptedAt" >= mt."slotStart"`,
      )
      .select('count(DISTINCT mt.id)::int', 'n')
      .getRawOne<{ n: number }>();
    const bids = await held
      .clone()
      .innerJoin(
        Bid,
        'b',
        `b."needId" = n.id AND b."organizationId" = ${other} AND b."createdAt" >= mt."slotStart"`,
      )
      .select(`count(DISTINCT mt.id) FILTER (WHERE b.status <> 'withdrawn')::int`, 'bid')
      .addSelect(`count(DISTINCT mt.id) FILTER (WHERE b.status = 'awarded')::int`, 'award')
      .getRawOne<{ bid: number; award: number }>();
    const awardedNeeds = held
      .clone()
      .innerJoin(
        Bid,
        'b',
        `b."needId" = n.id AND b."organizationId" = ${other} AND b.status = 'awarded' AND b."createdAt" >= mt."slotStart"`,
      )
      .andWhere('n."annualImportValueAmount" IS NOT NULL')
      .select('DISTINCT n.id', 'id')
      .addSelect('n."annualImportValueCurrency"', 'currency')
      .addSelect('n."annualImportValueAmount"', 'amount');
    const substituted = await m
      .createQueryBuilder()
      .select('x.currency', 'currency')
      .addSelect('round(sum(x.amount), 2)::text', 'amount')
      .from(`(${awardedNeeds.getQuery()})`, 'x')
      .setParameters(awardedNeeds.getParameters())
      .groupBy('x.currency')
      .orderBy('x.currency')
      .getRawMany<{ currency: string; amount: string }>();
    const participants = await m.count(ExhibitionParticipant, {
      where: { exhibitionId, status: 'approved' },
    });
    return {
      exhibitionId,
      participants,
      requested: requests.reduce((s, r) => s + r.n, 0),
      pending: count('pending') - due,
      declined: count('declined'),
      expired: count('expired') + due,
      accepted: meetings?.accepted ?? 0,
      scheduled: meetings?.scheduled ?? 0,
      held: meetings?.held ?? 0,
      noShow: meetings?.noShow ?? 0,
      followedByNda: nda?.n ?? 0,
      followedByBid: bids?.bid ?? 0,
      followedByAward: bids?.award ?? 0,
      importValueSubstituted: substituted.map((r) => ({ amount: r.amount, currency: r.currency })),
    };
  }
}
