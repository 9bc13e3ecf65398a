import { Injectable } from '@nestjs/common';
import {
  audit,
  decodeCursor,
  encodeCursor,
  mapPage,
  PageQueryDto,
  paginate,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  problems,
} from '@niaz/core';
import { Organization, Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { CreateNeedDto } from './dto/create-need.dto';
import { InviteDto, ListNeedsQueryDto, NdaDto } from './dto/need-actions.dto';
import { UpdateNeedDto } from './dto/update-need.dto';
import { detectLanguage } from '@niaz/text';
import { assertOwner, assertVisible, isNeedOwner } from './need-access';
import { isEditable, NeedAction, nextNeedStatus } from './need-lifecycle';
import { Need } from './need.entity';
import { needView } from './need.view';
import { NeedDetailView } from './need-detail-view.entity';
import { NeedInvitation } from './need-invitation.entity';
import { NeedNda } from './need-nda.entity';

type NeedFields = Omit<UpdateNeedDto, 'annualImportValue' | 'targetPrice'> &
  Pick<CreateNeedDto, 'annualImportValue' | 'targetPrice'>;

/** Maps payload fields onto the entity (money split into amount + currency columns). */
function applyFields(need: Need, dto: NeedFields): void {
  const { annualImportValue, targetPrice, bidDeadline, country, importOrigin, ...rest } = dto;
  // Absent optional fields arrive as own `undefined` properties of the DTO instance: skip
  // them, or they would erase what create() set (the detected language).
  Object.assign(need, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
  if (bidDeadline !== undefined) need.bidDeadline = new Date(bidDeadline);
  if (country !== undefined) need.country = country.toUpperCase();
  if (importOrigin !== undefined) need.importOrigin = importOrigin.toUpperCase();
  if (annualImportValue !== undefined) {
    need.annualImportValueAmount = annualImportValue.amount;
    need.annualImportValueCurrency = annualImportValue.currency.toUpperCase();
  }
  if (targetPrice !== undefined) {
    need.targetPriceAmount = targetPrice.amount;
    need.targetPriceCurrency = targetPrice.currency.toUpperCase();
  }
}

@Injectable()
export class NeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(principal: Principal, dto: CreateNeedDto) {
    const organizationId = principal.actingOrganization('manufacturer', dto.organizationId);
    if (!organizationId) {
      throw dto.organizationId
        ? problems.forbidden('You are not a member of that manufacturer organisation.')
        : problems.forbidden('Only members of a manufacturer organisation post needs.');
    }
    const { organizationId: _ignored, ...fields } = dto;
    const need = this.dataSource.getRepository(Need).create({
      organizationId,
      createdById: principal.userId,
      status: 'draft',
      language: dto.language ?? detectLanguage(`${dto.title} ${dto.description ?? ''}`),
      requiredCertifications: [],
    });
    applyFields(need, fields);
    await this.dataSource.transaction(async (m) => {
      await m.save(need);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'need',
        subjectId: need.id,
        action: 'create',
        after: { status: 'draft' },
      });
    });
    return needView(need, { details: true });
  }

  async update(principal: Principal, id: string, dto: UpdateNeedDto) {
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (!isEditable(need.status)) throw problems.illegalTransition(need.status, 'edit');
      applyFields(need, dto);
      await m.save(need);
      if (need.status === 'open')
        await this.outbox.write(m, 'need.updated', { needId: id, actorId: principal.userId });
      return needView(need, { details: true });
    });
  }

  publish(principal: Principal, id: string) {
    return this.ownerTransition(principal, id, 'publish');
  }

  close(principal: Principal, id: string, reason: string) {
    return this.ownerTransition(principal, id, 'close', reason);
  }

  cancel(principal: Principal, id: string, reason: string) {
    return this.ownerTransition(principal, id, 'cancel', reason);
  }

  private async ownerTransition(
    principal: Principal,
    id: string,
    action: NeedAction,
    reason?: string,
  ) {
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (action === 'publish' && need.bidDeadline.getTime() <= Date.now()) {
        throw problems.validation([
          {
            field: 'bidDeadline',
            message: 'bidDeadline has passed; move it to the future before publishing',
            code: 'deadlinePassed',
          },
        ]);
      }
      await this.applyTransition(m, need, action, principal.userId, reason);
      return needView(need, { details: true });
    });
  }

  /**
   * Moves a locked need along its lifecycle inside the caller's transaction, with the audit
   * entry and the outbox event. Used by the owner's actions, the deadline sweep and awards.
   */
  async applyTransition(
    m: EntityManager,
    need: Need,
    action: NeedAction,
    actorId: string | null,
    reason?: string | null,
  ): Promise<void> {
    const to = nextNeedStatus(need.status, action);
    if (!to) throw problems.illegalTransition(need.status, action);
    const before = { status: need.status };
    need.status = to;
    if (to === 'open') need.publishedAt = new Date();
    if (to !== 'open' && to !== 'evaluating') need.closedAt = new Date();
    if (reason) need.closeReason = reason;
    await m.save(need);
    await audit(m, {
      actorId,
      subjectType: 'need',
      subjectId: need.id,
      action,
      before,
      after: { status: to, reason: reason ?? null },
    });
    if (to === 'open') await this.outbox.write(m, 'need.published', { needId: need.id, actorId });
    else
      await this.outbox.write(m, 'need.closed', {
        needId: need.id,
        actorId,
        status: to,
        reason: reason ?? null,
      });
  }

  /** Locks the need row for the rest of the transaction. */
  lock(m: EntityManager, id: string): Promise<Need | null> {
    return m.findOne(Need, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findVisible(principal: Principal | undefined, id: string): Promise<Need> {
    const need = await this.dataSource.getRepository(Need).findOneBy({ id });
    assertVisible(principal, need);
    return need;
  }

  async findOwned(principal: Principal, id: string): Promise<Need> {
    const need = await this.dataSource.getRepository(Need).findOneBy({ id });
    assertOwner(principal, need);
    return need;
  }

  /** Public fields for all; details for the owner and for suppliers who accepted the NDA (each reading logged). */
  async get(principal: Principal | undefined, id: string) {
    const need = await this.findVisible(principal, id);
    const owner = isNeedOwner(principal, need);
    const signer = !owner && principal ? await this.ndaOrganization(principal, need) : undefined;
    const details = owner || !!signer;
    if (signer && principal && need.details) {
      await this.dataSource
        .getRepository(NeedDetailView)
        .insert({ needId: id, userId: principal.userId, organizationId: signer });
    }
    return needView(need, { details });
  }

  /** The caller's supplier organisation that may read the details, if any. */
  private async ndaOrganization(principal: Principal, need: Need): Promise<string | undefined> {
    const suppliers = principal.organizationsOfKind('supplier');
    if (suppliers.length === 0) return undefined;
    if (!need.ndaRequired) return suppliers[0];
    const row = await this.dataSource
      .getRepository(NeedNda)
      .createQueryBuilder('n')
      .where('n.needId = :id AND n.organizationId IN (:...orgs)', { id: need.id, orgs: suppliers })
      .getOne();
    return row?.organizationId;
  }

  async list(principal: Principal | undefined, query: ListNeedsQueryDto) {
    const qb = this.dataSource.getRepository(Need).createQueryBuilder('n');
    if (query.mine === 'true') {
      if (!principal) throw problems.unauthorized();
      const orgs = principal.organizationIds();
      if (orgs.length === 0) return { items: [], nextCursor: null };
      qb.where('n.organizationId IN (:...orgs)', { orgs });
    } else {
      qb.where(`n.status <> 'draft'`);
    }
    if (query.status) qb.andWhere('n.status = :status', { status: query.status });
    if (query.organizationId) qb.andWhere('n.organizationId = :org', { org: query.organizationId });
    const page = await paginate(qb, query);
    return mapPage(page, (n) => needView(n, { details: isNeedOwner(principal, n) }));
  }

  async acceptNda(principal: Principal, id: string, dto: NdaDto) {
    if (dto.accept === false)
      throw problems.validation([
        {
          field: 'accept',
          message: 'accept must be true to read the details',
          code: 'ndaNotAccepted',
        },
      ]);
    const need = await this.findVisible(principal, id);
    if (need.status === 'draft') throw problems.notFound('Need');
    const organizationId = principal.actingOrganization('supplier', dto.organizationId);
    if (!organizationId)
      throw problems.forbidden('Only members of a supplier organisation accept NDAs.');
    if (organizationId === need.organizationId)
      throw problems.conflict('Your organisation owns this need.');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NeedNda)
      .values({ needId: id, organizationId, userId: principal.userId })
      .orIgnore()
      .execute();
    const nda = await this.dataSource
      .getRepository(NeedNda)
      .findOneByOrFail({ needId: id, organizationId });
    return { needId: id, organizationId, acceptedById: nda.userId, acceptedAt: nda.acceptedAt };
  }

  /** Keyset pages over (viewedAt, id) with the shared cursor, so equal timestamps are not skipped. */
  async detailViews(principal: Principal, id: string, query: PageQueryDto) {
    await this.findOwned(principal, id);
    const limit = query.limit ?? 20;
    const key = query.cursor ? decodeCursor(query.cursor) : null;
    const rows: Array<{ id: string; viewedAt: Date }> = await this.dataSource.query(
      `SELECT v.id, v."userId", u.name AS "userName", v."organizationId", o.name AS "organizationName", v."viewedAt"
         FROM need_detail_view v
         JOIN app_user u ON u.id = v."userId"
         LEFT JOIN organization o ON o.id = v."organizationId"
        WHERE v."needId" = $1 AND ($2::timestamptz IS NULL OR (v."viewedAt", v.id) < ($2, $3::uuid))
        ORDER BY v."viewedAt" DESC, v.id DESC LIMIT $4`,
      [id, key?.t ?? null, key?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor(new Date(last.viewedAt), last.id) : null,
    };
  }

  async invite(principal: Principal, id: string, dto: InviteDto) {
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (need.status !== 'open') throw problems.illegalTransition(need.status, 'invite');
      const org = await m.findOneBy(Organization, { id: dto.organizationId });
      if (!org)
        throw problems.validation([
          {
            field: 'organizationId',
            message: 'organizationId does not name an organisation',
            code: 'unknownReference',
          },
        ]);
      if (!org.kinds.includes('supplier')) {
        throw problems.validation([
          {
            field: 'organizationId',
            message: 'organizationId must name a supplier organisation',
            code: 'unknownReference',
          },
        ]);
      }
      try {
        const invitation = await m.save(
          m.create(NeedInvitation, {
            needId: id,
            organizationId: org.id,
            invitedById: principal.userId,
          }),
        );
        await this.outbox.write(m, 'need.invitation', {
          needId: id,
          organizationId: org.id,
          actorId: principal.userId,
        });
        return {
          id: invitation.id,
          needId: id,
          organizationId: org.id,
          createdAt: invitation.createdAt,
          updatedAt: invitation.updatedAt,
        };
      } catch (e) {
        if (pgErrorCode(e) === PG_UNIQUE_VIOLATION)
          throw problems.conflict('This organisation is already invited.');
        throw e;
      }
    });
  }
}
