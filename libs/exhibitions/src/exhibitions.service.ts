import { Injectable } from '@nestjs/common';
import { audit, mapPage, PageQueryDto, paginate, problems, wireTime } from '@niaz/core';
import type { ExhibitionInvitationResponse } from './dto/exhibition.response';
import { findInvitee, Organization, Principal, saveInvitation } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { detectLanguage } from '@niaz/text';
import { DataSource, EntityManager, In } from 'typeorm';
import { ListExhibitionsQueryDto } from './dto/exhibition-queries.dto';
import { CreateExhibitionDto, UpdateExhibitionDto } from './dto/exhibition.dto';
import { InvitationDto } from './dto/submission.dto';
import { assertExhibitionVisible, assertOrganiser, isOrganiser } from './exhibition-access';
import { isPublicExhibition, nextExhibitionStatus } from './exhibition-lifecycle';
import { scheduleErrors } from './exhibition-schedule';
import { Exhibition } from './exhibition.entity';
import { applyExhibitionFields } from './exhibition-fields';
import { ExhibitionInvitation } from './exhibition-invitation.entity';
import { exhibitionView, OrganizationRef } from './exhibition.view';
import type { ExhibitionResponse } from './dto/exhibition.response';
import type { Page } from '@niaz/core';

@Injectable()
export class ExhibitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(principal: Principal, dto: CreateExhibitionDto): Promise<ExhibitionResponse> {
    const organizationId = principal.actingOrganization('organiser', dto.organizationId);
    if (!organizationId) {
      throw dto.organizationId
        ? problems.forbidden('You are not a member of that organiser organisation.')
        : problems.forbidden('Only members of an organiser organisation create exhibitions.');
    }
    const { organizationId: _ignored, ...fields } = dto;
    const e = this.dataSource.getRepository(Exhibition).create({
      organizationId,
      createdById: principal.userId,
      status: 'draft',
      language: dto.language ?? detectLanguage(`${dto.title} ${dto.description ?? ''}`),
      description: '',
      translations: {},
      hsChapters: [],
      isic: [],
      sections: [],
      province: null,
      publishedAt: null,
      closedAt: null,
    });
    applyExhibitionFields(e, fields);
    this.assertSchedule(e);
    await this.dataSource.transaction(async (m) => {
      await m.save(e);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'exhibition',
        subjectId: e.id,
        action: 'create',
        after: { status: 'draft' },
      });
    });
    return exhibitionView(e, await this.organizationRef(e.organizationId));
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateExhibitionDto,
  ): Promise<ExhibitionResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.lockForOrganiser(m, principal, id);
      if (!nextExhibitionStatus(e.status, 'edit'))
        throw problems.illegalTransition(e.status, 'edit');
      applyExhibitionFields(e, dto);
      this.assertSchedule(e);
      await m.save(e);
      return exhibitionView(e, await this.organizationRef(e.organizationId, m));
    });
  }

  publish(principal: Principal, id: string): Promise<ExhibitionResponse> {
    return this.transition(principal, id, 'publish');
  }

  close(principal: Principal, id: string): Promise<ExhibitionResponse> {
    return this.transition(principal, id, 'close');
  }

  private async transition(principal: Principal, id: string, action: 'publish' | 'close') {
    return this.dataSource.transaction(async (m) => {
      const e = await this.lockForOrganiser(m, principal, id);
      const to = nextExhibitionStatus(e.status, action);
      if (!to) throw problems.illegalTransition(e.status, action);
      if (action === 'publish' && e.endsAt.getTime() <= Date.now()) {
        throw problems.validation([
          {
            field: 'endsAt',
            message: 'endsAt has passed; move it to the future before publishing',
            code: 'deadlinePassed',
          },
        ]);
      }
      const before = { status: e.status };
      e.status = to;
      if (action === 'publish') e.publishedAt = new Date();
      else e.closedAt = new Date();
      await m.save(e);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'exhibition',
        subjectId: e.id,
        action,
        before,
        after: { status: to },
      });
      await this.outbox.write(
        m,
        action === 'publish' ? 'exhibition.published' : 'exhibition.closed',
        {
          exhibitionId: e.id,
          actorId: principal.userId,
        },
      );
      return exhibitionView(e, await this.organizationRef(e.organizationId, m));
    });
  }

  async get(principal: Principal | undefined, id: string): Promise<ExhibitionResponse> {
    const e = await this.findVisible(principal, id);
    return exhibitionView(e, await this.organizationRef(e.organizationId));
  }

  /** Published ones by default; `mine` and `invited` show drafts to those who may see them. */
  async list(
    principal: Principal | undefined,
    query: ListExhibitionsQueryDto,
  ): Promise<Page<ExhibitionResponse>> {
    const qb = this.dataSource.getRepository(Exhibition).createQueryBuilder('e');
    const mine = query.mine === 'true';
    const invited = query.invited === 'true';
    if (mine || invited) {
      if (!principal) throw problems.unauthorized();
      const orgs = principal.organizationIds();
      if (orgs.length === 0) return { items: [], nextCursor: null };
      if (mine) qb.where('e.organizationId IN (:...orgs)', { orgs });
      if (invited)
        qb.andWhere(
          'e.id IN (SELECT i."exhibitionId" FROM exhibition_invitation i WHERE i."organizationId" IN (:...orgs))',
          { orgs },
        );
      if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    } else {
      const status = query.status ?? 'published';
      if (!isPublicExhibition(status))
        throw problems.validation([
          {
            field: 'status',
            message: 'drafts are listed only with mine=true or invited=true',
            code: 'notPublic',
          },
        ]);
      qb.where('e.status = :status', { status });
    }
    const page = await paginate(qb, query);
    const orgs = await this.organizationRefs(page.items.map((e) => e.organizationId));
    return mapPage(page, (e) => exhibitionView(e, orgs.get(e.organizationId)));
  }

  async invite(
    principal: Principal,
    id: string,
    dto: InvitationDto,
  ): Promise<ExhibitionInvitationResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await this.lockForOrganiser(m, principal, id);
      if (!nextExhibitionStatus(e.status, 'invite'))
        throw problems.illegalTransition(e.status, 'invite');
      const org = await findInvitee(m, dto.organizationId, 'manufacturer');
      const invitation = await saveInvitation(
        m,
        ExhibitionInvitation,
        { exhibitionId: id, organizationId: org.id, invitedById: principal.userId },
        'duplicate-invitation',
      );
      await this.outbox.write(m, 'exhibition.invitation', {
        exhibitionId: id,
        organizationId: org.id,
        actorId: principal.userId,
      });
      return invitationView(invitation, { id: org.id, name: org.name });
    });
  }

  /** Newest first, a page at a time (keyset cursor). */
  async invitations(
    principal: Principal,
    id: string,
    query: PageQueryDto = {},
  ): Promise<Page<ExhibitionInvitationResponse>> {
    const e = await this.findVisible(principal, id);
    if (!isOrganiser(principal, e))
      throw problems.forbidden("Only the exhibition's organisers may do this.");
    const qb = this.dataSource
      .getRepository(ExhibitionInvitation)
      .createQueryBuilder('i')
      .where('i.exhibitionId = :id', { id });
    const page = await paginate(qb, query);
    const orgs = await this.organizationRefs(page.items.map((r) => r.organizationId));
    return mapPage(page, (r) => invitationView(r, orgs.get(r.organizationId)));
  }

  /** The exhibition if the caller may see it (drafts: organisers, invited organisations, admins). */
  async findVisible(principal: Principal | undefined, id: string): Promise<Exhibition> {
    const e = await this.dataSource.getRepository(Exhibition).findOneBy({ id });
    const invited = !!e && !isPublicExhibition(e.status) && (await this.isInvited(principal, e.id));
    assertExhibitionVisible(principal, e, invited);
    return e;
  }

  /** Whether one of the caller's organisations is invited to the exhibition. */
  async isInvited(
    principal: Principal | undefined,
    exhibitionId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const orgs = principal?.organizationIds() ?? [];
    if (orgs.length === 0) return false;
    return m.exists(ExhibitionInvitation, {
      where: { exhibitionId, organizationId: In(orgs) },
    });
  }

  /** Locks the exhibition row for an organiser's change (404/403 as the caller may see it). */
  async lockForOrganiser(m: EntityManager, principal: Principal, id: string): Promise<Exhibition> {
    const e = await m.findOne(Exhibition, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const invited =
      !!e &&
      !isPublicExhibition(e.status) &&
      !isOrganiser(principal, e) &&
      (await this.isInvited(principal, id, m));
    assertOrganiser(principal, e, invited);
    return e;
  }

  async organizationRef(
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationRef | null> {
    const org = await m.findOne(Organization, { where: { id }, select: { id: true, name: true } });
    return org ? { id: org.id, name: org.name } : null;
  }

  async organizationRefs(ids: string[]): Promise<Map<string, OrganizationRef>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Organization)
      .find({ where: { id: In(unique) }, select: { id: true, name: true } });
    return new Map(rows.map((o) => [o.id, { id: o.id, name: o.name }]));
  }

  private assertSchedule(e: Exhibition): void {
    const errors = scheduleErrors(e);
    if (errors.length) throw problems.validation(errors);
  }
}

function invitationView(
  i: ExhibitionInvitation,
  organization?: OrganizationRef | null,
): ExhibitionInvitationResponse {
  return {
    id: i.id,
    exhibitionId: i.exhibitionId,
    organizationId: i.organizationId,
    organization: organization ?? null,
    invitedById: i.invitedById,
    createdAt: wireTime(i.createdAt),
    updatedAt: wireTime(i.updatedAt),
  };
}
