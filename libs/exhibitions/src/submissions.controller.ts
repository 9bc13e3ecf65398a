import { Body, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiController, GetRoute, PostAction, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import type { FastifyReply } from 'fastify';
import { ListMySubmissionsQueryDto, ListSubmissionsQueryDto } from './dto/exhibition-queries.dto';
import {
  CreateSubmissionDto,
  OptionalReasonDto,
  RequiredReasonDto,
  UpdateSubmissionDto,
} from './dto/submission.dto';
import { SubmissionPage, SubmissionResponse } from './dto/exhibition.response';
import { SubmissionsService } from './submissions.service';
import type { Page } from '@niaz/core';

@ApiController('exhibitions', 'exhibitions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @GetRoute(
    'submissions',
    "Your organisations' submissions to any exhibition, with the organisers' decisions and reasons",
    SubmissionPage,
  )
  mine(
    @CurrentPrincipal() p: Principal,
    @Query() query: ListMySubmissionsQueryDto,
  ): Promise<Page<SubmissionResponse>> {
    return this.submissions.listMine(p, query);
  }

  @Post(':id/submissions')
  @ApiOperation({
    summary:
      'Submit an open need of yours (→ pending; 201). Published exhibitions take any need owner, drafts invited organisations only, until the submission deadline. Posting a need again after changes were requested resubmits it (200).',
  })
  @ApiConflictResponse({
    description: 'Already submitted, deadline passed, need not open, exhibition closed',
  })
  @ApiCreatedResponse({ type: SubmissionResponse, description: 'Submitted (200: resubmitted)' })
  @ApiOkResponse({ type: SubmissionResponse, description: 'Resubmitted after changes' })
  async submit(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: CreateSubmissionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionResponse> {
    const { created, submission } = await this.submissions.submit(p, id, dto);
    void reply.status(created ? 201 : 200);
    return submission;
  }

  @GetRoute(
    ':id/submissions',
    'Submissions to the exhibition: all of them to organisers, your own to need owners',
    SubmissionPage,
  )
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: ListSubmissionsQueryDto,
  ): Promise<Page<SubmissionResponse>> {
    return this.submissions.listForExhibition(p, id, query);
  }

  @PostAction(
    ':id/submissions/:sid/approve',
    'Approve a pending submission (organisers); the reason is optional',
    SubmissionResponse,
  )
  approve(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('sid', uuidParam('sid')) sid: string,
    @Body() dto: OptionalReasonDto,
  ): Promise<SubmissionResponse> {
    return this.submissions.decide(p, id, sid, 'approve', dto.reason);
  }

  @PostAction(
    ':id/submissions/:sid/reject',
    'Reject (organisers), with the reason the submitter will read',
    SubmissionResponse,
  )
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('sid', uuidParam('sid')) sid: string,
    @Body() dto: RequiredReasonDto,
  ): Promise<SubmissionResponse> {
    return this.submissions.decide(p, id, sid, 'reject', dto.reason);
  }

  @PostAction(
    ':id/submissions/:sid/request-changes',
    'Ask the need owner for changes (organisers), saying which',
    SubmissionResponse,
  )
  requestChanges(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('sid', uuidParam('sid')) sid: string,
    @Body() dto: RequiredReasonDto,
  ): Promise<SubmissionResponse> {
    return this.submissions.decide(p, id, sid, 'requestChanges', dto.reason);
  }

  @PostAction(
    ':id/submissions/:sid/resubmit',
    'Propose the changed need again after changes were requested (need owner) → pending',
    SubmissionResponse,
  )
  resubmit(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('sid', uuidParam('sid')) sid: string,
  ): Promise<SubmissionResponse> {
    return this.submissions.resubmit(p, id, sid);
  }

  @Patch(':id/submissions/:sid')
  @ApiOperation({
    summary: "Place an approved need: section (one of the exhibition's keys), order, featured",
  })
  @ApiOkResponse({ type: SubmissionResponse })
  place(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('sid', uuidParam('sid')) sid: string,
    @Body() dto: UpdateSubmissionDto,
  ): Promise<SubmissionResponse> {
    return this.submissions.place(p, id, sid, dto);
  }
}
