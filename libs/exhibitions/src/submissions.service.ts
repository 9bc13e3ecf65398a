import { Injectable } from '@nestjs/common';
import { audit, mapPage, paginate, PG_UNIQUE_VIOLATION, pgErrorCode, problems } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { Need } from '@niaz/needs';
import { DataSource, EntityManager, In } from 'typeorm';
import { ListMySubmissionsQueryDto, ListSubmissionsQueryDto } from './dto/exhibition-queries.dto';
import { CreateSubmissionDto, UpdateSubmissionDto } from './dto/submission.dto';
import { assertExhibitionVisible, isOrganiser } from './exhibition-access';
import {
  nextExhibitionStatus,
  nextSubmissionStatus,
  SubmissionAction,
  SubmissionDecision,
} from './exhibition-lifecycle';
import { Exhibition } from './exhibition.entity';
import { ExhibitionInvitation } from './exhibition-invitation.entity';
import { ExhibitionSubmission } from './exhibition-submission.entity';
import { submissionView } from './exhibition.view';
import { decideSubmission } from './submission-rules';
import { ExhibitionsService } from './exhibitions.service';
import type { SubmissionResponse } from './dto/exhibition.response';
import type { Page } from '@niaz/core';

interface NeedSummary {
  id: string;
  title: string;
  status: string;
  organizationId: string;
}
type OrganiserAction = Exclude<SubmissionAction, 'resubmit'>;
const DECISION: Record<OrganiserAction, SubmissionDecision> = {
  approve: 'approved',
  reject: 'rejected',
  requestChanges: 'changes_requested',
};
/** A need that ended badly has no place in a catalog. */
const APPROVABLE_NEED_STATUSES = ['open', 'evaluating', 'awarded'];

