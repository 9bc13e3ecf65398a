import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { problems, wireTime } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  QuestionListResponse,
  QuestionResponse,
} from './dto/question.dto';
import { assertOwner, isNeedOwner, wasPublished } from './need-access';
import { recordNeedEvent } from './need-audit';
import { NeedQuestion } from './need-question.entity';
import { clarificationsUntil } from './need.view';
import { NeedsService } from './needs.service';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A question as everyone reads it: never who asked. */
export function questionView(q: NeedQuestion): QuestionResponse {
  return {
    id: q.id,
    needId: q.needId,
    text: q.text,
    answer: q.answer,
    ndaOnly: q.ndaOnly,
    answeredAt: wireTime(q.answeredAt),
    createdAt: wireTime(q.createdAt),
  };
}

/**
 * Clarifications asked and answered in the open. The asker's identity is stored for the
 * record and appears in no answer, to the owner or anyone else.
 */
@Injectable()
export class NeedQuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly outbox: OutboxWriter,
  ) {}

  async ask(principal: Principal, needId: string, dto: AskQuestionDto): Promise<QuestionResponse> {
    const organizationId = principal.actingOrganization('supplier', dto.organizationId);
    const need = await this.needs.findVisible(principal, needId);
    if (!wasPublished(need)) throw problems.notFound('Need');
    if (!organizationId)
      throw problems.forbidden('Only members of a supplier organisation ask questions.');
    if (organizationId === need.organizationId)
      throw problems.forbidden('You cannot ask questions on your own need.');
    if (need.status !== 'open' || clarificationsUntil(need).getTime() <= Date.now())
      throw problems.conflict(
        'Questions on this need are closed (past clarificationsUntil).',
        'clarifications-closed',
      );
    return this.dataSource.transaction(async (m) => {
      const q = await m.save(
        m.create(NeedQuestion, {
          needId,
          askedById: principal.userId,
          askedByOrganizationId: organizationId,
          text: dto.text,
        }),
      );
      // Who asked stays in need_question only: the entry is read (and its hash could be
      // tried against known users) by the owner, so it names no user and no organisation.
      await recordNeedEvent(m, {
        needId,
        type: 'question',
        actorId: null,
        data: { questionId: q.id, textSha256: sha256(q.text) },
      });
      await this.outbox.write(m, 'need.asked', {
        needId,
        questionId: q.id,
        actorId: principal.userId,
      });
      return questionView(q);
    });
  }

  async answer(
    principal: Principal,
    needId: string,
    questionId: string,
    dto: AnswerQuestionDto,
  ): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (m) => {
      const need = await this.needs.lock(m, needId);
      assertOwner(principal, need);
      const q = await m.findOne(NeedQuestion, {
        where: { id: questionId, needId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!q) throw problems.notFound('Question');
      if (q.answeredAt) throw problems.conflict('This question is already answered.', 'answered');
      if (need.status !== 'open') throw problems.illegalTransition(need.status, 'answer');
      q.answer = dto.text;
      q.ndaOnly = dto.ndaOnly ?? false;
      q.answeredById = principal.userId;
      q.answeredAt = new Date();
      await m.save(q);
      await recordNeedEvent(m, {
        needId,
        type: 'answer',
        actorId: principal.userId,
        data: { questionId: q.id, ndaOnly: q.ndaOnly, answerSha256: sha256(dto.text) },
      });
      await this.outbox.write(m, 'need.answered', {
        needId,
        questionId: q.id,
        actorId: principal.userId,
      });
      return questionView(q);
    });
  }

  /**
   * The owner reads every question (to answer them); others the answered ones (`ndaOnly`
   * answers only with the details) and their own organisation's open questions.
   */
  async list(principal: Principal | undefined, needId: string): Promise<QuestionListResponse> {
    const need = await this.needs.findVisible(principal, needId);
    const rows = await this.dataSource
      .getRepository(NeedQuestion)
      .find({ where: { needId }, order: { createdAt: 'ASC', seq: 'ASC' } });
    if (isNeedOwner(principal, need)) return { items: rows.map(questionView) };
    const details = !!principal && !!(await this.needs.ndaOrganization(principal, need));
    const orgs = principal?.organizationIds() ?? [];
    const visible = rows.filter((q) =>
      q.answeredAt ? !q.ndaOnly || details : orgs.includes(q.askedByOrganizationId),
    );
    return { items: visible.map(questionView) };
  }
}
