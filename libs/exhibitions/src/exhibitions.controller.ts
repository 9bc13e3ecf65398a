import { Body, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import {
  ApiController,
  CreateAction,
  GetRoute,
  PageQueryDto,
  PostAction,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { ListExhibitionsQueryDto } from './dto/exhibition-queries.dto';
import { CreateExhibitionDto, UpdateExhibitionDto } from './dto/exhibition.dto';
import {
  ExhibitionInvitationList,
  ExhibitionInvitationResponse,
  ExhibitionPage,
  ExhibitionResponse,
  ExhibitionStatsResponse,
} from './dto/exhibition.response';
import { InvitationDto } from './dto/submission.dto';
import { ExhibitionStatsService } from './exhibition-stats.service';
import { ExhibitionsService } from './exhibitions.service';

@ApiController('exhibitions', 'exhibitions')
export class ExhibitionsController {
  constructor(
    private readonly exhibitions: ExhibitionsService,
    private readonly figures: ExhibitionStatsService,
  ) {}

  @CreateAction('', 'Create an exhibition (status draft); organiser members', ExhibitionResponse)
  create(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateExhibitionDto,
  ): Promise<ExhibitionResponse> {
    return this.exhibitions.create(p, dto);
  }

  @Public()
  @GetRoute(
    '',
    'Published exhibitions (?status=closed for past ones); ?mine=true the ones you organise, ?invited=true the ones you are invited to, drafts included',
    ExhibitionPage,
  )
  list(
    @OptionalPrincipal() p: Principal | undefined,
    @Query() query: ListExhibitionsQueryDto,
  ): Promise<ExhibitionPage> {
    return this.exhibitions.list(p, query);
  }

  @Public()
  @GetRoute(
    ':id',
    'An exhibition; drafts only to its organisers, invited organisations and admins',
    ExhibitionResponse,
  )
  get(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
  ): Promise<ExhibitionResponse> {
    return this.exhibitions.get(p, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft or published exhibition (organisers)' })
  @ApiConflictResponse({ description: 'The exhibition is closed' })
  @ApiOkResponse({ type: ExhibitionResponse })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateExhibitionDto,
  ): Promise<ExhibitionResponse> {
    return this.exhibitions.update(p, id, dto);
  }

  @PostAction(
    ':id/publish',
    'Publish: the catalog becomes public (organisers)',
    ExhibitionResponse,
    'Illegal transition',
  )
  publish(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ExhibitionResponse> {
    return this.exhibitions.publish(p, id);
  }

  @PostAction(
    ':id/close',
    'Close: no more submissions or changes; the catalog stays public',
    ExhibitionResponse,
    'Illegal transition',
  )
  close(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ExhibitionResponse> {
    return this.exhibitions.close(p, id);
  }

  @Post(':id/invitations')
  @ApiOperation({ summary: 'Invite a manufacturer organisation to submit needs (organisers)' })
  @ApiConflictResponse({ description: 'Already invited, or the exhibition is closed' })
  @ApiCreatedResponse({ type: ExhibitionInvitationResponse })
  invite(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: InvitationDto,
  ): Promise<ExhibitionInvitationResponse> {
    return this.exhibitions.invite(p, id, dto);
  }

  @GetRoute(
    ':id/invitations',
    'The invited organisations (organisers), newest first, paginated',
    ExhibitionInvitationList,
  )
  invitations(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ExhibitionInvitationList> {
    return this.exhibitions.invitations(p, id, query);
  }

  @GetRoute(
    ':id/stats',
    'Figures (organisers): submissions by status and HS chapter, import value targeted, bids, matches, awards and value awarded per currency, and per ISO week',
    ExhibitionStatsResponse,
  )
  stats(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<ExhibitionStatsResponse> {
    return this.figures.stats(p, id);
  }
}