/**
 * Need owners propose their open needs; the organisers approve, reject or request changes,
 * and place approved needs in the catalog. Lock order everywhere: exhibition, need,
 * submission.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly exhibitions: ExhibitionsService,
  ) {}

  /**
   * `POST /exhibitions/:id/submissions {needId}`. A published exhibition takes submissions from
   * any need owner, a draft one from invited organisations only, both until the submission
   * deadline. Posting a need again whose changes were requested resubmits it (`created: false`).
   */
  async submit(
    principal: Principal,
    exhibitionId: string,
    dto: CreateSubmissionDto,
  ): Promise<{ created: boolean; submission: SubmissionResponse }> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const e = await m.findOne(Exhibition, {
          where: { id: exhibitionId },
          lock: { mode: 'pessimistic_read' },
        });
        const visibleByInvitation =
          !!e && (await this.exhibitions.isInvited(principal, exhibitionId, m));
        assertExhibitionVisible(principal, e, visibleByInvitation);
        const need = await m.findOne(Need, {
          where: { id: dto.needId },
          lock: { mode: 'pessimistic_read' },
        });
        const existing =
          need &&
          (await m.findOne(ExhibitionSubmission, {
            where: { exhibitionId, needId: need.id },
            lock: { mode: 'pessimistic_write' },
          }));
        const { verdict, need: submitted } = decideSubmission({
          exhibition: e,
          need,
          callerOwnsNeed: !!need && principal.isMemberOf(need.organizationId),
          needOrganizationInvited:
            e.status === 'draft' &&
            !!need &&
            (await m.exists(ExhibitionInvitation, {
              where: { exhibitionId, organizationId: need.organizationId },
            })),
          existing: existing?.status ?? null,
          now: Date.now(),
        });
        if (verdict === 'resubmit' && existing)
          return {
            created: false,
            submission: await this.applyResubmit(m, principal, existing, submitted),
          };
        const s = m.create(ExhibitionSubmission, {
          exhibitionId,
          needId: submitted.id,
          organizationId: submitted.organizationId,
          submittedById: principal.userId,
          status: 'pending',
          reason: null,
          section: null,
          order: 0,
          featured: false,
          submittedAt: new Date(),
          decidedAt: null,
          decidedById: null,
        });
        await m.save(s);
        await audit(m, {
          actorId: principal.userId,
          subjectType: 'exhibition_submission',
          subjectId: s.id,
          action: 'submit',
          after: { status: 'pending', exhibitionId, needId: submitted.id },
        });
        await this.outbox.write(m, 'submission.created', {
          exhibitionId,
          submissionId: s.id,
          needId: submitted.id,
          actorId: principal.userId,
        });
        return { created: true, submission: submissionView(s) };
      });
    } catch (err) {
      // Two submissions of the same need at once: the unique key decides.
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION)
        throw problems.conflict('This need is already submitted.', 'duplicate-submission');
      throw err;
    }
  }

  /** `POST /exhibitions/:id/submissions/:sid/resubmit`: after changes were requested. */
  async resubmit(
    principal: Principal,
    exhibitionId: string,
    submissionId: string,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (m) => {
      const e = await m.findOne(Exhibition, {
        where: { id: exhibitionId },
        lock: { mode: 'pessimistic_read' },
      });
      const peek = await m.findOneBy(ExhibitionSubmission, { id: submissionId, exhibitionId });
      const submitter = !!peek && principal.isMemberOf(peek.organizationId);
      if (!e || !peek || (!submitter && !isOrganiser(principal, e) && !principal.isAdmin))
        throw problems.notFound('Submission');
      if (!submitter) throw problems.forbidden("Only the need's organisation may resubmit it.");
      if (e.status === 'closed') throw problems.illegalTransition(e.status, 'resubmit');
      const need = await m.findOne(Need, {
        where: { id: peek.needId },
        lock: { mode: 'pessimistic_read' },
      });
      const s = await m.findOne(ExhibitionSubmission, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!need || !s) throw problems.notFound('Submission');
      return this.applyResubmit(m, principal, s, need);
    });
  }

  /** The deadline does not apply: the organisers asked for the change. */
  private async applyResubmit(
    m: EntityManager,
    principal: Principal,
    s: ExhibitionSubmission,
    need: Need,
  ) {
    const to = nextSubmissionStatus(s.status, 'resubmit');
    if (!to) throw problems.illegalTransition(s.status, 'resubmit');
    if (need.status !== 'open') throw problems.illegalTransition(need.status, 'resubmit');
    const before = { status: s.status, reason: s.reason };
    s.status = to;
    s.reason = null;
    s.submittedAt = new Date();
    s.submittedById = principal.userId;
    s.decidedAt = null;
    s.decidedById = null;
    await m.save(s);
    await audit(m, {
      actorId: principal.userId,
      subjectType: 'exhibition_submission',
      subjectId: s.id,
      action: 'resubmit',
      before,
      after: { status: to },
    });
    await this.outbox.write(m, 'submission.resubmitted', {
      exhibitionId: s.exhibitionId,
      submissionId: s.id,
      needId: s.needId,
      actorId: principal.userId,
    });
    return submissionView(s);
  }

  /** Approve, reject or request changes (organisers); the reason goes to the submitter. */
  async decide(
    principal: Principal,
    exhibitionId: string,
    submissionId: string,
    action: OrganiserAction,
    reason?: string,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (m) => {
      const { e, s } = await this.lockForOrganiser(m, principal, exhibitionId, submissionId);
      if (!nextExhibitionStatus(e.status, 'edit'))
        throw problems.illegalTransition(e.status, action);
      const to = nextSubmissionStatus(s.status, action);
      if (!to) throw problems.illegalTransition(s.status, action);
      if (action === 'approve') {
        const need = await m.findOneBy(Need, { id: s.needId });
        if (!need || !APPROVABLE_NEED_STATUSES.includes(need.status))
          throw problems.illegalTransition(need?.status ?? 'missing', 'approve');
      }
      const before = { status: s.status };
      s.status = to;
      s.reason = reason ?? null;
      s.decidedAt = new Date();
      s.decidedById = principal.userId;
      await m.save(s);
      await audit(m, {
        actorId: principal.userId,
        subjectType: 'exhibition_submission',
        subjectId: s.id,
        action,
        before,
        after: { status: to, reason: s.reason },
      });
      await this.outbox.write(m, 'submission.decided', {
        exhibitionId,
        submissionId: s.id,
        needId: s.needId,
        decision: DECISION[action],
        reason: s.reason,
        actorId: principal.userId,
      });
      return submissionView(s);
    });
  }

  /** Section, order and featured flag of an approved need (organisers). */
  async place(
    principal: Principal,
    exhibitionId: string,
    submissionId: string,
    dto: UpdateSubmissionDto,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (m) => {
      const { e, s } = await this.lockForOrganiser(m, principal, exhibitionId, submissionId);
      if (!nextExhibitionStatus(e.status, 'edit'))
        throw problems.illegalTransition(e.status, 'place');
      if (s.status !== 'approved') throw problems.illegalTransition(s.status, 'place');
      if (
        dto.section !== undefined &&
        dto.section !== null &&
        !e.sections.some((x) => x.key === dto.section)
      )
        throw problems.validation([
          { field: 'section', message: "section must be one of the exhibition's section keys" },
        ]);
      if (dto.section !== undefined) s.section = dto.section;
      if (dto.order !== undefined) s.order = dto.order;
      if (dto.featured !== undefined) s.featured = dto.featured;
      await m.save(s);
      return submissionView(s);
    });
  }

  /** Organisers (and admins) see every submission; anyone else who sees the exhibition, their own. */
  async listForExhibition(
    principal: Principal,
    exhibitionId: string,
    query: ListSubmissionsQueryDto,
  ): Promise<Page<SubmissionResponse>> {
    const e = await this.exhibitions.findVisible(principal, exhibitionId);
    const qb = this.dataSource
      .getRepository(ExhibitionSubmission)
      .createQueryBuilder('s')
      .where('s.exhibitionId = :exhibitionId', { exhibitionId });
    if (!isOrganiser(principal, e) && !principal.isAdmin) {
      const orgs = principal.organizationIds();
      if (orgs.length === 0) return { items: [], nextCursor: null };
      qb.andWhere('s.organizationId IN (:...orgs)', { orgs });
    }
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.needId) qb.andWhere('s.needId = :needId', { needId: query.needId });
    const page = await paginate(qb, query);
    const needs = await this.needSummaries(page.items.map((s) => s.needId));
    const orgs = await this.exhibitions.organizationRefs(page.items.map((s) => s.organizationId));
    return mapPage(page, (s) =>
      submissionView(s, {
        need: needs.get(s.needId),
        organization: orgs.get(s.organizationId),
      }),
    );
  }

  /** The caller's organisations' submissions, with each decision's reason. */
  async listMine(
    principal: Principal,
    query: ListMySubmissionsQueryDto,
  ): Promise<Page<SubmissionResponse>> {
    const orgs = principal.organizationIds();
    if (orgs.length === 0) return { items: [], nextCursor: null };
    const qb = this.dataSource
      .getRepository(ExhibitionSubmission)
      .createQueryBuilder('s')
      .where('s.organizationId IN (:...orgs)', { orgs });
    if (query.exhibitionId)
      qb.andWhere('s.exhibitionId = :exhibitionId', { exhibitionId: query.exhibitionId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.needId) qb.andWhere('s.needId = :needId', { needId: query.needId });
    const page = await paginate(qb, query);
    const needs = await this.needSummaries(page.items.map((s) => s.needId));
    const ids = [...new Set(page.items.map((s) => s.exhibitionId))];
    const exhibitions = ids.length
      ? await this.dataSource.getRepository(Exhibition).find({
          where: { id: In(ids) },
          select: { id: true, title: true, status: true },
        })
      : [];
    const byId = new Map(
      exhibitions.map((x) => [x.id, { id: x.id, title: x.title, status: x.status }]),
    );
    return mapPage(page, (s) =>
      submissionView(s, { need: needs.get(s.needId), exhibition: byId.get(s.exhibitionId) }),
    );
  }

  private async lockForOrganiser(
    m: EntityManager,
    principal: Principal,
    exhibitionId: string,
    submissionId: string,
  ) {
    const e = await this.exhibitions.lockForOrganiser(m, principal, exhibitionId);
    const s = await m.findOne(ExhibitionSubmission, {
      where: { id: submissionId, exhibitionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!s) throw problems.notFound('Submission');
    return { e, s };
  }

  private async needSummaries(ids: string[]): Promise<Map<string, NeedSummary>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const needs = await this.dataSource.getRepository(Need).find({
      where: { id: In(unique) },
      select: { id: true, title: true, status: true, organizationId: true },
    });
    return new Map(
      needs.map((n) => [
        n.id,
        { id: n.id, title: n.title, status: n.status, organizationId: n.organizationId },
      ]),
    );
  }
}
