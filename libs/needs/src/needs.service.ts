import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  audit,
  auditMany,
  countryTimeZone,
  decodeCursor,
  encodeCursor,
  invalidCursor,
  Language,
  mapPage,
  PageQueryDto,
  paginate,
  problems,
  wireTime,
} from '@niaz/core';
import {
  findInvitee,
  organizationRowSql,
  Principal,
  saveInvitation,
  userRowSql,
} from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { CreateNeedDto, NeedTranslationDto } from './dto/create-need.dto';
import type {
  AmendmentResponse,
  DetailViewPageResponse,
  DetailViewResponse,
  InvitationResponse,
  NdaAcceptanceResponse,
} from './dto/need.response';
import { InviteDto, ListNeedsQueryDto, NdaDto } from './dto/need-actions.dto';
import { AmendNeedDto, NeedChangesDto, UpdateNeedDto } from './dto/update-need.dto';
import { unknownHsCodes } from '@niaz/hs';
import { detectLanguage } from '@niaz/text';
import { timeZoneErrors } from './need-time-zone';
import { assertOwner, assertVisible, isNeedOwner, wasPublished } from './need-access';
import { isEditable, NeedAction, nextNeedStatus } from './need-lifecycle';
import { Need } from './need.entity';
import { needView } from './need.view';
import { NeedDetailView } from './need-detail-view.entity';
import { NeedInvitation } from './need-invitation.entity';
import { NeedNda } from './need-nda.entity';
import { FieldChange, NeedAmendment } from './need-amendment.entity';
import { diffTerms, TERM_FIELDS, termsOf } from './need-terms';
import { recordFirstNeedEvents, recordNeedEvent } from './need-audit';
import { insertDraftWithEvents } from './need-draft-insert';
import { AwardCriteria, awardCriteriaErrors, normalizeAwardCriteria } from './award-criteria';
import type { NeedResponse } from './dto/need.response';
import type { Page } from '@niaz/core';

const DAY_MS = 86400_000;

type NeedFields = Omit<NeedChangesDto, 'annualImportValue' | 'targetPrice'> &
  Pick<CreateNeedDto, 'annualImportValue' | 'targetPrice'>;

/** Maps payload fields onto the entity (money split into amount + currency columns). */
/** What the DTOs cannot check alone: HS codes in HS 2022, an IANA time zone; 400 naming each. */
function assertNeedInput(
  dto: {
    hsCodes?: string[];
    timeZone?: string;
    awardCriteria?: Partial<AwardCriteria> | null;
  },
  prefix = '',
): void {
  const errors = [
    ...unknownHsCodes(dto.hsCodes, `${prefix}hsCodes`),
    ...timeZoneErrors(dto.timeZone, `${prefix}timeZone`),
    ...awardCriteriaErrors(dto.awardCriteria, `${prefix}awardCriteria`),
  ];
  if (errors.length) throw problems.validation(errors);
}

/** API.md calls a translation's text `summary`; it is stored as `description`. */
function storedTranslations(translations: NonNullable<NeedFields['translations']>) {
  const out: Need['translations'] = {};
  for (const [lang, t] of Object.entries(translations) as [Language, NeedTranslationDto][]) {
    if (!t) continue;
    const description = t.description ?? t.summary;
    out[lang] = {
      ...(t.title !== undefined ? { title: t.title } : {}),
      ...(description !== undefined ? { description } : {}),
    };
  }
  return out;
}

