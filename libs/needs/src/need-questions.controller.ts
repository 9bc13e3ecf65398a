import { Body, Param } from '@nestjs/common';
import { ApiController, CreateAction, GetRoute, PostAction, uuidParam } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  QuestionListResponse,
  QuestionResponse,
} from './dto/question.dto';
import { NeedQuestionsService } from './need-questions.service';

@ApiController('needs', 'needs')
export class NeedQuestionsController {
  constructor(private readonly questions: NeedQuestionsService) {}

  @CreateAction(
    ':id/questions',
    'Ask a clarification (supplier members, until clarificationsUntil); asker never shown',
    QuestionResponse,
    'Questions closed',
  )
  ask(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AskQuestionDto,
  ): Promise<QuestionResponse> {
    return this.questions.ask(p, id, dto);
  }

  @Public()
  @GetRoute(
    ':id/questions',
    'Answered questions to whoever sees the need (ndaOnly answers to NDA signers); the owner reads all',
    QuestionListResponse,
  )
  list(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
  ): Promise<QuestionListResponse> {
    return this.questions.list(p, id);
  }

  @PostAction(
    ':id/questions/:qid/answer',
    'Answer a question in the open (owner); bidders and NDA signers are told',
    QuestionResponse,
    'Already answered, or the need is not open',
  )
  answer(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('qid', uuidParam('qid')) qid: string,
    @Body() dto: AnswerQuestionDto,
  ): Promise<QuestionResponse> {
    return this.questions.answer(p, id, qid, dto);
  }
}
