import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam, GetRoute } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  QuestionListResponse,
  QuestionResponse,
} from './dto/question.dto';
import { NeedQuestionsService } from './need-questions.service';

@ApiTags('needs')
@ApiBearerAuth('bearer')
@Controller('needs')
export class NeedQuestionsController {
  constructor(private readonly questions: NeedQuestionsService) {}

  @Post(':id/questions')
  @ApiOperation({
    summary: 'Ask a clarification (supplier members, until clarificationsUntil); asker never shown',
  })
  @ApiCreatedResponse({ type: QuestionResponse })
  @ApiConflictResponse({ description: 'Questions closed' })
  ask(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AskQuestionDto,
  ) {
    return this.questions.ask(p, id, dto);
  }

  @Public()
  @GetRoute(
    ':id/questions',
    'Answered questions to whoever sees the need (ndaOnly answers to NDA signers); the owner reads all',
    QuestionListResponse,
  )
  list(@OptionalPrincipal() p: Principal | undefined, @Param('id', uuidParam()) id: string) {
    return this.questions.list(p, id);
  }

  @Post(':id/questions/:qid/answer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer a question in the open (owner); bidders and NDA signers are told',
  })
  @ApiOkResponse({ type: QuestionResponse })
  @ApiConflictResponse({ description: 'Already answered, or the need is not open' })
  answer(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('qid', uuidParam('qid')) qid: string,
    @Body() dto: AnswerQuestionDto,
  ) {
    return this.questions.answer(p, id, qid, dto);
  }
}