function applyFields(need: Need, dto: NeedFields): void {
  const {
    annualImportValue,
    targetPrice,
    bidDeadline,
    country,
    importOrigin,
    clarificationsUntil: _clarificationsUntil,
    bidCurrency,
    awardCriteria,
    translations,
    ...rest
  } = dto;
  // Absent optional fields arrive as own `undefined` properties of the DTO instance: skip
  // them, or they would erase what create() set (the detected language).
  Object.assign(need, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
  if (translations !== undefined) need.translations = storedTranslations(translations);
  if (bidDeadline !== undefined) need.bidDeadline = new Date(bidDeadline);
  if (dto.clarificationsUntil !== undefined)
    need.clarificationsUntil = new Date(dto.clarificationsUntil);
  if (country !== undefined) {
    const upper = country.toUpperCase();
    // A need that kept its country's zone follows a new country; a zone chosen stays.
    if (
      dto.timeZone === undefined &&
      (!need.timeZone || need.timeZone === countryTimeZone(need.country ?? ''))
    )
      need.timeZone = countryTimeZone(upper);
    need.country = upper;
  }
  if (importOrigin !== undefined) need.importOrigin = importOrigin.toUpperCase();
  // null clears: any currency, no weights.
  if (bidCurrency !== undefined) need.bidCurrency = bidCurrency?.toUpperCase() ?? null;
  if (awardCriteria !== undefined)
    need.awardCriteria = awardCriteria && normalizeAwardCriteria(awardCriteria);
  if (annualImportValue !== undefined) {
    need.annualImportValueAmount = annualImportValue.amount;
    need.annualImportValueCurrency = annualImportValue.currency.toUpperCase();
  }
  if (targetPrice !== undefined) {
    need.targetPriceAmount = targetPrice.amount;
    need.targetPriceCurrency = targetPrice.currency.toUpperCase();
  }
}

/**
 * The rules a published need's owner cannot bend (they hold from publication, not from the
 * first bid, so that what the owner is refused never tells whether bids exist):
 * after the deadline nothing changes; the visibility of bids is fixed; the deadline moves
 * later, never earlier.
 */
function assertTenderRules(need: Need, dto: NeedChangesDto): void {
  if (need.bidDeadline.getTime() <= Date.now())
    throw problems.conflict(
      'The bid deadline has passed: the terms are frozen. Repost the need to run it again.',
      'terms-frozen',
    );
  if (
    dto.bidsVisibleBeforeDeadline !== undefined &&
    dto.bidsVisibleBeforeDeadline !== need.bidsVisibleBeforeDeadline
  )
    throw problems.conflict(
      'Whether bids are visible before the deadline is fixed at publication.',
      'fixed-at-publication',
    );
  if (dto.bidDeadline !== undefined && new Date(dto.bidDeadline) < need.bidDeadline)
    throw problems.conflict(
      'Once published, the bid deadline may be extended, never shortened.',
      'deadline-shortened',
    );
}

/** A row of `detail-views` as read: the time still a Date, and the cursor's `seq`. */
type DetailViewRow = Omit<DetailViewResponse, 'viewedAt'> & { viewedAt: Date; seq: string };

/** An amendment as the API shows it; the values of `details` only to who may read them. */
export function amendmentView(a: NeedAmendment, details: boolean): AmendmentResponse {
  const changes = { ...a.changes };
  if (changes.details && !details)
    changes.details = { before: null, after: null, confidential: true } as FieldChange;
  return {
    id: a.id,
    needId: a.needId,
    rationale: a.rationale,
    changes,
    fields: TERM_FIELDS.filter((f) => f in changes),
    deadlineExtended: a.deadlineExtended,
    createdAt: wireTime(a.createdAt),
  };
}

@Injectable()
export class NeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, dto: CreateNeedDto): Promise<NeedResponse> {
    assertNeedInput(dto);
    const organizationId = principal.actingOrganization('manufacturer', dto.organizationId);
    if (!organizationId) {
      throw dto.organizationId
        ? problems.forbidden('You are not a member of that manufacturer organisation.')
        : problems.forbidden('Only members of a manufacturer organisation post needs.');
    }
    const need = this.draftOf(this.dataSource.manager, principal, organizationId, dto);
    await insertDraftWithEvents(this.dataSource, need, principal.userId);
    return needView(need, { details: true });
  }

  /**
   * Drafts from a checked spreadsheet (libs/needs/src/import), all in one transaction: either
   * every row becomes a need or none does. `organizationId` is one the caller acts for.
   */
  async createDrafts(
    principal: Principal,
    organizationId: string,
    dtos: CreateNeedDto[],
  ): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const needs = dtos.map((dto) => this.draftOf(m, principal, organizationId, dto));
      // Inserted in chunks, not one by one: a 1,000-row file is written within seconds.
      for (let i = 0; i < needs.length; i += 200) await m.insert(Need, needs.slice(i, i + 200));
      await auditMany(
        m,
        needs.map((n) => ({
          actorId: principal.userId,
          subjectType: 'need',
          subjectId: n.id,
          action: 'create',
          after: { status: 'draft' },
        })),
      );
      await recordFirstNeedEvents(
        m,
        needs.map((n) => ({ needId: n.id, type: 'create', actorId: principal.userId })),
      );
      return needs.map((n) => n.id);
    });
  }

  private draftOf(
    m: EntityManager,
    principal: Principal,
    organizationId: string,
    dto: CreateNeedDto,
  ): Need {
    const { organizationId: _ignored, ...fields } = dto;
    const need = m.create(Need, {
      organizationId,
      createdById: principal.userId,
      status: 'draft',
      language: dto.language ?? detectLanguage(`${dto.title} ${dto.description ?? ''}`),
      requiredCertifications: [],
    });
    applyFields(need, fields);
    return need;
  }

  /**
   * Edits a draft freely. Once published, a change of terms is an amendment (see amendLocked);
   * other fields (language, ISIC, import origin and value) change without one.
   */
  async update(principal: Principal, id: string, dto: UpdateNeedDto): Promise<NeedResponse> {
    assertNeedInput(dto);
    const { rationale, ...fields } = dto;
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (!isEditable(need.status)) throw problems.illegalTransition(need.status, 'edit');
      if (wasPublished(need)) {
        await this.amendLocked(m, principal, need, fields, rationale, 'rationale');
      } else {
        applyFields(need, fields);
        await m.save(need);
      }
      return needView(need, { details: true });
    });
  }

  /** POST /needs/:id/amendments: the same rules as a PATCH of terms, answering the amendment. */
  async amend(principal: Principal, id: string, dto: AmendNeedDto): Promise<AmendmentResponse> {
    assertNeedInput(dto.changes ?? {}, 'changes.');
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (!wasPublished(need) || !isEditable(need.status))
        throw problems.illegalTransition(need.status, 'amend');
      const amendment = await this.amendLocked(
        m,
        principal,
        need,
        dto.changes ?? {},
        dto.rationale,
        'rationale',
      );
      if (!amendment)
        throw problems.validation([
          { field: 'changes', message: 'changes must change at least one term of the need' },
        ]);
      return amendmentView(amendment, true);
    });
  }

  /**
   * Applies `fields` to a locked published need under the tender rules. A change of terms
   * needs a rationale (400 naming it, nothing written), is stored with every field before and
   * after, moves a deadline closer than AMENDMENT_MIN_DAYS out to that distance, and makes
   * every live bid wait for its supplier's re-confirmation (the need's `amendmentCount` moves
   * past the bids' `termsVersion`). Answers the amendment, or null when no term changed.
   */
  private async amendLocked(
    m: EntityManager,
    principal: Principal,
    need: Need,
    fields: NeedChangesDto,
    rationale: string | undefined,
    rationaleField: string,
  ): Promise<NeedAmendment | null> {
    assertTenderRules(need, fields);
    const before = termsOf(need);
    applyFields(need, fields);
    const changes: Record<string, FieldChange> = diffTerms(before, termsOf(need));
    if (Object.keys(changes).length === 0) {
      await m.save(need);
      await this.outbox.write(m, 'need.updated', { needId: need.id, actorId: principal.userId });
      return null;
    }
    if (!rationale)
      throw problems.validation([
        {
          field: rationaleField,
          message: `${rationaleField} is required to change the terms of a published need`,
          code: 'isDefined',
        },
      ]);
    return this.recordAmendment(m, principal.userId, need, changes, rationale, before.bidDeadline);
  }

  /**
   * Records an amendment of a locked published need whose new state is already applied
   * (terms or, from the attachments lib, its files): moves a deadline closer than
   * AMENDMENT_MIN_DAYS out to that distance, makes every live bid wait for re-confirmation
   * (`amendmentCount` moves past the bids' `termsVersion`), and tells the bidders
   * (`need.amended`). `record` adds facts to the audit entry and the need's record.
   */
  async recordAmendment(
    m: EntityManager,
    actorId: string,
    need: Need,
    changes: Record<string, FieldChange>,
    rationale: string,
    deadlineBefore: unknown = need.bidDeadline.toISOString(),
    record: { audit?: Record<string, unknown>; event?: Record<string, unknown> } = {},
  ): Promise<NeedAmendment> {
    const minMs = this.config.env.AMENDMENT_MIN_DAYS * DAY_MS;
    const deadlineExtended = need.bidDeadline.getTime() - Date.now() < minMs;
    if (deadlineExtended) {
      need.bidDeadline = new Date(Date.now() + minMs);
      changes.bidDeadline = { before: deadlineBefore, after: need.bidDeadline.toISOString() };
    }
    need.amendmentCount += 1;
    await m.save(need);
    const amendment = await m.save(
      m.create(NeedAmendment, { needId: need.id, actorId, rationale, changes, deadlineExtended }),
    );
    const fields = Object.keys(changes);
    await audit(m, {
      actorId,
      subjectType: 'need',
      subjectId: need.id,
      action: 'amend',
      after: { amendmentId: amendment.id, fields, deadlineExtended, ...record.audit },
    });
    await recordNeedEvent(m, {
      needId: need.id,
      type: 'amend',
      actorId,
      data: { amendmentId: amendment.id, fields, rationale, deadlineExtended, ...record.event },
    });
    await this.outbox.write(m, 'need.updated', { needId: need.id, actorId });
    await this.outbox.write(m, 'need.amended', {
      needId: need.id,
      amendmentId: amendment.id,
      actorId,
    });
    return amendment;
  }

  /** The amendments, newest first, to whoever sees the need; `details` values to NDA signers only. */
  async amendments(
    principal: Principal | undefined,
    id: string,
    query: PageQueryDto,
  ): Promise<Page<AmendmentResponse>> {
    const need = await this.findVisible(principal, id);
    const details =
      isNeedOwner(principal, need) ||
      (!!principal && !!(await this.ndaOrganization(principal, need)));
    const qb = this.dataSource
      .getRepository(NeedAmendment)
      .createQueryBuilder('a')
      .where('a.needId = :id', { id });
    const page = await paginate(qb, query);
    return mapPage(page, (a) => amendmentView(a, details));
  }

  publish(principal: Principal, id: string): Promise<NeedResponse> {
    return this.ownerTransition(principal, id, 'publish');
  }

  close(principal: Principal, id: string, reason: string): Promise<NeedResponse> {
    return this.ownerTransition(principal, id, 'close', reason);
  }

  cancel(principal: Principal, id: string, reason: string): Promise<NeedResponse> {
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
    await recordNeedEvent(m, {
      needId: need.id,
      type: action,
      actorId,
      data: { from: before.status, to, reason: reason ?? null },
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
  async get(principal: Principal | undefined, id: string): Promise<NeedResponse> {
    const need = await this.findVisible(principal, id);
    const owner = isNeedOwner(principal, need);
    const signer = !owner && principal ? await this.ndaOrganization(principal, need) : undefined;
    const details = owner || !!signer;
    if (signer && principal && need.details) {
      await this.dataSource.transaction(async (m) => {
        await m
          .getRepository(NeedDetailView)
          .insert({ needId: id, userId: principal.userId, organizationId: signer });
        await recordNeedEvent(m, {
          needId: id,
          type: 'details.read',
          actorId: principal.userId,
          organizationId: signer,
        });
      });
    }
    return needView(need, { details });
  }

  /** The caller's supplier organisation that may read the details, if any. */
  /** Public for attachments: confidential files follow the details rule. */
  async ndaOrganization(principal: Principal, need: Need): Promise<string | undefined> {
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

  async list(
    principal: Principal | undefined,
    query: ListNeedsQueryDto,
  ): Promise<Page<NeedResponse>> {
    const qb = this.dataSource.getRepository(Need).createQueryBuilder('n');
    if (query.mine === 'true') {
      if (!principal) throw problems.unauthorized();
      const orgs = principal.organizationIds();
      if (orgs.length === 0) return { items: [], nextCursor: null };
      qb.where('n.organizationId IN (:...orgs)', { orgs });
    } else {
      qb.where(`n."publishedAt" IS NOT NULL`);
    }
    if (query.status) qb.andWhere('n.status = :status', { status: query.status });
    if (query.organizationId) qb.andWhere('n.organizationId = :org', { org: query.organizationId });
    const page = await paginate(qb, query);
    return mapPage(page, (n) => needView(n, { details: isNeedOwner(principal, n) }));
  }

  async acceptNda(principal: Principal, id: string, dto: NdaDto): Promise<NdaAcceptanceResponse> {
    if (dto.accept === false)
      throw problems.validation([
        {
          field: 'accept',
          message: 'accept must be true to read the details',
          code: 'ndaNotAccepted',
        },
      ]);
    const need = await this.findVisible(principal, id);
    // Never published (a cancelled draft included): there is nothing to sign for.
    if (!wasPublished(need)) throw problems.notFound('Need');
    const organizationId = principal.actingOrganization('supplier', dto.organizationId);
    if (!organizationId)
      throw problems.forbidden('Only members of a supplier organisation accept NDAs.');
    if (organizationId === need.organizationId)
      throw problems.conflict('Your organisation owns this need.');
    await this.dataSource.transaction(async (m) => {
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(NeedNda)
        .values({ needId: id, organizationId, userId: principal.userId })
        .orIgnore()
        .execute();
      if (inserted.identifiers.filter(Boolean).length > 0)
        await recordNeedEvent(m, {
          needId: id,
          type: 'nda',
          actorId: principal.userId,
          organizationId,
        });
    });
    const nda = await this.dataSource
      .getRepository(NeedNda)
      .findOneByOrFail({ needId: id, organizationId });
    return {
      needId: id,
      organizationId,
      acceptedById: nda.userId,
      acceptedAt: wireTime(nda.acceptedAt),
    };
  }

  /** Keyset pages over (viewedAt, seq) with the shared cursor: equal timestamps keep their order. */
  async detailViews(
    principal: Principal,
    id: string,
    query: PageQueryDto,
  ): Promise<DetailViewPageResponse> {
    await this.findOwned(principal, id);
    const limit = query.limit ?? 20;
    const key = query.cursor ? decodeCursor(query.cursor) : null;
    if (key && !/^\d+$/.test(key.k)) throw invalidCursor();
    const rows: Array<DetailViewRow> = await this.dataSource.query(
      `SELECT v.id, v.seq, v."userId", u.name AS "userName", v."organizationId", o.name AS "organizationName", v."viewedAt"
         FROM need_detail_view v
         JOIN LATERAL (${userRowSql('v."userId"')}) u ON true
         LEFT JOIN LATERAL (${organizationRowSql('v."organizationId"')}) o ON true
        WHERE v."needId" = $1 AND ($2::timestamptz IS NULL OR (v."viewedAt", v.seq) < ($2, $3::bigint))
        ORDER BY v."viewedAt" DESC, v.seq DESC LIMIT $4`,
      [id, key?.t ?? null, key?.k ?? null, limit + 1],
    );
    const items = rows
      .slice(0, limit)
      .map(({ seq: _seq, ...view }) => ({ ...view, viewedAt: wireTime(view.viewedAt) }));
    const last = rows[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor(new Date(last.viewedAt), String(last.seq))
          : null,
    };
  }

  async invite(principal: Principal, id: string, dto: InviteDto): Promise<InvitationResponse> {
    return this.dataSource.transaction(async (m) => {
      const need = await this.lock(m, id);
      assertOwner(principal, need);
      if (need.status !== 'open') throw problems.illegalTransition(need.status, 'invite');
      const org = await findInvitee(m, dto.organizationId, 'supplier');
      const invitation = await saveInvitation(m, NeedInvitation, {
        needId: id,
        organizationId: org.id,
        invitedById: principal.userId,
      });
      await this.outbox.write(m, 'need.invitation', {
        needId: id,
        organizationId: org.id,
        actorId: principal.userId,
      });
      return {
        id: invitation.id,
        needId: id,
        organizationId: org.id,
        createdAt: wireTime(invitation.createdAt),
        updatedAt: wireTime(invitation.updatedAt),
      };
    });
  }
}
